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
  retry: RetryPolicy;
  timeoutMs: number;
  authorization?: string | undefined;
  baseUrl: string;
  log: Log;
}

/**
 * One logical request = bounded attempts, each with its own timeout (covering the body too,
 * which is why the body is read here), the auth header added only at this last step, and every
 * log line redacted. Failures and retries are the rare path: their code (typed errors, the retry
 * decision and backoff) is imported on first use.
 */
export function createSender(cfg: FetcherConfig): (req: Outgoing) => Promise<Answer> {
  return async ({ method, url, headers, body, data, signal, redactor, timeoutMs = cfg.timeoutMs, retry }) => {
    const path = (): string => redactor.text(url.startsWith(cfg.baseUrl) ? url.slice(cfg.baseUrl.length) || "/" : url);
    if (cfg.authorization) headers = { ...headers, authorization: cfg.authorization };
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
        failure = (await import("./rare.js")).attemptError(err, timer.signal.aborted, timeoutMs, method, path(), cfg.baseUrl, redactor);
      } finally {
        clearTimeout(timeout);
      }
      // An answer below 400 is never retried: it ends here without loading the retry code.
      if (res && res.status < 400) return { response: res, text };
      const delay = (await import("./rare.js")).retryDelayFor(res, text, failure, attempt, started, method, retry, cfg);
      if (delay !== undefined) {
        const why = res ? `HTTP ${res.status}` : failure!.message;
        cfg.log("info", `retrying ${method} ${path()} in ${delay.ms} ms after ${why} (attempt ${attempt + 1} of ${delay.attempts})`, undefined, redactor);
        await cfg.clock.sleep(delay.ms, signal ?? undefined);
        continue;
      }
      if (res) return { response: res, text };
      throw failure;
    }
  };
}
