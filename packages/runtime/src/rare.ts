// The rare paths of a client, imported on first use (`import("./rare.js")`) so that a bundle loads
// them only when they are needed: building errors from failed answers, the release check, and
// job polling. Nothing here is on the path of a successful request.
import type { ErrorCatalogEntry } from "./contract.js";
import {
  InvalidResponseError,
  isOntapError,
  type OntapClientError,
  OntapError,
  OntapNetworkError,
  OntapTimeoutError,
  OntapTlsError,
  PaginationError,
  ReleaseMismatchError,
  RequestValidationError,
} from "./errors.js";
import type { FetcherConfig } from "./fetcher.js";
import type { Log } from "./log.js";
import type { Redactor } from "./redact.js";
import { releaseFromVersion } from "./release.js";
import { LOCKED_CODE, RETRYABLE_STATUS, retryDelay } from "./backoff.js";
import type { RetryPolicy } from "./retry.js";

import { type JobRef, type JobWaitOptions, jobUuid, type OntapJob, pollJob } from "./jobs.js";
import type { Clock } from "./retry.js";
import type { ValidationProblem } from "./contract.js";
import { collectSecrets } from "./redact.js";
import type { Answer, Outgoing } from "./fetcher.js";

export { jobUuid };
export { paginate } from "./pagination.js";

/** The path below `/api` of a `_links.next` href, which must stay on the cluster's origin. */
export function hrefPath(href: string, origin: string): string {
  const url = new URL(href, origin);
  if (url.origin !== origin || !url.pathname.startsWith("/api/")) {
    throw new PaginationError(`refusing to follow ${href}: it leads away from ${origin}/api`, { kind: "pagination", href });
  }
  return url.pathname.slice(4) + url.search;
}

/** Caller headers merged as openapi-fetch merges them: names lower-cased, `null`/`undefined` removing one. */
export function mergeHeaders(into: Record<string, string>, extra: unknown): Record<string, string> {
  const put = (value: unknown, name: string): void => {
    if (value == null) delete into[name.toLowerCase()];
    else into[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  };
  if (extra instanceof Headers || Array.isArray(extra)) new Headers(extra as HeadersInit).forEach(put);
  else for (const name in extra as object) put((extra as Record<string, unknown>)[name], name);
  return into;
}

/** `waitForJob`: the uuid of whatever the caller handed over, then polling `GET /cluster/jobs/{uuid}`. */
export function waitForJob(
  call: (
    method: string,
    path: string,
    init: { params: { path: { uuid: string } }; signal?: AbortSignal | undefined },
    via: { internal: boolean; redactor: Redactor },
  ) => Promise<{ data: unknown }>,
  ref: JobRef,
  opts: JobWaitOptions,
  clock: Clock,
  r: Redactor,
): Promise<OntapJob> {
  const uuid = jobUuid(ref);
  if (!uuid) throw new TypeError("waitForJob needs a 202 result, its body, a job or a job uuid");
  const get = async (id: string, signal?: AbortSignal): Promise<OntapJob> =>
    (await call("GET", "/cluster/jobs/{uuid}", { params: { path: { uuid: id } }, signal }, { internal: true, redactor: r })).data as OntapJob;
  return pollJob(get, uuid, opts, clock, r);
}

/** Validation problems: thrown (RequestValidationError / InvalidResponseError) or logged, redacted. */
export function report(
  mode: string,
  problems: ValidationProblem[],
  r: Redactor,
  log: Log,
  operation: string,
  release: string,
  response?: { status: number; method: string; path: string },
): void {
  const clean = r.value(problems);
  const what = response ? `${response.status} response of ${operation} does not match` : `request body of ${operation} is not valid for`;
  const text = `${what} ONTAP ${release}: ${clean.map((p) => `${p.path}: ${p.message}`).join("; ")}`;
  if (mode !== "throw") return log("warn", text, { problems: clean }, r);
  if (!response) throw new RequestValidationError(text, { kind: "request-validation", operation, release, problems: clean });
  throw new InvalidResponseError(text, { kind: "invalid-response", ...response, path: r.text(response.path), problems: clean });
}

/** `raw`'s fetch: openapi-fetch's Request unpacked for the sender, its answer re-wrapped in a fresh Response. */
export async function rawFetch(
  request: Request,
  send: (req: Outgoing) => Promise<Answer>,
  redactor: Redactor,
): Promise<Response> {
  const body = request.body ? await request.text() : undefined;
  let data: unknown = body;
  try {
    data = body ? JSON.parse(body) : undefined;
  } catch {
    // not JSON: logged as text, redacted literally
  }
  const { response, text } = await send({
    method: request.method,
    url: request.url,
    headers: mergeHeaders({}, request.headers),
    body,
    data,
    signal: request.signal,
    redactor: redactor.with(collectSecrets(data, redactor.isSensitive)),
  });
  return new Response(text === "" ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|ALTNAME|HOSTNAME/;

/** At most 200 characters of a body, whitespace collapsed. */
export const snippet = (text: string): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
};

/** Why an attempt got no answer: its timeout, or a network/TLS failure. */
export function attemptError(err: unknown, timedOut: boolean, timeoutMs: number, method: string, path: string, baseUrl: string, r: Redactor): OntapClientError {
  return timedOut
    ? new OntapTimeoutError(`${method} ${path} timed out after ${timeoutMs} ms`, { kind: "timeout", timeoutMs, phase: "request", method, path })
    : networkError(err, method, path, new URL(baseUrl).host, r);
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
 * Whether to retry after attempt `attempt` (1-based) and after how long: idempotent methods on
 * network errors, timeouts and 429/502/503/504 (TLS failures never), any method on ONTAP's
 * "configuration locked" code; bounded by the attempts and the elapsed time.
 */
export function retryDelayFor(
  res: Response | undefined,
  text: string,
  failure: OntapClientError | undefined,
  attempt: number,
  started: number,
  method: string,
  retry: Partial<RetryPolicy> | false | undefined,
  cfg: FetcherConfig,
): { ms: number; attempts: number } | undefined {
  const policy: RetryPolicy = retry === false ? { ...cfg.retry, attempts: 1 } : { ...cfg.retry, ...retry };
  const idempotent = policy.methods.includes(method);
  const retryable = res
    ? (idempotent && RETRYABLE_STATUS.has(res.status)) || (res.status >= 400 && errorCode(text) === LOCKED_CODE)
    : idempotent && failure!.kind !== "tls";
  if (!retryable || attempt >= policy.attempts) return undefined;
  const ms = retryDelay(attempt - 1, policy, cfg.clock, res?.headers.get("retry-after"));
  return cfg.clock.now() + ms - started <= policy.maxElapsedMs ? { ms, attempts: policy.attempts } : undefined;
}

export function networkError(err: unknown, method: string, path: string, host: string, redactor: Redactor): OntapNetworkError {
  // undici reports "fetch failed" and puts the system/TLS error in `cause`.
  const outer = err as { name?: string; message?: string; code?: string; cause?: unknown } | undefined;
  const inner = (outer?.cause ?? outer) as { name?: string; message?: string; code?: string } | undefined;
  const cause = {
    name: String(inner?.name ?? "Error"),
    code: inner?.code ?? outer?.code,
    message: redactor.text(String(inner?.message ?? outer?.message ?? err)),
  };
  const detail = `${cause.code ? `${cause.code}: ` : ""}${cause.message}`;
  const fields = { method, path, cause, causeCode: cause.code };
  return cause.code && TLS_CODE.test(cause.code)
    ? new OntapTlsError(`TLS verification of ${host} failed on ${method} ${path} (${detail}); trust the cluster's CA with the \`ca\` option`, { kind: "tls", ...fields })
    : new OntapNetworkError(`${method} ${path} failed before ONTAP answered (${detail})`, { kind: "network", ...fields });
}

/** A body that is not JSON although the status said there was one. */
export const notJson = (text: string, status: number, method: string, path: string, r: Redactor): Error => {
  const cut = snippet(r.text(text));
  return new InvalidResponseError(`${method} ${path} answered ${status} with a body that is not JSON: ${cut}`, { kind: "invalid-response", status, method, path, snippet: cut });
};

/** The error of a non-2xx answer: an OntapError when the body is ONTAP's error body, else InvalidResponseError. */
export function errorFrom(
  text: string,
  status: number,
  method: string,
  path: string,
  operation: string,
  r: Redactor,
  errors: Readonly<Record<string, ErrorCatalogEntry>>,
): Error {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: shown as text
  }
  const e = (body as { error?: Record<string, unknown> } | null)?.error;
  const code = e && typeof e === "object" ? e["code"] : undefined;
  if (e && (typeof code === "string" || typeof code === "number")) {
    const key = String(code);
    const args = Array.isArray(e["arguments"]) ? (e["arguments"] as Array<Record<string, unknown>>) : [];
    return new OntapError({
      status,
      code: key,
      ontapMessage: r.text(String(e["message"] ?? "")),
      target: e["target"] === undefined ? undefined : r.text(String(e["target"])),
      arguments: args.map((a) => ({ code: String(a?.["code"] ?? ""), message: r.text(String(a?.["message"] ?? "")) })),
      entry: Object.hasOwn(errors, key) ? errors[key] : undefined,
      method,
      path,
      operation,
    });
  }
  const shown = typeof body === "string" ? body : JSON.stringify(body);
  const cut = snippet(r.text(shown));
  const what = shown ? `a body that is not an ONTAP error: ${cut}` : "an empty body";
  return new InvalidResponseError(`${method} ${path} failed with HTTP ${status} and ${what}`, { kind: "invalid-response", status, method, path, snippet: cut });
}

/** What the release check needs from its client. */
export interface ReleaseContext {
  release: string;
  statedRelease?: string | undefined;
  releaseCheck: "off" | "warn" | "refuse";
  log: Log;
  get(path: string, query: Record<string, unknown>, signal?: AbortSignal): Promise<{ data: unknown; response: Response }>;
}

export async function detectRelease(ctx: ReleaseContext, signal?: AbortSignal): Promise<string> {
  try {
    const { data, response } = await ctx.get("/cluster", { fields: ["version"] }, signal);
    const release = releaseFromVersion((data as { version?: unknown } | undefined)?.version);
    if (!release) {
      throw new InvalidResponseError("GET /cluster answered without a readable version", {
        kind: "invalid-response",
        status: response.status,
        method: "GET",
        path: "/cluster?fields=version",
      });
    }
    return release;
  } catch (e) {
    if (isOntapError(e) && e.status === 403 && ctx.statedRelease) {
      ctx.log("info", `GET /cluster is forbidden; using the stated release ${ctx.statedRelease}`);
      return ctx.statedRelease;
    }
    throw e;
  }
}

export async function checkRelease(ctx: ReleaseContext): Promise<void> {
  let cluster: string;
  try {
    cluster = await detectRelease(ctx);
  } catch (e) {
    if (!isOntapError(e) || e.status !== 403) throw e;
    ctx.log("warn", `cannot read the cluster version (403) and no statedRelease was given; assuming ONTAP ${ctx.release}`);
    return;
  }
  if (cluster === ctx.release) return;
  const message = `this client was generated for ONTAP ${ctx.release} but the cluster runs ${cluster}`;
  if (ctx.releaseCheck === "refuse") throw new ReleaseMismatchError(message, { kind: "release-mismatch", clientRelease: ctx.release, clusterRelease: cluster });
  ctx.log("warn", `${message}; fields and values may differ`);
}
