// Backoff and `Retry-After`: only needed when a request is retried (imported by ./rare.js).
import type { Clock, RetryPolicy } from "./retry.js";

export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([429, 502, 503, 504]);
/** "Temporarily locked … configuration baseline": the write did not run, so repeating it is safe. */
export const LOCKED_CODE = "2621573";

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; undefined when absent/garbled. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Delay before retry number `retry` (0 = the first retry). */
export function retryDelay(retry: number, policy: RetryPolicy, clock: Clock, retryAfter?: string | null): number {
  const hinted = parseRetryAfter(retryAfter, clock.now());
  if (hinted !== undefined) return Math.min(hinted, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor((clock.random ?? Math.random)() * ceiling);
}
