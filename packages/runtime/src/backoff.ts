// `Retry-After` parsing: public, and read by the retry decision (./retry.js).

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; undefined when absent/garbled. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
