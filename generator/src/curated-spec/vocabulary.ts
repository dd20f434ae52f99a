// The x-ontap-* annotation vocabulary of spec/README.md, in one place.

export const INTRODUCED = "x-ontap-introduced";
export const REMOVED = "x-ontap-removed";
export const ENUM_RELEASES = "x-ontap-enum";
export const CHANGES = "x-ontap-changes";
export const CREATE_ONLY = "x-ontap-create-only";
export const SENSITIVE = "x-ontap-sensitive";
export const DECISION = "x-ontap-decision";
export const ERRORS = "x-ontap-errors";
export const SOURCE = "x-ontap-source";
export const RELEASES = "x-ontap-releases";
export const SOURCES = "x-ontap-sources";
export const ERROR_CATALOG = "x-ontap-error-catalog";
/** On a collection path item: query-based PATCH/DELETE, expanded by query-operations.ts at load. */
export const QUERY_OPERATIONS = "x-ontap-query-operations";

/** Node kinds of the OpenAPI document that annotations may sit on. */
export type NodeKind =
  | "root"
  | "operation"
  | "parameter"
  | "schema"
  | "response"
  | "example"
  | "error-entry"
  | "error-ref"
  | "other";

/** Which annotations each kind accepts. Anything else starting with x-ontap- is an error. */
export const ALLOWED_ANNOTATIONS: Record<NodeKind, readonly string[]> = {
  root: [RELEASES, SOURCES, ERROR_CATALOG],
  operation: [INTRODUCED, REMOVED, SOURCE, ERRORS, DECISION],
  parameter: [INTRODUCED, REMOVED, SOURCE, DECISION],
  schema: [INTRODUCED, REMOVED, SOURCE, ENUM_RELEASES, CHANGES, CREATE_ONLY, SENSITIVE, DECISION],
  response: [INTRODUCED, REMOVED, SOURCE],
  example: [INTRODUCED, REMOVED, SOURCE],
  "error-entry": [INTRODUCED, REMOVED, SOURCE],
  "error-ref": [INTRODUCED, REMOVED, SOURCE],
  other: [],
};

/** Keywords an x-ontap-changes entry may set. */
export const CHANGEABLE_KEYWORDS = [
  "type",
  "format",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "pattern",
  "readOnly",
  "writeOnly",
  CREATE_ONLY,
  "required",
  "description",
] as const;

/** Annotations that survive slicing (they describe the release, not the release range). */
export const KEPT_IN_SLICE = new Set([CREATE_ONLY, SENSITIVE]);

/** Property names that must be marked sensitive. */
export const SENSITIVE_NAME = /(secret|password|passphrase|private_?key|token)/i;

export function isAnnotationKey(key: string): boolean {
  return key.startsWith("x-ontap-");
}
