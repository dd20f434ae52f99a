import type { OntapClientError } from "./errors.js";
import type { Log } from "./log.js";
import type { Redactor } from "./redact.js";
import type { Clock, RetryPolicy } from "./retry.js";
import type { Transport } from "./transport.js";

export interface AttemptOptions {
  /** Per attempt, body included. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy> | false;
}

/** One logical request. `redactor` already knows the secrets of the call that led to it (its body's too). */
export interface Outgoing extends AttemptOptions {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
  /** The body as an object, for debug logs (redacted by key there). */
  data?: unknown;
  signal?: AbortSignal | null | undefined;
  redactor: Redactor;
}

/** The answer and its whole body, read within the attempt's timeout. */
export interface Answer {
  response: Response;
  text: string;
}

export interface FetcherConfig {
  transport: Transport;
  clock: Clock;
  /** The client's `retry` option, merged over the defaults by the retry decision. */
  retry: Partial<RetryPolicy> | false | undefined;
  timeoutMs: number;
  authorization?: string | undefined;
  baseUrl: string;
  log: Log;
  /** Loads ./rare.js (through the client, which hands it what it needs). */
  rare: () => Promise<typeof import("./rare.js")>;
}

/**
 * One logical request = bounded attempts, each with its own timeout (covering the body too,
 * which is why the body is read here), the auth header added only at this last step, and every
 * log line redacted. Failures and retries are the rare path: their code (typed errors, the retry
 * decision and backoff) is imported on first use.
 */
export function createSender(cfg: FetcherConfig): (req: Outgoing) => Promise<Answer> {
  return async (req) => {
    const { method, url, body, data, signal, redactor, timeoutMs = cfg.timeoutMs } = req;
    const headers = cfg.authorization ? { ...req.headers, authorization: cfg.authorization } : req.headers;
    const started = cfg.clock.now();

    for (let attempt = 1; ; attempt++) {
      cfg.log("debug", `request ${method} ${url}`, { attempt, headers, body: data ?? body }, redactor);
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), timeoutMs);
      let res: Response | undefined;
      let failure: OntapClientError | undefined;
      let text = "";
      try {
        res = await cfg.transport.fetch(url, {
          method,
          headers,
          body,
          redirect: "error", // ONTAP never redirects; following one would carry credentials elsewhere
          signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal,
        });
        text = await res.text();
        cfg.log("debug", `response ${res.status} ${method} ${url}`, { attempt, body: text.slice(0, 2000) }, redactor);
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        res = undefined;
        failure = (await cfg.rare()).attemptError(err, timer.signal.aborted, timeoutMs, req, cfg);
      } finally {
        clearTimeout(timeout);
      }
      // An answer below 400 is never retried: it ends here without loading the retry code, which
      // otherwise logs, sleeps and says whether to try again.
      if ((!res || res.status >= 400) && (await (await cfg.rare()).retryAfter(res, text, failure, attempt, started, req, cfg))) continue;
      if (res) return { response: res, text };
      throw failure;
    }
  };
}
