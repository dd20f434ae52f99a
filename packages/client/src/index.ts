// @ontap-sec/client: one entry point for clusters of any release. See README.md.
export { connect, ConnectError, selectRelease } from "./connect.js";
export type { Connection, ConnectErrorReason, ConnectOptions, ReleaseChoice, ReleaseConnection } from "./connect.js";
export { RELEASES } from "./releases.js";
export type { KnownRelease, ReleasePackages } from "./releases.js";
// What a caller needs to catch and inspect failures, without depending on the runtime directly.
export {
  InvalidResponseError,
  isOntapClientError,
  isOntapError,
  JobFailedError,
  OntapClientError,
  OntapError,
  OntapNetworkError,
  OntapTimeoutError,
  OntapTlsError,
  PaginationError,
  RequestValidationError,
} from "@ontap-sec/runtime";
export type { Logger, LogLevel, OntapAuth, OntapClientOptions, OntapJob, OntapRequestOptions, OntapResult, RetryPolicy } from "@ontap-sec/runtime";
