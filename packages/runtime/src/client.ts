import createClient, { type Client, defaultPathSerializer, type FetchResponse, type MaybeOptionalInit } from "openapi-fetch";
import type { OntapContract, Validator } from "./contract.js";
import { fail, isOntapError, OntapError, ReleaseMismatchError } from "./errors.js";
import { parseRetryAfter } from "./backoff.js";
import { type AttemptOptions, createSender } from "./fetcher.js";
import type { JobRef, JobWaitOptions, OntapJob } from "./jobs.js";
import type { Context, Kit } from "./rare.js";
import { createLog, defaultLogger, type Logger } from "./log.js";
import { serializeQuery } from "./query.js";
import { collectSecrets, createRedactor, type Redactor } from "./redact.js";
import { releaseFromVersion } from "./release.js";
import { type Clock, DEFAULT_RETRY, type RetryPolicy, systemClock } from "./retry.js";
import { createTransport, type FetchLike, type PemInput, type TlsOptions } from "./transport.js";
import { VERSION } from "./version.js";

// Error building, retries, the release check, job polling, pagination and the `raw` adapter live
// in ./rare.js, loaded on first use: a successful plain request never needs them. It gets the
// pieces it shares with this side from here (see `Kit` there).
const kit: Kit = [OntapError, fail, releaseFromVersion, parseRetryAfter, collectSecrets, DEFAULT_RETRY];
const rare = () => import("./rare.js").then((m) => (m.use(kit), m));

// ---------------------------------------------------------------------------------------------
// Types. openapi-fetch's `Client<Paths, Media>` filters response content by media type; the specs
// answer `application/hal+json` and take `application/json` bodies, so the runtime uses any
// `${string}/${string}` media type: both resolve, and a spec that mixes them still types.

export type OntapMedia = `${string}/${string}`;
type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export type PathsWithMethod<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: any } ? P : never;
}[keyof Paths];

type Operation<Paths, P, M extends HttpMethod> = P extends keyof Paths
  ? M extends keyof Paths[P]
    ? Paths[P][M]
    : never
  : never;

/** The exact 2xx body type of an operation (readOnly/writeOnly markers applied by openapi-fetch). */
export type SuccessData<Op> = Op extends Record<string | number, any>
  ? NonNullable<FetchResponse<Op, {}, OntapMedia>["data"]>
  : never;

/** One record of a collection body (`{records: T[]}`). */
export type CollectionRecord<Body> = Body extends { records?: (infer R)[] } ? R : never;

// `parseAs` and the serializer/fetch overrides are the runtime's business, not the caller's.
type Reserved = "parseAs" | "baseUrl" | "fetch" | "querySerializer" | "bodySerializer" | "pathSerializer" | "middleware";
type RawInit<Paths, P, M extends HttpMethod> = MaybeOptionalInit<Paths[P & keyof Paths], M & keyof Paths[P & keyof Paths]>;
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

export type ValidationMode = "off" | "warn" | "throw";

/** Options any single call accepts on top of openapi-fetch's (`params`, `body`, `headers`, `signal`). */
export interface OntapRequestOptions extends AttemptOptions {
  /** On a 202, poll the job to its end before returning (overrides the client's `waitForJobs`). */
  waitForJob?: boolean | JobWaitOptions;
}

export interface OntapResult<Data> {
  data: Data;
  response: Response;
  /** The finished job, when a 202 was waited for. */
  job?: OntapJob;
}

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

export interface OntapClient<Paths extends {}, Code extends string = string, Release extends string = string> {
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

type AnyInit = {
  params?: { query?: Record<string, unknown>; path?: Record<string, unknown> };
  body?: unknown;
  headers?: HeadersInit | Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
  [key: string]: unknown;
} & OntapRequestOptions;

/** `Release` is the literal release (`"9.12"`) the generated packages pass, for readable path errors. */
export function createOntapClient<Paths extends {}, Code extends string = string, Release extends string = string>(
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
  const { isSensitive } = redactor;
  const log = createLog(options.logger ?? defaultLogger, redactor);
  const requestMode = options.validation?.request ?? "throw";
  const responseMode = options.validation?.response ?? "warn";
  const releaseCheck = options.releaseCheck ?? "warn";
  const defaultHeaders = { accept: "application/hal+json", "x-dot-client-app": options.clientApp ?? `ontap-sec/${VERSION}` };

  if (options.dangerouslyAcceptAnyCertificate) {
    log("warn", `TLS verification is OFF for ${origin}: anyone on the path can read the credentials`);
  }
  const [generation, major] = contract.release.split(".").map(Number);
  if ("token" in auth && generation! * 1000 + major! < 9014) {
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
  const send = createSender({
    transport,
    clock,
    retry: options.retry,
    timeoutMs: options.timeoutMs ?? 60_000,
    authorization,
    baseUrl,
    log,
    rare,
  });
  // A 202 body remembers its request's secrets, so a later `waitForJob(result)` redacts them too.
  const jobSecrets = new WeakMap<object, Redactor>();
  // What ./rare.js needs of this client.
  const ctx: Context = { release: contract.release, statedRelease: options.statedRelease, releaseCheck, log, call, send, clock, jobSecrets, redactor };
  // `raw` is openapi-fetch over the same sender: its Request is unpacked, and the answer re-wrapped.
  const raw = createClient<Paths, OntapMedia>({
    baseUrl,
    fetch: async (request: Request) => (await rare()).rawFetch(ctx, request),
    querySerializer: serializeQuery,
    headers: defaultHeaders,
  });

  let gate: Promise<void> | undefined;
  function checkRelease(): Promise<void> {
    gate ??= rare()
      .then((m) => m.checkRelease(ctx))
      .catch((e: unknown) => {
        if (!(e instanceof ReleaseMismatchError)) gate = undefined; // transient: try again next call
        throw e;
      });
    return gate;
  }

  /** `via.redactor` carries the secrets of the request that led here (a 202's body, for its job's polls). */
  async function call(
    method: string,
    schemaPath: string,
    init: AnyInit = {},
    via: { href?: string; internal?: boolean; redactor?: Redactor } = {},
  ): Promise<OntapResult<unknown>> {
    const { href, internal } = via;
    const { body, params, signal } = init;
    const operation = `${method} ${schemaPath}`;
    const op = Object.hasOwn(contract.operations, operation) ? contract.operations[operation] : undefined;
    const r = (via.redactor ?? redactor).with([...collectSecrets(body, isSensitive), ...collectSecrets(params?.query, isSensitive)]);
    const validate = async (mode: ValidationMode, check: Validator | undefined, value: unknown, response?: { status: number; method: string; path: string }) => {
      const problems = value !== undefined && mode !== "off" && check?.(value);
      if (problems && problems.length) (await rare()).report(ctx, mode, problems, r, operation, response);
    };
    await validate(requestMode, op?.validateRequestBody, body);
    // After validation, so a body that cannot be valid costs no request at all.
    if (!internal && releaseCheck !== "off") await checkRelease();
    const query = href ? "" : serializeQuery(params?.query);
    const below = href ? (await rare()).hrefPath(href, origin) : defaultPathSerializer(schemaPath, params?.path ?? {}) + (query ? `?${query}` : "");
    const headers: Record<string, string> = { ...defaultHeaders, ...(body !== undefined && { "content-type": "application/json" }) };
    if (init.headers) (await rare()).mergeHeaders(headers, init.headers);
    // JSON.stringify(undefined) is undefined: no body.
    const { response, text } = await send({ method, url: baseUrl + below, headers, body: JSON.stringify(body), data: body, signal, redactor: r, timeoutMs: init.timeoutMs, retry: init.retry });
    const { status } = response;
    let data: unknown;
    let bad = !response.ok;
    if (text && !bad) {
      try {
        data = JSON.parse(text);
      } catch {
        bad = true;
      }
    }
    if (bad) throw (await rare()).errorFrom(text, response, method, r.text(below), operation, r, contract.errors);
    await validate(responseMode, op?.validateResponseBody?.[status], data, { status, method, path: below });
    if (status === 202 && typeof data === "object" && data) {
      jobSecrets.set(data, r);
      const wait = init.waitForJob ?? options.waitForJobs;
      if (wait && (await rare()).jobUuid(data)) {
        // `r` knows this request's secrets, in case the job's message echoes one.
        const job = await waitForJob(data as JobRef, { signal, ...(typeof wait === "object" ? wait : {}) }, r);
        return { data, response, job };
      }
    }
    return { data, response };
  }

  const waitForJob = async (ref: JobRef, opts: JobWaitOptions = {}, r?: Redactor): Promise<OntapJob> => (await rare()).waitForJob(ctx, ref, opts, r);

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
    paginate: async function* (path: string, init?: AnyInit) {
      yield* (await rare()).paginate(ctx, path, init);
    } as unknown as OntapClient<Paths, Code, Release>["paginate"],
    waitForJob: (ref, opts) => waitForJob(ref, opts),
    detectRelease: async (opts = {}) => (await rare()).detectRelease(ctx, opts.signal),
    checkRelease,
    isError: isOntapError,
    raw,
    close: () => transport.close(),
  };
}
