import type { ErrorCatalogEntry, ValidationProblem } from "./contract.js";
import type { Redactor } from "./redact.js";

// Every error is built from already-redacted strings and never holds the request body, its headers
// or the library error it wraps (a `cause` is reduced to name/code/message). So whatever prints an
// error — `JSON.stringify`, `util.inspect`, a logger that walks own properties — cannot leak a secret.

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

// Names by kind, spelled out: bundlers minify class names, and `new.target.name` would then say "r".
const NAMES: Record<string, string> = {
  ontap: "OntapError",
  network: "OntapNetworkError",
  tls: "OntapTlsError",
  timeout: "OntapTimeoutError",
  "invalid-response": "InvalidResponseError",
  "request-validation": "RequestValidationError",
  "job-failed": "JobFailedError",
  "release-mismatch": "ReleaseMismatchError",
  pagination: "PaginationError",
};

/** Base of every error this runtime throws; `kind` tells them apart without `instanceof`. */
export abstract class OntapClientError extends Error {
  declare readonly kind: string;
  /** HTTP method and request path (below `/api`, query redacted) when a request was involved. */
  declare method?: string;
  declare path?: string;

  // Fields are assigned from one object (and only declared below) to keep the bundle small.
  constructor(message: string, fields: object) {
    super(message);
    Object.assign(this, fields);
    this.name = NAMES[this.kind] ?? new.target.name;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (value !== undefined) out[key] = value;
    return out;
  }

  [INSPECT](): string {
    const { name: _n, message: _m, ...fields } = this.toJSON();
    return `${this.stack}\n${JSON.stringify(fields, null, 2)}`;
  }
}

export interface OntapErrorArgument {
  code: string;
  message: string;
}

export interface OntapErrorInit<Code extends string> {
  status: number;
  code: Code;
  ontapMessage: string;
  target?: string;
  arguments: OntapErrorArgument[];
  entry?: ErrorCatalogEntry;
  method: string;
  path: string;
  operation?: string;
}

/** ONTAP answered with its error body (`{"error": {"code", "message", "target", "arguments"}}`). */
export class OntapError<Code extends string = string> extends OntapClientError {
  declare readonly kind: "ontap";
  declare status: number;
  /**
   * The ONTAP code as the wire carries it (a string of digits), typed as the release's catalog.
   * A cluster can still answer with a code the catalog lacks; `codeName`/`catalogMessage` are then absent.
   */
  declare code: Code;
  /** Curated symbolic name from the release's catalog, e.g. `IPSEC_POLICY_NAME_EXISTS`. */
  declare codeName?: string;
  /** The catalog's wording of the message (ONTAP's own may add detail). */
  declare catalogMessage?: string;
  /** The message exactly as ONTAP returned it (redacted). */
  declare ontapMessage: string;
  declare target?: string;
  declare arguments: OntapErrorArgument[];
  /** `METHOD /path/{template}` of the operation, when known. */
  declare operation?: string;

  constructor({ entry, ...init }: OntapErrorInit<Code>) {
    super(
      `ONTAP ${init.status} error ${init.code}${entry ? ` ${entry.name}` : ""} on ${init.method} ${init.path}: ` +
        `${init.ontapMessage}${init.target ? ` (target: ${init.target})` : ""}`,
      { kind: "ontap", ...init, codeName: entry?.name, catalogMessage: entry?.message },
    );
  }
}

export interface ErrorCause {
  name: string;
  code?: string;
  message: string;
}

/** The request never got an HTTP answer (connection refused, reset, DNS, TLS). */
export class OntapNetworkError extends OntapClientError {
  declare readonly kind: "network" | "tls";
  /** System or TLS error code of the cause, e.g. `ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`. */
  declare causeCode?: string;
  /** The underlying error reduced to name, code and redacted message. */
  declare cause?: ErrorCause;
}

/** The cluster's certificate was not trusted or did not match; retrying cannot help. */
export class OntapTlsError extends OntapNetworkError {
  declare readonly kind: "tls";
}

/** A request attempt or a job wait ran out of time. */
export class OntapTimeoutError extends OntapClientError {
  declare readonly kind: "timeout";
  declare timeoutMs: number;
  declare phase: "request" | "job";
}

/** An answer that is not what ONTAP sends: not JSON, not an ONTAP error body, or failing validation. */
export class InvalidResponseError extends OntapClientError {
  declare readonly kind: "invalid-response";
  declare status: number;
  /** At most 200 characters of the body, redacted. */
  declare snippet?: string;
  /** Set when the body failed response validation (`validation.response: "throw"`). */
  declare problems?: ValidationProblem[];
}

/** A request body the client's release would reject; nothing was sent. */
export class RequestValidationError extends OntapClientError {
  declare readonly kind: "request-validation";
  /** `METHOD /path/{template}`. */
  declare operation: string;
  declare release: string;
  declare problems: ValidationProblem[];
}

/** An asynchronous ONTAP job ended in `failure`. */
export class JobFailedError extends OntapClientError {
  declare readonly kind: "job-failed";
  declare jobUuid: string;
  /** The job's integer code (jobs carry integers, unlike error bodies). */
  declare code?: number;
  declare jobMessage: string;
  /** The job record, redacted. */
  declare job: Record<string, unknown>;
}

/** The cluster runs another release than the one this client was generated for (`releaseCheck: "refuse"`). */
export class ReleaseMismatchError extends OntapClientError {
  declare readonly kind: "release-mismatch";
  declare clientRelease: string;
  declare clusterRelease: string;
}

/** A collection's `_links.next` repeated an earlier page or pointed away from the cluster. */
export class PaginationError extends OntapClientError {
  declare readonly kind: "pagination";
  declare href: string;
}

// Errors other than OntapError, by `kind`, so that every module builds them through one `fail`.
const KINDS = {
  network: OntapNetworkError,
  tls: OntapTlsError,
  timeout: OntapTimeoutError,
  "invalid-response": InvalidResponseError,
  "request-validation": RequestValidationError,
  "job-failed": JobFailedError,
  "release-mismatch": ReleaseMismatchError,
  pagination: PaginationError,
};
type FailKind = keyof typeof KINDS;

/** `new <class of fields.kind>(message, fields)`. */
export const fail = <K extends FailKind>(message: string, fields: { kind: K } & Partial<InstanceType<(typeof KINDS)[K]>>): InstanceType<(typeof KINDS)[K]> =>
  new KINDS[fields.kind](message, fields) as InstanceType<(typeof KINDS)[K]>;

/** `e` is an ONTAP error body answer; with `code`, one with exactly that code. */
export function isOntapError<C extends string = string>(e: unknown, code?: C): e is OntapError<C> {
  return e instanceof OntapError && (code === undefined || e.code === code);
}

/** `e` was thrown by this runtime (any of the classes above). */
export function isOntapClientError(e: unknown): e is OntapClientError {
  return e instanceof OntapClientError;
}

/**
 * The error of an answer that cannot be returned: an OntapError when a non-2xx body is ONTAP's error
 * body, else InvalidResponseError (also for a 2xx whose body is not JSON).
 */
export function errorFromAnswer(
  text: string,
  { status, ok }: Response,
  method: string,
  path: string,
  operation: string,
  r: Redactor,
  errors: Readonly<Record<string, ErrorCatalogEntry>>,
): OntapClientError {
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

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|ALTNAME|HOSTNAME/;

/**
 * Why an attempt at `method path` on `host` got no answer: its timeout, or a network or TLS failure.
 * `path` is already redacted; the cause's message is redacted here.
 */
export function attemptError(
  err: unknown,
  timedOut: boolean,
  timeoutMs: number,
  { method, path, host, redactor }: { method: string; path: string; host: string; redactor: Redactor },
): OntapClientError {
  if (timedOut) return fail(`${method} ${path} timed out after ${timeoutMs} ms`, { kind: "timeout", timeoutMs, phase: "request", method, path });
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
