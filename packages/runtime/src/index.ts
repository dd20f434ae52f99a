export { createOntapClient } from "./client.js";
export type {
  CollectionRecord,
  CreateOntapClientOptions,
  OntapAuth,
  OntapClient,
  OntapClientOptions,
  OntapMedia,
  OntapRequestOptions,
  OntapResult,
  PathNotInRelease,
  PathsWithMethod,
  SuccessData,
  ValidationMode,
} from "./client.js";
export type { ErrorCatalogEntry, OntapContract, OperationContract, ValidationProblem, Validator } from "./contract.js";
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
  ReleaseMismatchError,
  RequestValidationError,
} from "./errors.js";
export type { OntapErrorArgument } from "./errors.js";
export type { JobRef, JobWaitOptions, OntapJob } from "./jobs.js";
export type { Logger, LogLevel } from "./log.js";
export { serializeQuery } from "./query.js";
export { createRedactor, REDACTED } from "./redact.js";
export type { Redactor } from "./redact.js";
export { compareReleases, releaseFromVersion } from "./release.js";
export { parseRetryAfter } from "./backoff.js";
export { DEFAULT_RETRY, systemClock } from "./retry.js";
export type { Clock, RetryPolicy } from "./retry.js";
export type { FetchLike, PemInput, TlsOptions } from "./transport.js";
export { VERSION } from "./version.js";
export { codePointLength, GuardError, hasOwnJsonProperty, propertyPath, recordProblem } from "./guard-support.js";
export { describeCatalogCode, isCatalogCode } from "./error-catalog.js";
export type { ErrorDescription } from "./error-catalog.js";
