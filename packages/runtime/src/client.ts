import createClient, { type Client, type FetchResponse, type MaybeOptionalInit } from "openapi-fetch";
import type { OntapContract } from "./contract.js";
import { isOntapError, type OntapError, ReleaseMismatchError } from "./errors.js";
import { createSender } from "./fetcher.js";
import { type JobRef, type JobWaitOptions, type OntapJob, waitForJob } from "./jobs.js";
import { createLog, defaultLogger, type Logger } from "./log.js";
import { paginate } from "./pagination.js";
import { serializeQuery } from "./query.js";
import { createRawFetch } from "./raw.js";
import { createRedactor, type Redactor } from "./redact.js";
import { checkRelease, compareReleases, detectRelease, type ReleaseSource } from "./release.js";
import { type AnyInit, createRequest, jobPoller, type OntapRequestOptions, type OntapResult } from "./request.js";
import { type Clock, type RetryPolicy, systemClock } from "./retry.js";
import { createTransport, type FetchLike, type PemInput, type TlsOptions } from "./transport.js";
import type { ValidationMode } from "./validation.js";
import { VERSION } from "./version.js";

export type { OntapRequestOptions, OntapResult } from "./request.js";
export type { ValidationMode } from "./validation.js";

// ---------------------------------------------------------------------------------------------
// Types. openapi-fetch's `Client<Paths, Media>` filters response content by media type; the specs
// answer `application/hal+json` and take `application/json` bodies, so the runtime uses any
// `${string}/${string}` media type: both resolve, and a spec that mixes them still types.

export type OntapMedia = `${string}/${string}`;
type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export type PathsWithMethod<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];

type Operation<Paths, P, M extends HttpMethod> = P extends keyof Paths
  ? M extends keyof Paths[P]
    ? Paths[P][M]
    : never
  : never;

/** The exact 2xx body type of an operation (readOnly/writeOnly markers applied by openapi-fetch). */
// The constraint and the empty init options are openapi-fetch's own (FetchResponse's parameters):
// any narrower spelling stops matching its operation types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
export type SuccessData<Op> = Op extends Record<string | number, any> ? NonNullable<FetchResponse<Op, {}, OntapMedia>["data"]> : never;

/** One record of a collection body (`{records: T[]}`). */
export type CollectionRecord<Body> = Body extends { records?: (infer R)[] } ? R : never;

// `parseAs` and the serializer/fetch overrides are the runtime's business, not the caller's.
type Reserved = "parseAs" | "baseUrl" | "fetch" | "querySerializer" | "bodySerializer" | "pathSerializer" | "middleware";
type RawInit<Paths, P, M extends HttpMethod> = MaybeOptionalInit<Paths[P & keyof Paths], M & keyof Paths[P & keyof Paths]>;
// `{} extends Pick<T, K>` holds exactly when K is optional in T.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/**
 * The init argument, optional when nothing in it is required. It is not a generic inferred from the
 * argument (as in openapi-fetch, which needs that for `parseAs`), so object literals get excess
 * property checks: a body field the release lacks is a compile error.
 */
type InitArgs<Paths, P, M extends HttpMethod> =
  RawInit<Paths, P, M> extends infer I
    ? undefined extends I
      ? [init?: Omit<NonNullable<I>, Reserved> & OntapRequestOptions]
      : RequiredKeys<I> extends never
        ? [init?: Omit<I, Reserved> & OntapRequestOptions]
        : [init: Omit<I, Reserved> & OntapRequestOptions]
    : never;

/**
 * What the compiler says about a path the release cannot call with this method: a string literal
 * type the path argument is checked against, so the error reads
 * `… is not assignable to parameter of type '"/security/ipsec/ca-certificates is not in ONTAP 9.9"'`.
 */
export type PathNotInRelease<Paths, P, M extends HttpMethod, Release extends string> = P extends keyof Paths
  ? `ONTAP ${Release} has ${P & string} but no ${Uppercase<M>} on it`
  : `${P & string} is not in ONTAP ${Release}`;

/**
 * The path parameter: the path itself when the release has it with this method, the message above
 * otherwise. P is inferred through the conditional (TypeScript infers to both branches), so a path
 * the release lacks fails on the path argument, whatever else the call omits: `init` turns optional
 * and untyped for it (see CallArgs), and "Expected 2 arguments" never hides the real mistake.
 */
type PathArg<Paths, P, M extends HttpMethod, Release extends string> =
  P extends PathsWithMethod<Paths, M> ? P : PathNotInRelease<Paths, P, M, Release>;
type CallArgs<Paths, P, M extends HttpMethod> = [P] extends [PathsWithMethod<Paths, M>] ? InitArgs<Paths, P, M> : [init?: unknown];
type CallData<Paths, P, M extends HttpMethod> = [P] extends [PathsWithMethod<Paths, M>] ? SuccessData<Operation<Paths, P, M>> : never;

// `(string & {})` widens the constraint to any string without collapsing the path literals, so
// editors still complete the release's paths.
type OntapMethod<Paths, M extends HttpMethod, Release extends string> = <P extends PathsWithMethod<Paths, M> | (string & {})>(
  path: PathArg<Paths, P, M, Release>,
  ...init: CallArgs<Paths, P, M>
) => Promise<OntapResult<CallData<Paths, P, M>>>;

export type OntapAuth =
  /** HTTP Basic, every release. */
  | { username: string; password: string }
  /** OAuth 2.0 bearer token, ONTAP 9.14 and later. */
  | { token: string }
  /** Client certificate (mTLS), every release; the certificate's CN is the ONTAP user. */
  | { cert: PemInput; key: PemInput; passphrase?: string };

export interface OntapClientOptions extends Omit<TlsOptions, "cert" | "key" | "passphrase"> {
  /** Cluster management address: host name or IP (IPv6 with or without brackets), no scheme. */
  host: string;
  port?: number;
  auth: OntapAuth;
  /** Per attempt, body included (default 60 s). */
  timeoutMs?: number;
  /** Merged over the defaults; `false` turns retries off. */
  retry?: Partial<RetryPolicy> | false;
  /** Replaces the built-in undici transport (then TLS options must be configured in it). */
  fetch?: FetchLike;
  /** The release the caller says the cluster runs; used when `GET /cluster` is forbidden (403). */
  statedRelease?: string;
  /** What to do when the cluster runs another release than the client's (default "warn"). */
  releaseCheck?: "off" | "warn" | "refuse";
  /** Request bodies default to "throw" (checked before sending), responses to "warn". */
  validation?: { request?: ValidationMode; response?: ValidationMode };
  /** Receives redacted messages; defaults to warnings on console.warn. */
  logger?: Logger;
  /** `X-Dot-Client-App` value (default `ontap-sec/<version>`). */
  clientApp?: string;
  /** Wait for the job of every 202 before returning. */
  waitForJobs?: boolean | JobWaitOptions;
  /** Time, sleeping and jitter; inject a fake in tests. */
  clock?: Clock;
}

export interface CreateOntapClientOptions<Code extends string> extends OntapClientOptions {
  contract: OntapContract<Code>;
}

export interface OntapClient<Paths extends object, Code extends string = string, Release extends string = string> {
  /** The release this client was generated for. */
  readonly release: Release;
  readonly contract: OntapContract<Code>;
  /** Each method resolves with `{data, response}` on 2xx and throws a typed error otherwise. */
  GET: OntapMethod<Paths, "get", Release>;
  POST: OntapMethod<Paths, "post", Release>;
  PATCH: OntapMethod<Paths, "patch", Release>;
  DELETE: OntapMethod<Paths, "delete", Release>;
  /** Every record of a collection, following `_links.next`, holding one page at a time. */
  paginate<P extends PathsWithMethod<Paths, "get"> | (string & {})>(
    path: PathArg<Paths, P, "get", Release>,
    ...init: CallArgs<Paths, P, "get">
  ): AsyncGenerator<CollectionRecord<CallData<Paths, P, "get">>, void, undefined>;
  /** Polls the job of a 202 (its result, body, job object or uuid) until it ends. */
  waitForJob(ref: JobRef, options?: JobWaitOptions): Promise<OntapJob>;
  /** "9.12" from `GET /cluster?fields=version`; on 403 the `statedRelease`, if any. */
  detectRelease(options?: { signal?: AbortSignal }): Promise<string>;
  /** Runs the configured `releaseCheck` now (it otherwise runs once, before the first call). */
  checkRelease(): Promise<void>;
  /** `e` is an OntapError of this release (with `code`: exactly that code, with autocompletion). */
  isError<C extends Code>(e: unknown, code?: C): e is OntapError<C>;
  /**
   * The underlying openapi-fetch client: same transport, auth, retries and redacted logging, but
   * it returns `{data, error}` instead of throwing, and skips validation, jobs and release checks.
   */
  readonly raw: Client<Paths, OntapMedia>;
  /** Closes the connection pool. */
  close(): Promise<void>;
}

/** `Release` is the literal release (`"9.12"`) the generated packages pass, for readable path errors. */
export function createOntapClient<Paths extends object, Code extends string = string, Release extends string = string>(
  options: CreateOntapClientOptions<Code>,
): OntapClient<Paths, Code, Release> {
  const { contract, auth } = options;
  if (!/^[^/:?#\s]+$|^\[?[0-9a-fA-F:.]+\]?$/.test(options.host)) {
    throw new TypeError(`host ${JSON.stringify(options.host)} is not a host name or IP address (no scheme or path)`);
  }
  const host = options.host.includes(":") && !options.host.startsWith("[") ? `[${options.host}]` : options.host;
  const origin = `https://${host}${options.port ? `:${options.port}` : ""}`;
  const baseUrl = `${origin}/api`;
  const clock = options.clock ?? systemClock;
  const authorization =
    "token" in auth ? `Bearer ${auth.token}` : "username" in auth ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}` : undefined;
  // The password also travels base64-encoded in the Basic header: both forms are secrets.
  const redactor = createRedactor(
    contract.sensitiveFields,
    "token" in auth ? [auth.token] : "username" in auth ? [auth.password, authorization!.slice(6)] : [typeof auth.key === "string" ? auth.key : new TextDecoder().decode(auth.key), auth.passphrase],
  );
  const log = createLog(options.logger ?? defaultLogger, redactor);
  const requestMode = options.validation?.request ?? "throw";
  const responseMode = options.validation?.response ?? "warn";
  const releaseCheck = options.releaseCheck ?? "warn";
  const defaultHeaders = { accept: "application/hal+json", "x-dot-client-app": options.clientApp ?? `ontap-sec/${VERSION}` };

  if (options.dangerouslyAcceptAnyCertificate) {
    log("warn", `TLS verification is OFF for ${origin}: anyone on the path can read the credentials`);
  }
  if ("token" in auth && compareReleases(contract.release, "9.14") < 0) {
    log("warn", `bearer tokens need ONTAP 9.14 or later; this client is for ${contract.release}`);
  }

  const transport = createTransport(
    {
      ca: options.ca,
      servername: options.servername,
      dangerouslyAcceptAnyCertificate: options.dangerouslyAcceptAnyCertificate,
      ...("cert" in auth ? { cert: auth.cert, key: auth.key, passphrase: auth.passphrase } : {}),
    },
    options.fetch,
  );
  const send = createSender({ transport, clock, retry: options.retry, timeoutMs: options.timeoutMs ?? 60_000, authorization, baseUrl, log });
  // A 202 body remembers its request's secrets, so a later `waitForJob(result)` redacts them too.
  const jobSecrets = new WeakMap<object, Redactor>();
  const call = createRequest({
    contract,
    origin,
    baseUrl,
    defaultHeaders,
    send,
    redactor,
    log,
    clock,
    validation: { request: requestMode, response: responseMode },
    beforeCall: releaseCheck === "off" ? undefined : () => checkReleaseOnce(),
    waitForJobs: options.waitForJobs,
    jobSecrets,
  });
  const releaseSource: ReleaseSource = {
    release: contract.release,
    statedRelease: options.statedRelease,
    releaseCheck,
    log,
    getCluster: (signal) => call("GET", "/cluster", { params: { query: { fields: ["version"] } }, signal }, { internal: true }),
  };

  // Once per client; a failure other than a refusal is transient, so the next call tries again.
  let gate: Promise<void> | undefined;
  function checkReleaseOnce(): Promise<void> {
    gate ??= checkRelease(releaseSource).catch((e: unknown) => {
      if (!(e instanceof ReleaseMismatchError)) gate = undefined;
      throw e;
    });
    return gate;
  }

  // `raw` is openapi-fetch over the same sender.
  const raw = createClient<Paths, OntapMedia>({ baseUrl, fetch: createRawFetch(send, redactor), querySerializer: serializeQuery, headers: defaultHeaders });

  const method =
    (name: string) =>
    (path: string, init?: AnyInit): Promise<OntapResult<unknown>> =>
      call(name, path, init);

  return {
    release: contract.release as Release,
    contract,
    GET: method("GET") as OntapClient<Paths, Code, Release>["GET"],
    POST: method("POST") as OntapClient<Paths, Code, Release>["POST"],
    PATCH: method("PATCH") as OntapClient<Paths, Code, Release>["PATCH"],
    DELETE: method("DELETE") as OntapClient<Paths, Code, Release>["DELETE"],
    // The first page with the caller's query; the next ones by their `_links.next` href, which carries it.
    paginate: ((path: string, init: AnyInit = {}) =>
      paginate(async (href) => (await call("GET", path, href ? { ...init, params: undefined } : init, { href })).data)) as unknown as OntapClient<
      Paths,
      Code,
      Release
    >["paginate"],
    // A 202 body (or its `{data}` result) remembers its request's secrets: its job's message may echo one.
    waitForJob: (ref, opts = {}) => {
      const known = typeof ref === "object" && ref !== null && (jobSecrets.get(ref) ?? jobSecrets.get((ref as { data?: object }).data ?? ref));
      return waitForJob(jobPoller(call, clock), ref, opts, known || redactor);
    },
    detectRelease: (opts = {}) => detectRelease(releaseSource, opts.signal),
    checkRelease: checkReleaseOnce,
    isError: isOntapError,
    raw,
    close: () => transport.close(),
  };
}
