// The rare paths of a client, imported on first use (`import("./rare.js")`) so that a bundle loads
// them only when they are needed: building errors from failed answers, the release check, and
// job polling. Nothing here is on the path of a successful request. It is one module and imports
// nothing at run time, so that a bundle without code splitting pays for one lazily initialised
// module, not one per file.
import type { ErrorCatalogEntry, ValidationProblem } from "./contract.js";
import type { OntapClientError } from "./errors.js";
import type { Answer, FetcherConfig, Outgoing } from "./fetcher.js";
import type { JobRef, JobWaitOptions, OntapJob } from "./jobs.js";
import type { Log } from "./log.js";
import type { Redactor } from "./redact.js";
import type { Clock, RetryPolicy } from "./retry.js";

// What this module needs from modules the client loads anyway: the client hands it over (`use`)
// instead of both sides importing it, as a module imported from both would become a third chunk,
// loaded at import and gzipped apart from the rest. A tuple, so its names are not shipped twice.
export type Kit = readonly [
  typeof import("./errors.js").OntapError,
  typeof import("./errors.js").fail,
  typeof import("./release.js").releaseFromVersion,
  typeof import("./backoff.js").parseRetryAfter,
  typeof import("./redact.js").collectSecrets,
  RetryPolicy,
];
let OntapError: Kit[0];
let fail: Kit[1];
let releaseFromVersion: Kit[2];
let parseRetryAfter: Kit[3];
let collectSecrets: Kit[4];
let DEFAULT_RETRY: Kit[5];
export const use = (kit: Kit): void => {
  [OntapError, fail, releaseFromVersion, parseRetryAfter, collectSecrets, DEFAULT_RETRY] = kit;
};

/** A client's request function (see ./client.js). */
type Call = (
  method: string,
  path: string,
  init?: { params?: { query?: Record<string, unknown>; path?: Record<string, unknown> } | undefined; signal?: AbortSignal | undefined },
  via?: { href?: string | undefined; internal?: boolean; redactor?: Redactor },
) => Promise<{ data: unknown; response: Response }>;

/** What the rare paths need from their client. */
export interface Context {
  release: string;
  statedRelease?: string | undefined;
  releaseCheck: "off" | "warn" | "refuse";
  log: Log;
  call: Call;
  send: (req: Outgoing) => Promise<Answer>;
  clock: Clock;
  /** The secrets of the request behind each 202 body, for its job's polls. */
  jobSecrets: WeakMap<object, Redactor>;
  redactor: Redactor;
}

interface Page {
  records?: unknown[];
  _links?: { self?: { href?: string }; next?: { href?: string } };
}

/**
 * Every record of a collection (`get()` the first page, `get(href)` the next ones), page by page
 * along `_links.next.href` (which carries the original query plus the `start.*` cursor, so nothing is re-specified). Only the current page is held:
 * records are yielded as they arrive and the page is dropped before the next one is fetched.
 * A `next` naming a page already fetched (a `next` or `self` seen before) would loop forever, so
 * it is an error rather than a silent stop. The set of seen links grows by one short string per page.
 */
async function* walk<T>(get: (href?: string) => Promise<unknown>): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let page = (await get()) as Page | undefined;
  for (;;) {
    let records = page?.records;
    const href = page?._links?.next?.href;
    const self = page?._links?.self?.href;
    if (typeof self === "string") seen.add(self);
    page = undefined;
    if (Array.isArray(records)) yield* records as T[];
    records = undefined;
    if (typeof href !== "string" || href === "") return;
    if (seen.has(href)) throw fail(`pagination repeated the page ${href}; stopping instead of looping`, { kind: "pagination", href });
    seen.add(href);
    page = (await get(href)) as Page | undefined;
  }
}

/** `paginate`: the collection at `path`, then its `_links.next` pages (without the first query). */
export const paginate = (ctx: Context, path: string, init: Parameters<Call>[2] = {}): AsyncGenerator<unknown, void, undefined> =>
  walk(async (href) => (await ctx.call("GET", path, href ? { ...init, params: undefined } : init, { href })).data);

/** The path below `/api` of a `_links.next` href, which must stay on the cluster's origin. */
export function hrefPath(href: string, origin: string): string {
  const url = new URL(href, origin);
  if (url.origin !== origin || !url.pathname.startsWith("/api/")) {
    throw fail(`refusing to follow ${href}: it leads away from ${origin}/api`, { kind: "pagination", href });
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

export function jobUuid(ref: unknown): string | undefined {
  if (typeof ref === "string") return ref || undefined;
  if (typeof ref !== "object" || ref === null) return undefined;
  const r = ref as { data?: unknown; job?: unknown; uuid?: unknown; _links?: { self?: { href?: unknown } } };
  if ("data" in r && !("job" in r) && !("uuid" in r)) return jobUuid(r.data);
  if (r.job !== undefined) return jobUuid(r.job);
  if (typeof r.uuid === "string" && r.uuid) return r.uuid;
  const href = r._links?.self?.href;
  return typeof href === "string" ? /\/cluster\/jobs\/([^/?#]+)/.exec(href)?.[1] : undefined;
}

/**
 * `waitForJob`: the uuid of whatever the caller handed over, then `GET /cluster/jobs/{uuid}` until
 * `success` (returns the job) or `failure` (throws JobFailedError), with backoff, bounded by time and a signal.
 */
export async function waitForJob(ctx: Context, ref: JobRef, options: JobWaitOptions, r?: Redactor): Promise<OntapJob> {
  const uuid = jobUuid(ref);
  if (!uuid) throw new TypeError("waitForJob needs a 202 result, its body, a job or a job uuid");
  // A 202 body (or its `{data}` result) remembers its request's secrets: its job's message may echo one.
  const { jobSecrets, clock } = ctx;
  const redactor = r ?? ((typeof ref === "object" && (jobSecrets.get(ref) ?? jobSecrets.get((ref as { data?: object }).data ?? ref))) || ctx.redactor);
  const { timeoutMs = 300_000, initialDelayMs = 500, maxDelayMs = 5_000, signal } = options;
  const deadline = clock.now() + timeoutMs;
  for (let delay = initialDelayMs; ; delay = Math.min(delay * 2, maxDelayMs)) {
    signal?.throwIfAborted();
    const job = (await ctx.call("GET", "/cluster/jobs/{uuid}", { params: { path: { uuid } }, signal }, { internal: true, redactor })).data as OntapJob;
    if (job.state === "success") return job;
    if (job.state === "failure") {
      const message = redactor.text(String(job.message ?? ""));
      throw fail(
        `ONTAP job ${uuid}${job.description ? ` (${redactor.text(job.description)})` : ""} failed` +
          `${job.code === undefined ? "" : ` with code ${job.code}`}: ${message}`,
        { kind: "job-failed", jobUuid: uuid, code: job.code === undefined ? undefined : Number(job.code), jobMessage: message, job: redactor.value(job) },
      );
    }
    const left = deadline - clock.now();
    if (left <= 0) {
      throw fail(`ONTAP job ${uuid} still ${job.state ?? "unknown"} after ${timeoutMs} ms`, {
        kind: "timeout",
        timeoutMs,
        phase: "job",
        method: "GET",
        path: `/cluster/jobs/${uuid}`,
      });
    }
    await clock.sleep(Math.min(delay, left), signal);
  }
}

/** Validation problems: thrown (RequestValidationError / InvalidResponseError) or logged, redacted. */
export function report(
  { log, release }: Context,
  mode: string,
  problems: ValidationProblem[],
  r: Redactor,
  operation: string,
  response?: { status: number; method: string; path: string },
): void {
  const clean = r.value(problems);
  const what = response ? `${response.status} response of ${operation} does not match` : `request body of ${operation} is not valid for`;
  const text = `${what} ONTAP ${release}: ${clean.map((p) => `${p.path}: ${p.message}`).join("; ")}`;
  if (mode !== "throw") return log("warn", text, { problems: clean }, r);
  if (!response) throw fail(text, { kind: "request-validation", operation, release, problems: clean });
  throw fail(text, { kind: "invalid-response", ...response, path: r.text(response.path), problems: clean });
}

/** `raw`'s fetch: openapi-fetch's Request unpacked for the sender, its answer re-wrapped in a fresh Response. */
export async function rawFetch({ send, redactor }: Context, request: Request): Promise<Response> {
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

/** The request path below `/api` of an outgoing request, redacted. */
const pathOf = ({ url, redactor }: Outgoing, { baseUrl }: FetcherConfig): string =>
  redactor.text(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url);

/** Why an attempt got no answer: its timeout, or a network/TLS failure. */
export function attemptError(err: unknown, timedOut: boolean, timeoutMs: number, req: Outgoing, cfg: FetcherConfig): OntapClientError {
  const { method } = req;
  const path = pathOf(req, cfg);
  return timedOut
    ? fail(`${method} ${path} timed out after ${timeoutMs} ms`, { kind: "timeout", timeoutMs, phase: "request", method, path })
    : networkError(err, method, path, new URL(cfg.baseUrl).host, req.redactor);
}

const merge = (base: RetryPolicy, retry: Partial<RetryPolicy> | false | undefined): RetryPolicy =>
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

/**
 * Whether to retry after attempt `attempt` (1-based), and if so the pause before it (logged): idempotent
 * methods on network errors, timeouts and 429/502/503/504 (TLS failures never), any method on ONTAP's
 * "configuration locked" code; bounded by the attempts and the elapsed time.
 */
export async function retryAfter(
  res: Response | undefined,
  text: string,
  failure: OntapClientError | undefined,
  attempt: number,
  started: number,
  req: Outgoing,
  cfg: FetcherConfig,
): Promise<boolean> {
  const { method, signal, redactor } = req;
  const { clock } = cfg;
  const policy = merge(merge(DEFAULT_RETRY, cfg.retry), req.retry);
  const idempotent = policy.methods.includes(method);
  const retryable = res
    ? (idempotent && RETRYABLE_STATUS.includes(res.status)) || errorCode(text) === LOCKED_CODE
    : idempotent && failure!.kind !== "tls";
  if (!retryable || attempt >= policy.attempts) return false;
  // Full jitter, unless the server said how long to wait.
  const hinted = parseRetryAfter(res?.headers.get("retry-after"), clock.now());
  const ms =
    hinted === undefined
      ? Math.floor((clock.random ?? Math.random)() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)))
      : Math.min(hinted, policy.maxRetryAfterMs);
  if (clock.now() + ms - started > policy.maxElapsedMs) return false;
  const why = res ? `HTTP ${res.status}` : failure!.message;
  cfg.log("info", `retrying ${method} ${pathOf(req, cfg)} in ${ms} ms after ${why} (attempt ${attempt + 1} of ${policy.attempts})`, undefined, redactor);
  await clock.sleep(ms, signal ?? undefined);
  return true;
}

function networkError(err: unknown, method: string, path: string, host: string, redactor: Redactor): OntapClientError {
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
    ? fail(`TLS verification of ${host} failed on ${method} ${path} (${detail}); trust the cluster's CA with the \`ca\` option`, { kind: "tls", ...fields })
    : fail(`${method} ${path} failed before ONTAP answered (${detail})`, { kind: "network", ...fields });
}

/**
 * The error of a non-2xx answer: an OntapError when the body is ONTAP's error body, else
 * InvalidResponseError; the latter too for a 2xx whose body is not JSON.
 */
export function errorFrom(
  text: string,
  { status, ok }: Response,
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
  const e = ok ? undefined : (body as { error?: Record<string, unknown> } | null)?.error;
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
  // At most 200 characters of the body, whitespace collapsed.
  const flat = r.text(shown).replace(/\s+/g, " ").trim();
  const cut = flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
  const what = ok ? `answered ${status} with a body that is not JSON` : `failed with HTTP ${status} and ${shown ? "a body that is not an ONTAP error" : "an empty body"}`;
  return fail(`${method} ${path} ${what}${shown ? `: ${cut}` : ""}`, { kind: "invalid-response", status, method, path, snippet: cut });
}

export async function detectRelease(ctx: Context, signal?: AbortSignal): Promise<string> {
  try {
    const { data, response } = await ctx.call("GET", "/cluster", { params: { query: { fields: ["version"] } }, signal }, { internal: true });
    const release = releaseFromVersion((data as { version?: unknown } | undefined)?.version);
    if (!release) {
      throw fail("GET /cluster answered without a readable version", {
        kind: "invalid-response",
        status: response.status,
        method: "GET",
        path: "/cluster?fields=version",
      });
    }
    return release;
  } catch (e) {
    if (e instanceof OntapError && e.status === 403 && ctx.statedRelease) {
      ctx.log("info", `GET /cluster is forbidden; using the stated release ${ctx.statedRelease}`);
      return ctx.statedRelease;
    }
    throw e;
  }
}

export async function checkRelease(ctx: Context): Promise<void> {
  let cluster: string;
  try {
    cluster = await detectRelease(ctx);
  } catch (e) {
    if (!(e instanceof OntapError) || e.status !== 403) throw e;
    ctx.log("warn", `cannot read the cluster version (403) and no statedRelease was given; assuming ONTAP ${ctx.release}`);
    return;
  }
  if (cluster === ctx.release) return;
  const message = `this client was generated for ONTAP ${ctx.release} but the cluster runs ${cluster}`;
  if (ctx.releaseCheck === "refuse") throw fail(message, { kind: "release-mismatch", clientRelease: ctx.release, clusterRelease: cluster });
  ctx.log("warn", `${message}; fields and values may differ`);
}
