import { parseRetryAfter } from "./backoff.js";
import type { OntapClientError } from "./errors.js";

/** Time and randomness, injectable so tests never wait and never depend on chance. */
export interface Clock {
  /** Milliseconds since the epoch (also used to read `Retry-After` HTTP dates). */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1) for backoff jitter. */
  random?(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  random: Math.random,
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

export interface RetryPolicy {
  /** Total attempts including the first (1 = never retry). */
  attempts: number;
  /** Backoff is `random() * min(maxDelayMs, baseDelayMs * 2^retry)` ("full jitter"). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt (or would by its end). */
  maxElapsedMs: number;
  /** A `Retry-After` longer than this is cut to this. */
  maxRetryAfterMs: number;
  /**
   * Methods retried on network errors, timeouts and 429/502/503/504. DELETE is included: deleting
   * twice leaves the same state, and ONTAP answers 429/5xx before acting. The cost is that a DELETE
   * whose first attempt did land can end in 404 (code 4) on the retry. Other methods (POST, PATCH)
   * are only retried on ONTAP code 2621573, which says the configuration was locked and nothing ran.
   */
  methods: readonly string[];
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxElapsedMs: 60_000,
  maxRetryAfterMs: 30_000,
  methods: ["GET", "HEAD", "OPTIONS", "DELETE"],
};

/** `retry` (a client's or a call's option) over `base`; `false` means one attempt. */
export const mergeRetry = (base: RetryPolicy, retry: Partial<RetryPolicy> | false | undefined): RetryPolicy =>
  retry === false ? { ...base, attempts: 1 } : { ...base, ...retry };

const RETRYABLE_STATUS = [429, 502, 503, 504];
/** "Temporarily locked … configuration baseline": the write did not run, so repeating it is safe. */
const LOCKED_CODE = "2621573";

/** The code of an ONTAP error body, if `text` is one. */
function errorCode(text: string): string | undefined {
  try {
    const code = JSON.parse(text)?.error?.code;
    return code == null ? undefined : String(code);
  } catch {
    return undefined;
  }
}

/** How attempt `attempt` (1-based) of `method`, begun at `started`, ended: an answer, or a failure. */
export interface AttemptOutcome {
  method: string;
  attempt: number;
  started: number;
  response?: Response | undefined;
  /** The answer's body (`""` without one). */
  text: string;
  failure?: OntapClientError | undefined;
}

/**
 * The pause before the next attempt, or undefined when there is none: idempotent methods are
 * retried on network errors, timeouts and 429/502/503/504 (TLS failures never), any method on
 * ONTAP's "configuration locked" code; bounded by the attempts and the elapsed time. The pause is
 * full jitter unless the server said how long to wait (`Retry-After`, capped).
 */
export function retryDelay({ method, attempt, started, response, text, failure }: AttemptOutcome, policy: RetryPolicy, clock: Clock): number | undefined {
  const idempotent = policy.methods.includes(method);
  const retryable = response
    ? (idempotent && RETRYABLE_STATUS.includes(response.status)) || errorCode(text) === LOCKED_CODE
    : idempotent && failure?.kind !== "tls";
  if (!retryable || attempt >= policy.attempts) return undefined;
  const hinted = parseRetryAfter(response?.headers.get("retry-after"), clock.now());
  const ms =
    hinted === undefined
      ? Math.floor((clock.random ?? Math.random)() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)))
      : Math.min(hinted, policy.maxRetryAfterMs);
  return clock.now() + ms - started > policy.maxElapsedMs ? undefined : ms;
}
