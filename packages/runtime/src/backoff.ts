// `Retry-After` parsing, public and used by the retry decision in ./rare.js (which gets it from the
// client rather than importing it, so that it is not split into a chunk of its own).

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; undefined when absent/garbled. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
