// Turns the annotated, resolved spec into the plain OpenAPI 3.1 document of one release: only what
// exists in it, with its constraints, request/response shapes split, and no release annotations.
import { isObject as isObj, type JsonObject, type SliceDocument } from "@ontap-sec/slice-model";
import { inRange, type Release } from "../releases.js";
import { effectiveKeyword, enumAt, rangeOf } from "../curated-spec/annotations.js";
import {
  CHANGEABLE_KEYWORDS,
  CREATE_ONLY,
  ERRORS,
  ERROR_CATALOG,
  isAnnotationKey,
  KEPT_IN_SLICE,
} from "../curated-spec/vocabulary.js";
import { childAt } from "../curated-spec/spec-nodes.js";
import { HTTP_METHODS } from "../curated-spec/walk-spec.js";
import { type CuratedErrorRef, expandOperationErrors, sliceErrorCatalog } from "./slice-errors.js";

export type Shape = "read" | "create" | "modify";

// The spec is sliced after it lints clean, so its nodes hold the shapes the lints check; these read
// them as written and, like the plain property reads they replace, throw on a missing node.
const entries = (x: unknown): [string, unknown][] => Object.entries(x as object);
const field = (x: unknown, k: string): unknown => (x as JsonObject)[k];
const SCHEMA_STRUCTURE = new Set(["properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf", "prefixItems", "enum", "required"]);
const SHAPE_OF_METHOD: Record<string, Shape> = { post: "create", put: "modify", patch: "modify" };
type Section = "schemas" | "parameters" | "headers" | "responses";

/** The plain OpenAPI document of one release (@ontap-sec/slice-model, shared with the mock). */
export type Slice = SliceDocument;

export function sliceSpec(root: JsonObject, release: Release): Slice {
  return new Slicer(root, release).run() as SliceDocument;
}

class Slicer {
  private readonly names: Record<Section, Map<unknown, string>>;
  private readonly candidates: Record<Section, Map<string, unknown>> = {
    schemas: new Map(),
    parameters: new Map(),
    headers: new Map(),
    responses: new Map(),
  };
  private readonly variantMemo = new Map<string, string>();

  constructor(
    private readonly root: JsonObject,
    private readonly r: Release,
  ) {
    const index = (section: Section) =>
      new Map<unknown, string>(entries(childAt(root, "components", section) ?? {}).map(([n, v]) => [v, n]));
    this.names = { schemas: index("schemas"), parameters: index("parameters"), headers: index("headers"), responses: index("responses") };
  }

  private exists(node: unknown): boolean {
    return inRange(rangeOf(node), this.r);
  }

  run(): JsonObject {
    const { root, r } = this;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(root)) {
      if (isAnnotationKey(k) || k === "paths" || k === "components") continue;
      out[k] = k === "info" ? { ...(stripAnnotations(v) as JsonObject), title: `${field(v, "title")} — ONTAP ${r}`, version: r, "x-ontap-release": r } : stripAnnotations(v);
    }
    const paths: JsonObject = {};
    out.paths = paths;
    for (const [p, item] of entries(root.paths ?? {})) {
      const sliced = this.pathItem(item);
      if (sliced) paths[p] = sliced;
    }
    // A tag names a group of operations; a release without any of the group's operations omits it.
    if (Array.isArray(out.tags)) {
      const used = new Set(Object.values(paths).flatMap((item) => Object.values(item as JsonObject).flatMap((op) => (isObj(op) && Array.isArray(op.tags) ? op.tags : []))));
      out.tags = out.tags.filter((t) => isObj(t) && used.has(t.name));
    }
    out.components = this.components(paths);
    out[ERROR_CATALOG] = sliceErrorCatalog(root[ERROR_CATALOG], r);
    return out;
  }

  private pathItem(item: unknown): JsonObject | undefined {
    const out: JsonObject = {};
    let ops = 0;
    for (const [k, v] of entries(item)) {
      if (isAnnotationKey(k)) continue;
      if ((HTTP_METHODS as readonly string[]).includes(k)) {
        if (!this.exists(v)) continue;
        out[k] = this.operation(v, SHAPE_OF_METHOD[k] ?? "read");
        ops++;
      } else if (k === "parameters") out.parameters = this.parameters(v);
      else out[k] = v;
    }
    return ops > 0 ? out : undefined;
  }

  private operation(op: unknown, bodyShape: Shape): JsonObject {
    const out: JsonObject = {};
    for (const [k, v] of entries(op)) {
      if (k === ERRORS) continue;
      if (isAnnotationKey(k)) continue;
      if (k === "parameters") out.parameters = this.parameters(v);
      else if (k === "requestBody") out.requestBody = this.body(v, bodyShape);
      else if (k === "responses") out.responses = this.responses(v);
      else out[k] = v;
    }
    const errors = field(op, ERRORS);
    if (errors) out[ERRORS] = expandOperationErrors(errors as CuratedErrorRef[], this.root[ERROR_CATALOG], this.r);
    return out;
  }

  private parameters(list: unknown): unknown[] {
    return (list as unknown[]).filter((p) => this.exists(p)).map((p) => this.named("parameters", p, () => this.parameter(p)));
  }

  private parameter(p: unknown): JsonObject {
    const out: JsonObject = {};
    for (const [k, v] of entries(p)) {
      if (isAnnotationKey(k)) continue;
      out[k] = k === "schema" ? this.schema(v, "read") : v;
    }
    return out;
  }

  private body(b: unknown, shape: Shape): JsonObject {
    const out: JsonObject = {};
    for (const [k, v] of entries(b)) {
      if (isAnnotationKey(k)) continue;
      out[k] = k === "content" ? this.content(v, shape) : v;
    }
    return out;
  }

  private responses(rs: unknown): JsonObject {
    const out: JsonObject = {};
    for (const [code, resp] of entries(rs)) {
      if (!this.exists(resp)) continue;
      out[code] = this.named("responses", resp, () => this.response(resp));
    }
    return out;
  }

  private response(resp: unknown): JsonObject {
    const out: JsonObject = {};
    for (const [k, v] of entries(resp)) {
      if (isAnnotationKey(k)) continue;
      if (k === "content") out.content = this.content(v, "read");
      else if (k === "headers")
        out.headers = Object.fromEntries(
          entries(v).map(([n, h]) => [n, this.named("headers", h, () => this.header(h))]),
        );
      else out[k] = v;
    }
    return out;
  }

  private header(h: unknown): JsonObject {
    const out: JsonObject = {};
    for (const [k, v] of entries(h)) {
      if (isAnnotationKey(k)) continue;
      out[k] = k === "schema" ? this.schema(v, "read") : v;
    }
    return out;
  }

  private content(content: unknown, shape: Shape): JsonObject {
    const out: JsonObject = {};
    for (const [mt, media] of entries(content)) {
      const m: JsonObject = {};
      for (const [k, v] of entries(media)) {
        if (isAnnotationKey(k)) continue;
        if (k === "schema") m.schema = this.schema(v, shape);
        else if (k === "examples") {
          const ex = entries(v).filter(([, e]) => this.exists(e));
          if (ex.length) m.examples = Object.fromEntries(ex.map(([n, e]) => [n, stripAnnotations(e)]));
        } else m[k] = v;
      }
      out[mt] = m;
    }
    return out;
  }

  /** A named component becomes a $ref (and a candidate component); anything else is inlined. */
  private named(section: Exclude<Section, "schemas">, node: unknown, build: () => unknown): unknown {
    const name = this.names[section].get(node);
    if (!name) return build();
    if (!this.candidates[section].has(name)) this.candidates[section].set(name, build());
    return { $ref: `#/components/${section}/${name}` };
  }

  /** A schema in a shape: a $ref to the component variant when named, else the inline schema. */
  schema(s: unknown, shape: Shape): unknown {
    const name = this.names.schemas.get(s);
    if (!name) return this.transform(s, shape);
    return { $ref: `#/components/schemas/${this.variant(name, s, shape)}` };
  }

  /** The name of the component that holds `name` in `shape`; the read shape when they agree. */
  private variant(name: string, s: unknown, shape: Shape): string {
    const key = `${name}|${shape}`;
    const memo = this.variantMemo.get(key);
    if (memo) return memo;
    if (!this.candidates.schemas.has(name)) {
      this.variantMemo.set(`${name}|read`, name);
      this.candidates.schemas.set(name, this.transform(s, "read"));
    }
    let result = name;
    if (shape !== "read") {
      const content = this.transform(s, shape);
      if (JSON.stringify(content) !== JSON.stringify(this.candidates.schemas.get(name))) {
        result = `${name}_${shape}`;
        this.candidates.schemas.set(result, content);
      }
    }
    this.variantMemo.set(key, result);
    return result;
  }

  private transform(node: unknown, shape: Shape): JsonObject {
    const { r } = this;
    const s = node as JsonObject;
    const out: JsonObject = {};
    for (const k of Object.keys(s)) {
      if (isAnnotationKey(k) && !KEPT_IN_SLICE.has(k)) continue;
      if (SCHEMA_STRUCTURE.has(k)) {
        this.structure(s, k, shape, out);
        continue;
      }
      const v = (CHANGEABLE_KEYWORDS as readonly string[]).includes(k) ? effectiveKeyword(s, k, r) : s[k];
      if (v !== undefined) out[k] = v;
    }
    // Keywords a change introduces that the base lacks.
    for (const k of CHANGEABLE_KEYWORDS) {
      if (k in s || k === "required") continue;
      const v = effectiveKeyword(s, k, r);
      if (v !== undefined) out[k] = v;
    }
    if (!("required" in s) && shape === "create") this.structure(s, "required", shape, out);
    if (shape !== "read" && isObj(out.properties) && !("additionalProperties" in out)) out.additionalProperties = false;
    if (out[CREATE_ONLY] === false) delete out[CREATE_ONLY];
    return out;
  }

  private structure(s: JsonObject, k: string, shape: Shape, out: JsonObject) {
    const { r } = this;
    switch (k) {
      case "properties": {
        const props: JsonObject = {};
        for (const [name, p] of entries(s.properties)) {
          if (!this.exists(p)) continue;
          const ro = effectiveKeyword(p, "readOnly", r) === true;
          const wo = effectiveKeyword(p, "writeOnly", r) === true;
          const co = effectiveKeyword(p, CREATE_ONLY, r) === true;
          if (shape === "read" && wo) continue;
          if (shape !== "read" && ro) continue;
          if (shape === "modify" && co) continue;
          props[name] = this.schema(p, shape);
        }
        out.properties = props;
        break;
      }
      case "required": {
        if (shape !== "create") break;
        const req = effectiveKeyword(s, "required", r);
        if (!Array.isArray(req)) break;
        const present = req.filter((n: string) => {
          const p = childAt(s, "properties", n);
          return p && this.exists(p) && effectiveKeyword(p, "readOnly", r) !== true;
        });
        if (present.length) out.required = present;
        break;
      }
      case "enum":
        out.enum = enumAt(s, r);
        break;
      case "items":
      case "additionalProperties":
        out[k] = isObj(s[k]) ? this.schema(s[k], shape) : s[k];
        break;
      default:
        out[k] = (s[k] as unknown[]).map((sub) => this.schema(sub, shape));
    }
  }

  /** Components reachable from the paths, sorted by name for stable output. */
  private components(paths: JsonObject): JsonObject {
    const reached: Record<Section, Set<string>> = {
      schemas: new Set(),
      parameters: new Set(),
      headers: new Set(),
      responses: new Set(),
    };
    const visit = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(visit);
      if (!isObj(x)) return;
      const ref = x.$ref;
      if (typeof ref === "string") {
        const m = /^#\/components\/(schemas|parameters|headers|responses)\/(.+)$/.exec(ref);
        if (m) {
          const section = m[1] as Section;
          if (!reached[section].has(m[2]!)) {
            reached[section].add(m[2]!);
            visit(this.candidates[section].get(m[2]!));
          }
        }
        return;
      }
      // Example values are data: they never hold references.
      for (const [k, v] of Object.entries(x)) if (k !== "examples" && k !== "example") visit(v);
    };
    visit(paths);
    const out: JsonObject = {};
    for (const section of ["schemas", "parameters", "headers", "responses"] as Section[]) {
      const names = [...reached[section]].sort();
      if (names.length) out[section] = Object.fromEntries(names.map((n) => [n, this.candidates[section].get(n)]));
    }
    const securitySchemes = childAt(this.root, "components", "securitySchemes");
    if (securitySchemes) out.securitySchemes = stripAnnotations(securitySchemes);
    return out;
  }
}

/** A deep copy without x-ontap-* release annotations (kept: the ones describing a release). */
function stripAnnotations(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripAnnotations);
  if (!isObj(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (!isAnnotationKey(k) || KEPT_IN_SLICE.has(k)) out[k] = stripAnnotations(x);
  return out;
}
