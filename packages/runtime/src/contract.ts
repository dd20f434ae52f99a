// What a generated release package hands the runtime: the facts of one ONTAP release that the
// runtime needs at run time (error catalog, per-operation validators, secrets to redact).
// Generated packages build one `OntapContract` from their slice; the runtime never reads a spec.

/** One problem found by a generated guard: where (a JSON path such as `$.local_endpoint.port`) and what. */
export interface ValidationProblem {
  path: string;
  message: string;
}

/** A generated validator: every problem with the value, never throws. */
export type Validator = (value: unknown) => ValidationProblem[];

export interface ErrorCatalogEntry {
  /** Curated symbolic name, e.g. `IPSEC_POLICY_NAME_EXISTS`. */
  name: string;
  /** The message exactly as ONTAP returns it. */
  message: string;
  /** HTTP status ONTAP answers with. */
  status: number;
  /** Returned by any operation (common codes). */
  common: boolean;
}

export interface OperationContract {
  operationId: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** OpenAPI path template, e.g. `/security/ipsec/policies/{uuid}`. */
  path: string;
  /** Validates a request body (the create or modify shape of this release); absent when there is no body. */
  validateRequestBody?: Validator;
  /** Validates the 2xx response body, keyed by status code ("200", "201", "202"). */
  validateResponseBody?: Record<string, Validator>;
  /** ONTAP error codes this operation documents (the common codes apply too). */
  errorCodes: readonly string[];
}

export interface OntapContract<Code extends string = string> {
  /** The ONTAP release, e.g. "9.10". */
  release: string;
  errors: Readonly<Record<Code, ErrorCatalogEntry>>;
  /** Keyed by `${METHOD} ${path}`, e.g. "POST /security/ipsec/policies". */
  operations: Readonly<Record<string, OperationContract>>;
  /** Property names whose values are secrets (x-ontap-sensitive), e.g. ["secret_key"]. */
  sensitiveFields: readonly string[];
}
