import {
  type OntapClientError,
  OntapNetworkError,
  OntapTimeoutError,
  OntapTlsError,
} from "./errors.js";
import type { Log } from "./log.js";
import { collectSecrets, type Redactor } from "./redact.js";
import { type Clock, LOCKED_CODE, RETRYABLE_STATUS, type RetryPolicy, retryDelay } from "./retry.js";
import type { Transport } from "./transport.js";

/** Per-request knobs. openapi-fetch copies unknown init keys onto its Request, which is how they reach us. */
export const ATTEMPT = "ontapAttempt";
export interface AttemptOptions {
  /** Per attempt, body included. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy> | false;
}
/** What the client passes; `redactor` already knows the secrets of the call that led to this request. */
export interface Knobs extends AttemptOptions {
  redactor?: Redactor;
}

export interface FetcherConfig {
  transport: Transport;
  clock: Clock;
  retry: RetryPolicy;
  timeoutMs: number;
  authorization?: string;
  baseUrl: string;
  redactor: Redactor;
  log: Log;
}

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|ALTNAME|HOSTNAME/;

/** The request path below `/api`, query included, as errors and logs show it. */
export function displayPath(url: string, baseUrl: string): string {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
}

function errorCode(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { error?: { code?: unknown } } | null)?.error?.code;
    return code === undefined || code === null ? undefined : String(code);
  } catch {
    return undefined;
  }
}

function networkError(err: unknown, method: string, path: string, host: string, redactor: Redactor): OntapNetworkError {
  // undici reports "fetch failed" and puts the system/TLS error in `cause`.
  const outer = err as { name?: string; message?: string; code?: string; cause?: unknown } | undefined;
  const inner = (outer?.cause ?? outer) as { name?: string; message?: string; code?: string } | undefined;
  const cause = {
    name: String(inner?.name ?? "Error"),
    code: inner?.code ?? outer?.code,
    message: redactor.text(String(inner?.message ?? outer?.message ?? err)),
  };
  const detail = `${cause.code ? `${cause.code}: ` : ""}${cause.message}`;
  if (cause.code && TLS_CODE.test(cause.code)) {
    return new OntapTlsError(
      `TLS verification of ${host} failed on ${method} ${path} (${detail}); trust the cluster's CA with the \`ca\` option`,
      { kind: "tls", method, path, cause, causeCode: cause.code },
    );
  }
  return new OntapNetworkError(`${method} ${path} failed before ONTAP answered (${detail})`, {
    kind: "network",
    method,
    path,
    cause,
    causeCode: cause.code,
  });
}

/**
 * The `fetch` handed to openapi-fetch: one logical request = bounded attempts, each with its own
 * timeout (covering the body too, which is why the body is buffered here), the auth header added
 * only at this last step, and every log line redacted.
 */
export function createFetcher(cfg: FetcherConfig): (request: Request) => Promise<Response> {
  const host = new URL(cfg.baseUrl).host;
  return async (request) => {
    const knobs = (request as unknown as Record<string, Knobs | undefined>)[ATTEMPT];
    const policy: RetryPolicy =
      knobs?.retry === false ? { ...cfg.retry, attempts: 1 } : { ...cfg.retry, ...knobs?.retry };
    const timeoutMs = knobs?.timeoutMs ?? cfg.timeoutMs;
    const { method, url, signal } = request;
    const body = request.body ? await request.text() : undefined;
    let parsed: unknown = body;
    try {
      parsed = body ? JSON.parse(body) : undefined;
    } catch {
      // not JSON: logged as text, redacted literally
    }
    const redactor = (knobs?.redactor ?? cfg.redactor).with(collectSecrets(parsed, cfg.redactor.isSensitive));
    const path = redactor.text(displayPath(url, cfg.baseUrl));
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    if (cfg.authorization) headers["authorization"] = cfg.authorization;
    const started = cfg.clock.now();

    for (let attempt = 1; ; attempt++) {
      cfg.log("debug", `request ${method} ${url}`, { attempt, headers, body: parsed }, redactor);
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), timeoutMs);
      let outcome: Response | OntapClientError;
      let text = "";
      try {
        const res = await cfg.transport.fetch(url, {
          method,
          headers,
          body,
          redirect: "error", // ONTAP never redirects; following one would carry credentials elsewhere
          signal: AbortSignal.any([signal, timer.signal]),
        });
        text = await res.text();
        outcome = new Response(text === "" ? null : text, {
          status: res.status,
          statusText: res.statusText,
          headers: res.headers,
        });
        cfg.log("debug", `response ${res.status} ${method} ${url}`, { attempt, body: text.slice(0, 2000) }, redactor);
      } catch (err) {
        if (signal.aborted) throw signal.reason;
        outcome = timer.signal.aborted
          ? new OntapTimeoutError(`${method} ${path} timed out after ${timeoutMs} ms`, { kind: "timeout", timeoutMs, phase: "request", method, path })
          : networkError(err, method, path, host, redactor);
      } finally {
        clearTimeout(timeout);
      }

      const idempotent = policy.methods.includes(method);
      const retryable =
        outcome instanceof Response
          ? (idempotent && RETRYABLE_STATUS.has(outcome.status)) ||
            (outcome.status >= 400 && errorCode(text) === LOCKED_CODE)
          : idempotent && !(outcome instanceof OntapTlsError);
      if (retryable && attempt < policy.attempts) {
        const hint = outcome instanceof Response ? outcome.headers.get("retry-after") : null;
        const delay = retryDelay(attempt - 1, policy, cfg.clock, hint);
        if (cfg.clock.now() + delay - started <= policy.maxElapsedMs) {
          const why = outcome instanceof Response ? `HTTP ${outcome.status}` : outcome.message;
          cfg.log("info", `retrying ${method} ${path} in ${delay} ms after ${why} (attempt ${attempt + 1} of ${policy.attempts})`, undefined, redactor);
          await cfg.clock.sleep(delay, signal);
          continue;
        }
      }
      if (outcome instanceof Response) return outcome;
      throw outcome;
    }
  };
}
