// Reads one release's slice (plain OpenAPI 3.1) into what the mock needs: the route table, the
// read / create / modify schemas of each resource, and the error catalog. Nothing here is
// hard-coded per release: every field, enum and limit comes from the slice. The slice's types and
// its reference and media-type readers are @ontap-sec/slice-model's, shared with the generator.
import {
  asSliceDocument,
  type CatalogEntry,
  deref,
  isObject,
  mediaSchema,
  type OperationObject,
  type OrReference,
  type ParameterObject,
  type SchemaObject,
  type SliceDocument,
} from "@ontap-sec/slice-model";

export type { CatalogEntry };

export interface SliceOperation {
  method: string; // upper case
  path: string; // template, e.g. /security/ipsec/policies/{uuid}
  operationId: string;
  raw: OperationObject;
  /** Codes this operation documents, with their (possibly operation-specific) message. */
  errors: Map<string, CatalogEntry>;
  /** The request body schema (create or modify shape), normalised. */
  requestSchema?: Schema;
  /** Query parameter names the operation declares. */
  queryParams: Set<string>;
}

/** A normalised schema: $ref resolved, allOf merged, keywords readable directly. */
export type Schema = SchemaObject;

const isObj = isObject;
const MOCK_METHODS = new Set(["get", "post", "patch", "delete", "put"]);

export class SpecModel {
  readonly release: string;
  readonly catalog: Record<string, CatalogEntry>;
  readonly operations: SliceOperation[] = [];
  private readonly memo = new WeakMap<object, Schema>();

  readonly doc: SliceDocument;

  constructor(doc: unknown) {
    this.doc = asSliceDocument(doc, "mock: the spec");
    const slice = this.doc;
    this.release = String(slice.info?.["x-ontap-release"] ?? slice.info?.version ?? "");
    const cat: Record<string, unknown> = slice["x-ontap-error-catalog"] ?? {};
    this.catalog = (isObj(cat.codes) ? cat.codes : cat) as Record<string, CatalogEntry>;
    for (const [path, item] of Object.entries(slice.paths)) {
      for (const [m, op] of Object.entries(item)) {
        if (!MOCK_METHODS.has(m) || !isObj(op)) continue;
        const operation = op as OperationObject;
        const errors = new Map<string, CatalogEntry>();
        for (const e of operation["x-ontap-errors"] ?? []) {
          const code = String(e.code);
          const base = this.catalog[code];
          errors.set(code, {
            name: e.name ?? base?.name ?? code,
            message: e.message ?? base?.message ?? "",
            status: Number(e.status ?? base?.status ?? 400),
          });
        }
        const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => this.deref(p) as ParameterObject | undefined);
        const bodySchema = operation.requestBody ? mediaSchema((this.deref(operation.requestBody) as { content?: unknown } | undefined)?.content) : undefined;
        this.operations.push({
          method: m.toUpperCase(),
          path,
          operationId: operation.operationId ?? `${m} ${path}`,
          raw: operation,
          errors,
          requestSchema: bodySchema ? this.norm(bodySchema) : undefined,
          queryParams: new Set(params.filter((p) => p?.in === "query").map((p) => p!.name)),
        });
      }
    }
  }

  /**
   * Names of the properties the slice marks secret (x-ontap-sensitive, or write-only), anywhere in
   * its schemas: their values never appear in request records.
   */
  sensitiveNames(): Set<string> {
    if (this.sensitive) return this.sensitive;
    const out = new Set<string>();
    const seen = new Set<object>();
    const walk = (node: unknown) => {
      if (!isObj(node) || seen.has(node)) return;
      seen.add(node);
      if (isObj(node.properties))
        for (const [k, v] of Object.entries(node.properties)) if (isObj(v) && (v["x-ontap-sensitive"] === true || v.writeOnly === true)) out.add(k);
      for (const v of Object.values(node)) {
        if (Array.isArray(v)) v.forEach(walk);
        else walk(v);
      }
    };
    walk(this.doc.components?.schemas);
    walk(this.doc.paths);
    this.sensitive = out;
    return out;
  }
  private sensitive?: Set<string>;

  hasPath(template: string): boolean {
    return template in this.doc.paths;
  }

  op(method: string, template: string): SliceOperation | undefined {
    return this.operations.find((o) => o.method === method && o.path === template);
  }

  /** The schema of a 2xx response of an operation, normalised. */
  responseSchema(method: string, template: string, status?: string): Schema | undefined {
    const op = this.op(method, template);
    if (!op) return undefined;
    const rs = op.raw.responses ?? {};
    const key = status ?? Object.keys(rs).find((k) => /^2\d\d$/.test(k));
    if (!key || !rs[key]) return undefined;
    const s = mediaSchema((this.deref(rs[key]) as { content?: unknown } | undefined)?.content);
    return s ? this.norm(s) : undefined;
  }

  /** The read shape of one record of a resource: the instance GET body, or the items of the collection GET. */
  readSchema(collection: string, instance?: string): Schema | undefined {
    if (instance) {
      const s = this.responseSchema("GET", instance);
      if (s) return s;
    }
    const c = this.responseSchema("GET", collection);
    if (!c) return undefined;
    const records = this.prop(c, "records");
    if (records?.items) return this.norm(records.items);
    return c;
  }

  /** Follows local references (a non-local one is an error: slices hold none). */
  deref<T>(node: OrReference<T>): T;
  deref(node: unknown): unknown;
  deref(node: unknown): unknown {
    if (isObj(node) && typeof node.$ref === "string" && !node.$ref.startsWith("#/")) throw new Error(`mock: external $ref not supported: ${node.$ref}`);
    return deref(this.doc, node);
  }

  /** Resolves $ref and merges allOf members into one schema (the wrapper's own keywords win). */
  norm(node: unknown): Schema {
    const start = this.deref(node);
    if (!isObj(start)) return {};
    const memo = this.memo.get(start);
    if (memo) return memo;
    let out: Schema = {};
    if (Array.isArray(start.allOf)) {
      for (const sub of start.allOf) {
        const s = this.norm(sub);
        out = { ...out, ...s, properties: { ...(out.properties ?? {}), ...(s.properties ?? {}) } };
        if (!s.properties && !out.properties) delete out.properties;
        if (s.required) out.required = [...new Set([...(out.required ?? []), ...s.required])];
      }
    }
    for (const [k, v] of Object.entries(start)) {
      if (k === "allOf") continue;
      if (k === "properties") out.properties = { ...(out.properties ?? {}), ...(v as Record<string, Schema>) };
      else out[k] = v;
    }
    if (out.properties && Object.keys(out.properties).length === 0 && !start.properties && !Array.isArray(start.allOf)) delete out.properties;
    this.memo.set(start, out);
    return out;
  }

  /** The normalised schema of property `name` of `s`, or undefined. */
  prop(s: Schema | undefined, name: string): Schema | undefined {
    if (!s?.properties || !Object.prototype.hasOwnProperty.call(s.properties, name)) return undefined;
    return this.norm(s.properties[name]);
  }

  /** Follows a dotted path through properties (and array items). */
  at(s: Schema | undefined, path: string): Schema | undefined {
    let cur = s;
    for (const seg of path.split(".")) {
      if (!cur) return undefined;
      if (isArrayType(cur) && cur.items) cur = this.norm(cur.items);
      cur = this.prop(cur, seg);
    }
    return cur;
  }

  /** Every dotted path of a schema (objects and leaves). */
  paths(s: Schema | undefined, prefix = "", out: string[] = [], depth = 0): string[] {
    if (!s || depth > 8) return out;
    let cur = s;
    if (isArrayType(cur) && cur.items) cur = this.norm(cur.items);
    for (const name of Object.keys(cur.properties ?? {})) {
      const p = prefix ? `${prefix}.${name}` : name;
      out.push(p);
      this.paths(this.prop(cur, name), p, out, depth + 1);
    }
    return out;
  }
}

export function isArrayType(s: Schema): boolean {
  return s.type === "array" || (Array.isArray(s.type) && s.type.includes("array"));
}

export function isObjectType(s: Schema): boolean {
  return s.type === "object" || (Array.isArray(s.type) && s.type.includes("object")) || (!s.type && !!s.properties);
}
