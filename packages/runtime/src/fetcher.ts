import { attemptError, type OntapClientError } from "./errors.js";
import type { Log } from "./log.js";
import type { Redactor } from "./redact.js";
import { type Clock, DEFAULT_RETRY, mergeRetry, retryDelay, type RetryPolicy } from "./retry.js";
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
}

/**
 * One logical request = bounded attempts, each with its own timeout (covering the body too,
 * which is why the body is read here), the auth header added only at this last step, and every
 * log line redacted.
 */
export function createSender(cfg: FetcherConfig): (req: Outgoing) => Promise<Answer> {
  const host = new URL(cfg.baseUrl).host;
  const clientPolicy = mergeRetry(DEFAULT_RETRY, cfg.retry);
  // The request path below `/api`, redacted, for errors and log lines.
  const pathOf = ({ url, redactor }: Outgoing): string => redactor.text(url.startsWith(cfg.baseUrl) ? url.slice(cfg.baseUrl.length) || "/" : url);
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
        failure = attemptError(err, timer.signal.aborted, timeoutMs, { method, path: pathOf(req), host, redactor });
      } finally {
        clearTimeout(timeout);
      }
      // An answer below 400 is never retried.
      if (!res || res.status >= 400) {
        const policy = mergeRetry(clientPolicy, req.retry);
        const ms = retryDelay({ method, attempt, started, response: res, text, failure }, policy, cfg.clock);
        if (ms !== undefined) {
          const why = res ? `HTTP ${res.status}` : failure!.message;
          cfg.log("info", `retrying ${method} ${pathOf(req)} in ${ms} ms after ${why} (attempt ${attempt + 1} of ${policy.attempts})`, undefined, redactor);
          await cfg.clock.sleep(ms, signal ?? undefined);
          continue;
        }
      }
      if (res) return { response: res, text };
      throw failure;
    }
  };
}

/** Headers as the plain record an Outgoing carries (names lower-case, repeated values joined). */
export function plainHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name] = value));
  return out;
}
