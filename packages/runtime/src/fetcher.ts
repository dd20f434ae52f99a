import { OntapTimeoutError, type OntapClientError } from "./errors.js";
import type { Log } from "./log.js";
import type { Redactor } from "./redact.js";
import { type Clock, LOCKED_CODE, RETRYABLE_STATUS, type RetryPolicy, retryDelay } from "./retry.js";
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

/** The code of an ONTAP error body, if `text` is one. */
function errorCode(text: string): string | undefined {
  try {
    const code = JSON.parse(text)?.error?.code;
    return code == null ? undefined : String(code);
  } catch {
    return undefined;
  }
}

/**
 * One logical request = bounded attempts, each with its own timeout (covering the body too,
 * which is why the body is read here), the auth header added only at this last step, and every
 * log line redacted. Network failures become typed errors (built lazily: they are the rare path).
 */
export function createSender(cfg: FetcherConfig): (req: Outgoing) => Promise<Answer> {
  return async ({ method, url, headers, body, data, signal, redactor, timeoutMs = cfg.timeoutMs, retry }) => {
    const policy: RetryPolicy = retry === false ? { ...cfg.retry, attempts: 1 } : { ...cfg.retry, ...retry };
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
        failure = timer.signal.aborted
          ? new OntapTimeoutError(`${method} ${path()} timed out after ${timeoutMs} ms`, { kind: "timeout", timeoutMs, phase: "request", method, path: path() })
          : (await import("./rare.js")).networkError(err, method, path(), new URL(cfg.baseUrl).host, redactor);
      } finally {
        clearTimeout(timeout);
      }

      const idempotent = policy.methods.includes(method);
      const retryable = res
        ? (idempotent && RETRYABLE_STATUS.has(res.status)) || (res.status >= 400 && errorCode(text) === LOCKED_CODE)
        : idempotent && failure!.kind !== "tls";
      if (retryable && attempt < policy.attempts) {
        const delay = retryDelay(attempt - 1, policy, cfg.clock, res?.headers.get("retry-after"));
        if (cfg.clock.now() + delay - started <= policy.maxElapsedMs) {
          const why = res ? `HTTP ${res.status}` : failure!.message;
          cfg.log("info", `retrying ${method} ${path()} in ${delay} ms after ${why} (attempt ${attempt + 1} of ${policy.attempts})`, undefined, redactor);
          await cfg.clock.sleep(delay, signal ?? undefined);
          continue;
        }
      }
      if (res) return { response: res, text };
      throw failure;
    }
  };
}
