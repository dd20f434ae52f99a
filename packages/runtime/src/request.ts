import { createFinalURL, defaultPathSerializer, mergeHeaders } from "openapi-fetch";
import type { OntapContract } from "./contract.js";
import { errorFromAnswer } from "./errors.js";
import { type Answer, type AttemptOptions, type Outgoing, plainHeaders } from "./fetcher.js";
import { type JobPoller, type JobWaitOptions, jobUuid, type OntapJob, waitForJob } from "./jobs.js";
import type { Log } from "./log.js";
import { hrefPath } from "./pagination.js";
import { serializeQuery } from "./query.js";
import { collectSecrets, type Redactor } from "./redact.js";
import type { Clock } from "./retry.js";
import { refuseUnknownOperation, validate, type ValidationMode } from "./validation.js";

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

/** A call's init, untyped: the client's methods type it per path. */
export type AnyInit = {
  params?: { query?: Record<string, unknown> | undefined; path?: Record<string, unknown> | undefined } | undefined;
  body?: unknown;
  headers?: HeadersInit | Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal | undefined;
  [key: string]: unknown;
} & OntapRequestOptions;

/** Where a call comes from, when not from the caller directly. */
export interface Via {
  /** A `_links.next` href to fetch instead of the path (pagination). */
  href?: string | undefined;
  /** Made by the client itself (release check, job polls): no release check first. */
  internal?: boolean;
  /** Knows the secrets of the request that led here (a 202's body, for its job's polls). */
  redactor?: Redactor;
}

/** `METHOD /path/{template}` with its init: validated, sent, parsed, its job waited for. */
export type Call = (method: string, schemaPath: string, init?: AnyInit, via?: Via) => Promise<OntapResult<unknown>>;

export interface RequestConfig {
  contract: OntapContract;
  /** `https://host:port`; `_links.next` hrefs must stay on it. */
  origin: string;
  /** `${origin}/api`. */
  baseUrl: string;
  defaultHeaders: Readonly<Record<string, string>>;
  send: (req: Outgoing) => Promise<Answer>;
  redactor: Redactor;
  log: Log;
  clock: Clock;
  validation: { request: ValidationMode; response: ValidationMode };
  /** Runs before each call not made by the client itself (the release check). */
  beforeCall?: (() => Promise<void>) | undefined;
  /** The client's default for waiting on the job of a 202. */
  waitForJobs?: boolean | JobWaitOptions | undefined;
  /** Where each 202 body's request secrets are remembered, for its job's later polls. */
  jobSecrets: WeakMap<object, Redactor>;
}

/** Job polls through `call`: internal calls, redacted with the secrets of the request behind the job. */
export const jobPoller = (call: Call, clock: Clock): JobPoller => ({
  clock,
  get: async (uuid, signal, redactor) =>
    (await call("GET", "/cluster/jobs/{uuid}", { params: { path: { uuid } }, signal }, { internal: true, redactor })).data as OntapJob,
});

/**
 * A client's request function: validates the body against the release (before anything is sent),
 * runs `beforeCall`, builds the URL with ONTAP's query style and the headers (caller headers merged
 * as openapi-fetch merges them), sends, turns a failed answer into a typed error, validates the
 * response body and, on a 202, waits for the job when asked to.
 */
export function createRequest(cfg: RequestConfig): Call {
  const { contract, baseUrl, origin, defaultHeaders, send, redactor, jobSecrets } = cfg;
  const { isSensitive } = redactor;
  const reporter = { log: cfg.log, release: contract.release };
  const call: Call = async (method, schemaPath, init = {}, via = {}) => {
    const { href, internal } = via;
    const { body, params, signal } = init;
    const operation = `${method} ${schemaPath}`;
    const op = Object.hasOwn(contract.operations, operation) ? contract.operations[operation] : undefined;
    const r = (via.redactor ?? redactor).with([...collectSecrets(body, isSensitive), ...collectSecrets(params?.query, isSensitive)]);
    // The types already refuse an operation the release lacks; JavaScript callers and casts get
    // the same answer before anything is sent.
    if (!op && !internal) refuseUnknownOperation(reporter, cfg.validation.request, operation);
    validate(reporter, cfg.validation.request, op?.validateRequestBody, body, r, operation);
    // After validation, so a body that cannot be valid costs no request at all.
    if (!internal && cfg.beforeCall) await cfg.beforeCall();
    const url = href
      ? baseUrl + hrefPath(href, origin)
      : createFinalURL(schemaPath, { baseUrl, params: params ?? {}, querySerializer: serializeQuery, pathSerializer: defaultPathSerializer });
    const below = url.slice(baseUrl.length);
    let headers: Record<string, string> = { ...defaultHeaders, ...(body !== undefined && { "content-type": "application/json" }) };
    // A list of pairs is read as Headers first: openapi-fetch's merge takes objects and Headers.
    if (init.headers) headers = plainHeaders(mergeHeaders(headers, Array.isArray(init.headers) ? new Headers(init.headers) : init.headers));
    // JSON.stringify(undefined) is undefined: no body.
    const { response, text } = await send({ method, url, headers, body: JSON.stringify(body), data: body, signal, redactor: r, timeoutMs: init.timeoutMs, retry: init.retry });
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
    if (bad) throw errorFromAnswer(text, response, method, r.text(below), operation, r, contract.errors);
    validate(reporter, cfg.validation.response, op?.validateResponseBody?.[status], data, r, operation, { status, method, path: below });
    if (status === 202 && typeof data === "object" && data) {
      jobSecrets.set(data, r);
      const wait = init.waitForJob ?? cfg.waitForJobs;
      if (wait && jobUuid(data)) {
        // `r` knows this request's secrets, in case the job's message echoes one.
        const job = await waitForJob(jobPoller(call, cfg.clock), data, { signal, ...(typeof wait === "object" ? wait : {}) }, r);
        return { data, response, job };
      }
    }
    return { data, response };
  };
  return call;
}
