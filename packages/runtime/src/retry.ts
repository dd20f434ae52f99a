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

