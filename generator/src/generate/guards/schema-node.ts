// Reads one JSON schema of a slice into a small, checked model of what a guard must test. Every
// keyword is either understood, known to be an annotation, or refused with a GuardGenerationError.
import { GuardGenerationError } from "./errors.js";
import { stringFormat } from "./formats.js";

export type JsonType = "string" | "integer" | "number" | "boolean" | "null" | "object" | "array";
export type Primitive = string | number | boolean | null;

export interface SchemaNode {
  /** `component/json/pointer`, for error messages. */
  where: string;
  /** The `false` schema: nothing is valid. */
  never?: true;
  /** Component this schema refers to (`$ref: "#/components/schemas/<name>"`). */
  ref?: string;
  /** Allowed JSON types (`integer` dropped when `number` is there); absent = any. */
  types?: JsonType[];
  enum?: Primitive[];
  const?: { value: Primitive };
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** `format`, checked as ajv-formats checks it; `regex` absent = a format that constrains nothing (`password`). */
  format?: { name: string; regex?: RegExp };
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: { name: string; schema: SchemaNode }[];
  required?: string[];
  /** `false`: no other properties; a schema: other properties must match it; absent: anything goes. */
  additional?: false | SchemaNode;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

const TYPES: readonly JsonType[] = ["string", "integer", "number", "boolean", "null", "object", "array"];

/** Keywords that never change a verdict: skipped. */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "default",
  "examples",
  "example",
  "readOnly",
  "writeOnly",
  "deprecated",
  "$comment",
  "externalDocs",
  "xml",
  "discriminator",
  "contentMediaType",
  "contentEncoding",
]);

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;

function isObj(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

function nonNegativeInteger(v: unknown, where: string, kw: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
    throw new GuardGenerationError(where, kw, `must be a non-negative integer, got ${JSON.stringify(v)}`);
  return v;
}

function finiteNumber(v: unknown, where: string, kw: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new GuardGenerationError(where, kw, `must be a finite number, got ${JSON.stringify(v)}`);
  return v;
}

function primitive(v: unknown, where: string, kw: string): Primitive {
  if (v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) return v;
  throw new GuardGenerationError(where, kw, `only string, number, boolean and null values are supported, got ${JSON.stringify(v)}`);
}

/**
 * The model of `schema`, found at `where`. `components` is the set of component names that a
 * `$ref` may point at.
 */
export function readSchema(schema: unknown, where: string, components: ReadonlySet<string>): SchemaNode {
  if (schema === true) return { where };
  if (schema === false) return { where, never: true };
  if (!isObj(schema)) throw new GuardGenerationError(where, "schema", `a schema must be an object or a boolean, got ${JSON.stringify(schema)}`);
  const node: SchemaNode = { where };
  const at = (...segs: (string | number)[]) => [where, ...segs].join("/");
  const sub = (v: unknown, ...segs: (string | number)[]) => readSchema(v, at(...segs), components);
  const list = (kw: string) => {
    const v = schema[kw];
    if (!Array.isArray(v) || v.length === 0) throw new GuardGenerationError(where, kw, "must be a non-empty array of schemas");
    return v.map((s, i) => sub(s, kw, i));
  };

  for (const [kw, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(kw) || kw.startsWith("x-")) continue;
    switch (kw) {
      case "$ref": {
        const m = typeof v === "string" ? COMPONENT_REF.exec(v) : null;
        if (!m) throw new GuardGenerationError(where, kw, `only references to #/components/schemas/<name> are supported, got ${JSON.stringify(v)}`);
        const target = decodeURIComponent(m[1]!.replace(/~1/g, "/").replace(/~0/g, "~"));
        if (!components.has(target)) throw new GuardGenerationError(where, kw, `refers to the unknown component "${target}"`);
        node.ref = target;
        break;
      }
      case "type": {
        const ts = Array.isArray(v) ? v : [v];
        if (ts.length === 0) throw new GuardGenerationError(where, kw, "must name at least one type");
        for (const t of ts) if (!TYPES.includes(t as JsonType)) throw new GuardGenerationError(where, kw, `unknown type ${JSON.stringify(t)}`);
        node.types = [...new Set(ts as JsonType[])];
        break;
      }
      case "nullable":
        break; // handled below, after `type` is known (as ajv does)
      case "enum": {
        if (!Array.isArray(v) || v.length === 0) throw new GuardGenerationError(where, kw, "must be a non-empty array");
        node.enum = [...new Set(v.map((x) => primitive(x, where, kw)))];
        break;
      }
      case "const":
        node.const = { value: primitive(v, where, kw) };
        break;
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
        node[kw] = nonNegativeInteger(v, where, kw);
        break;
      case "minimum":
      case "maximum":
        node[kw] = finiteNumber(v, where, kw);
        break;
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        if (typeof v === "boolean")
          throw new GuardGenerationError(where, kw, "the boolean (OpenAPI 3.0) form is not JSON Schema 2020-12; use a number");
        node[kw] = finiteNumber(v, where, kw);
        break;
      case "pattern": {
        if (typeof v !== "string") throw new GuardGenerationError(where, kw, "must be a string");
        try {
          new RegExp(v, "u");
        } catch (e) {
          throw new GuardGenerationError(where, kw, `is not a valid Unicode regular expression: ${(e as Error).message}`);
        }
        node.pattern = v;
        break;
      }
      case "format":
        if (typeof v !== "string") throw new GuardGenerationError(where, kw, "must be a string");
        node.format = stringFormat(v, where);
        break;
      case "properties": {
        if (!isObj(v)) throw new GuardGenerationError(where, kw, "must be an object");
        node.properties = Object.entries(v).map(([name, s]) => ({ name, schema: sub(s, kw, name) }));
        break;
      }
      case "required": {
        if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new GuardGenerationError(where, kw, "must be an array of strings");
        node.required = [...new Set(v as string[])];
        break;
      }
      case "additionalProperties":
        if (v === true) break;
        node.additional = v === false ? false : sub(v, kw);
        break;
      case "items":
        if (Array.isArray(v)) throw new GuardGenerationError(where, kw, "the array (tuple) form is not JSON Schema 2020-12");
        node.items = sub(v, kw);
        break;
      case "uniqueItems":
        if (v === false) break;
        throw new GuardGenerationError(where, kw, "uniqueItems: true is not supported (needs deep equality at run time)");
      case "allOf":
      case "anyOf":
      case "oneOf":
        node[kw] = list(kw);
        break;
      default:
        throw new GuardGenerationError(where, kw, "this keyword is not supported by the guard generator");
    }
  }
  if (schema.nullable !== undefined) {
    // ajv's OpenAPI extension: `nullable: true` adds "null" to `type`.
    if (typeof schema.nullable !== "boolean") throw new GuardGenerationError(where, "nullable", "must be a boolean");
    if (!node.types) throw new GuardGenerationError(where, "nullable", '"nullable" cannot be used without "type"');
    if (schema.nullable && !node.types.includes("null")) node.types.push("null");
  }
  if (node.types?.includes("number")) node.types = node.types.filter((t) => t !== "integer");
  if (node.types) node.types.sort((a, b) => TYPES.indexOf(a) - TYPES.indexOf(b));
  return node;
}

/** Whether the node accepts every value (nothing to check). */
export function acceptsAnything(n: SchemaNode): boolean {
  return (
    !n.never &&
    n.ref === undefined &&
    n.types === undefined &&
    n.enum === undefined &&
    n.const === undefined &&
    n.minLength === undefined &&
    n.maxLength === undefined &&
    n.pattern === undefined &&
    n.format?.regex === undefined &&
    n.minimum === undefined &&
    n.maximum === undefined &&
    n.exclusiveMinimum === undefined &&
    n.exclusiveMaximum === undefined &&
    n.properties === undefined &&
    n.required === undefined &&
    n.additional === undefined &&
    n.items === undefined &&
    n.minItems === undefined &&
    n.maxItems === undefined &&
    (n.allOf ?? []).every(acceptsAnything) &&
    n.anyOf === undefined &&
    n.oneOf === undefined
  );
}

/** The JSON type of a primitive value (`integer` for whole numbers). */
export function typeOfPrimitive(v: Primitive): JsonType {
  if (v === null) return "null";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v as "string" | "boolean";
}

/** Whether a value of JSON type `t` satisfies `types`. */
export function typeAllowed(t: JsonType, types: readonly JsonType[]): boolean {
  return types.includes(t) || (t === "integer" && types.includes("number"));
}

/** The RegExp a `pattern` keyword compiles to (Unicode mode, as ajv's default `unicodeRegExp`). */
export function patternRegExp(pattern: string): RegExp {
  return new RegExp(pattern, "u");
}
