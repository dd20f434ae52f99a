// What a caller of a release package needs from @ontap-sec/runtime, re-exported by the package's
// src/index.ts so that an app depends on `@ontap-sec/client-<r>` alone: the errors it catches and
// the guards that tell them apart, and the types it names when it passes options or keeps results.
// The client factory of the runtime (createOntapClient) and its plumbing stay out: the package's own
// `createClient` is the way in. A name missing from the runtime, or re-exported as the wrong kind,
// fails the compile of the generated packages (test/generator/typecheck.test.ts).

export interface ReExports {
  /** The module specifier re-exported from. */
  from: string;
  values: readonly string[];
  types: readonly string[];
}

export const RUNTIME_REEXPORTS: ReExports = {
  from: "@ontap-sec/runtime",
  values: [
    // Every error a call can throw, with the guards that narrow an `unknown` to them.
    "InvalidResponseError",
    "JobFailedError",
    "OntapClientError",
    "OntapError",
    "OntapNetworkError",
    "OntapTimeoutError",
    "OntapTlsError",
    "PaginationError",
    "ReleaseMismatchError",
    "RequestValidationError",
    "isOntapClientError",
    "isOntapError",
    // The placeholder secrets are replaced with in messages and logs, to recognise it there.
    "REDACTED",
    // What the package's assertX guards throw.
    "GuardError",
  ],
  types: [
    // createClient's options, and what they are made of.
    "Clock",
    "FetchLike",
    "JobWaitOptions",
    "LogLevel",
    "Logger",
    "OntapAuth",
    "OntapClientOptions",
    "PemInput",
    "RetryPolicy",
    "TlsOptions",
    "ValidationMode",
    // Per call, and what calls return (and the catalog entries errorCatalog holds).
    "CollectionRecord",
    "ErrorCatalogEntry",
    "JobRef",
    "OntapErrorArgument",
    "OntapJob",
    "OntapRequestOptions",
    "OntapResult",
    "PathNotInRelease",
    "SuccessData",
    // What the package's validateX guards return.
    "ValidationProblem",
  ],
};
