// One ONTAP release's slice of the curated spec as a typed document, and the readers that the
// generator (generate/, diff/, matrix/) and the mock share.
//
// Why a package of its own: @ontap-sec/mock is published and reads slices, so what it shares with
// the private generator must be importable from npm. @ontap-sec/runtime is the wrong home (every
// generated client would carry a document reader it never uses, and the runtime has nothing to do
// with OpenAPI documents); the generator is private. A leaf package with no dependencies costs the
// mock's users one small tarball; the published @ontap-sec/cli bundles it with esbuild like the
// rest of generator/src. The types are our own subset of OpenAPI 3.1 rather than openapi-typescript's
// `OpenAPI3`, so that the mock's declarations do not make its users install openapi-typescript.

/** A JSON object (the readers narrow `unknown` to this before reading keys). */
export type JsonObject = Record<string, unknown>;

export const isObject = (x: unknown): x is JsonObject => x !== null && typeof x === "object" && !Array.isArray(x);

export interface ReferenceObject {
  $ref: string;
  [keyword: string]: unknown;
}

export type OrReference<T> = T | ReferenceObject;

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it) with the slice's ONTAP flags. */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  prefixItems?: SchemaObject[];
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  readOnly?: boolean;
  writeOnly?: boolean;
  default?: unknown;
  description?: string;
  "x-ontap-create-only"?: boolean;
  "x-ontap-sensitive"?: boolean;
  [keyword: string]: unknown;
}

export interface ExampleObject {
  summary?: string;
  value?: unknown;
  [keyword: string]: unknown;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, OrReference<ExampleObject>>;
  [keyword: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
  [keyword: string]: unknown;
}

export interface HeaderObject {
  description?: string;
  schema?: SchemaObject;
  [keyword: string]: unknown;
}

export interface RequestBodyObject {
  content: Record<string, MediaTypeObject>;
  required?: boolean;
  description?: string;
  [keyword: string]: unknown;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, OrReference<HeaderObject>>;
  [keyword: string]: unknown;
}

/** An ONTAP error code an operation documents (x-ontap-errors), with its message there. */
export interface OperationError {
  code: string | number;
  name?: string;
  message?: string;
  status?: number;
  [keyword: string]: unknown;
}

/** One entry of the slice's error catalog (x-ontap-error-catalog), keyed by code. */
export interface CatalogEntry {
  name: string;
  message: string;
  status: number;
  common?: boolean;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: OrReference<ParameterObject>[];
  requestBody?: OrReference<RequestBodyObject>;
  responses?: Record<string, OrReference<ResponseObject>>;
  "x-ontap-errors"?: OperationError[];
  [keyword: string]: unknown;
}

export const HTTP_METHODS = ["get", "put", "post", "patch", "delete", "options", "head", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathItemObject = {
  parameters?: OrReference<ParameterObject>[];
  summary?: string;
  description?: string;
} & { [M in HttpMethod]?: OperationObject } & { [keyword: string]: unknown };

export interface ComponentsObject {
  schemas?: Record<string, SchemaObject>;
  parameters?: Record<string, OrReference<ParameterObject>>;
  responses?: Record<string, OrReference<ResponseObject>>;
  headers?: Record<string, OrReference<HeaderObject>>;
  requestBodies?: Record<string, OrReference<RequestBodyObject>>;
  [section: string]: unknown;
}

/** The slice: a plain OpenAPI 3.1 document of one ONTAP release. */
export interface SliceDocument {
  openapi: string;
  info: { title: string; version: string; "x-ontap-release"?: string; [keyword: string]: unknown };
  paths: Record<string, PathItemObject>;
  components?: ComponentsObject;
  "x-ontap-error-catalog"?: Record<string, CatalogEntry>;
  [keyword: string]: unknown;
}

/** A JSON value read from disk as a slice, after the one check every reader needs (an object with paths). */
export function asSliceDocument(value: unknown, what = "the slice"): SliceDocument {
  if (!isObject(value) || !isObject(value.paths)) throw new Error(`${what} is not an OpenAPI document with paths`);
  return value as SliceDocument;
}

/** The node a local JSON pointer reference (`#/a/b~1c`) names; undefined for other references. */
export function pointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let cur: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const k = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    cur = isObject(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>)[k] : undefined;
  }
  return cur;
}

/**
 * Follows local `$ref`s to the node they name (a reference cycle yields `{}`). Typed by what the
 * slice puts there: a reference to a response is a response.
 */
export function deref<T>(doc: unknown, node: OrReference<T>): T;
export function deref(doc: unknown, node: unknown): unknown;
export function deref(doc: unknown, node: unknown): unknown {
  let n = node;
  const seen = new Set<string>();
  while (isObject(n) && typeof n.$ref === "string") {
    if (seen.has(n.$ref)) return {};
    seen.add(n.$ref);
    n = pointer(doc, n.$ref);
  }
  return n;
}

/** `#/components/schemas/<name>` → name. */
export function schemaRefName(ref: unknown): string | undefined {
  if (typeof ref !== "string") return undefined;
  const m = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return m ? m[1] : undefined;
}

export interface OperationEntry {
  path: string;
  method: HttpMethod;
  /** The path item, references followed. */
  item: PathItemObject;
  op: OperationObject;
}

/** Every operation of the slice in document order (paths, then the given methods' order). */
export function* eachOperation(doc: SliceDocument, methods: readonly HttpMethod[] = HTTP_METHODS): Generator<OperationEntry> {
  for (const [path, raw] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, raw);
    if (!isObject(item)) continue;
    const pathItem = item as PathItemObject;
    for (const method of methods) {
      const op = pathItem[method];
      if (isObject(op)) yield { path, method, item: pathItem, op };
    }
  }
}

/** The schema of a body's content: `application/hal+json`, else `application/json`, else the first media type. */
export function mediaSchema(content: unknown): SchemaObject | undefined {
  if (!isObject(content)) return undefined;
  const media = content["application/hal+json"] ?? content["application/json"] ?? Object.values(content)[0];
  return isObject(media) && isObject(media.schema) ? (media.schema as SchemaObject) : undefined;
}
