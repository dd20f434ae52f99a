// Initial data of the engine's resources: the records of the release's collection-GET response
// examples (and a singleton's GET example), or, where the slice has none, one record synthesized
// from the read schema, so that every collection and singleton has something to read.
import { deref, isObject, type ResponseObject } from "@ontap-sec/slice-model";
import { isObj, type JsonObject } from "../json.js";
import { isArrayType, isObjectType, type Schema, type SpecModel } from "../spec-model.js";

/** The values of every example of a GET response (200) of `path`. */
export function responseExamples(spec: SpecModel, method: string, path: string): unknown[] {
  const op = spec.op(method, path);
  const raw = op?.raw.responses?.["200"] ?? op?.raw.responses?.["201"] ?? op?.raw.responses?.["202"];
  if (!raw) return [];
  const resp = deref(spec.doc, raw) as ResponseObject;
  const out: unknown[] = [];
  for (const media of Object.values(resp.content ?? {})) {
    if (media.example !== undefined) out.push(media.example);
    for (const ex of Object.values(media.examples ?? {})) {
      const v = (deref(spec.doc, ex) as { value?: unknown }).value;
      if (v !== undefined) out.push(v);
    }
  }
  return out;
}

/** The request-body examples of an operation. */
export function requestExamples(spec: SpecModel, method: string, path: string): unknown[] {
  const op = spec.op(method, path);
  const body = op?.raw.requestBody ? (deref(spec.doc, op.raw.requestBody) as { content?: Record<string, { example?: unknown; examples?: Record<string, unknown> }> }) : undefined;
  const out: unknown[] = [];
  for (const media of Object.values(body?.content ?? {})) {
    if (media.example !== undefined) out.push(media.example);
    for (const ex of Object.values(media.examples ?? {})) {
      const v = isObject(ex) ? (deref(spec.doc, ex) as { value?: unknown }).value : undefined;
      if (v !== undefined) out.push(v);
    }
  }
  return out;
}

/** A deep copy without `_links` (the engine makes its own). */
export function withoutLinks(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutLinks);
  if (!isObj(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (k !== "_links") out[k] = withoutLinks(x);
  return out;
}

/**
 * A value of the schema: its example or default, the first enum value, a minimal string or number
 * within its limits; objects get every readable property (to a small depth), arrays one item.
 */
export function synthesize(spec: SpecModel, s: Schema, name = "value", depth = 0): unknown {
  if (s.example !== undefined) return structuredClone(s.example);
  if (s.default !== undefined) return structuredClone(s.default);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum.find((x) => x !== null) ?? s.enum[0];
  const types = Array.isArray(s.type) ? s.type.filter((t) => t !== "null") : s.type ? [s.type] : [];
  if (isArrayType(s)) return depth > 3 || !s.items ? [] : [synthesize(spec, spec.norm(s.items), name, depth + 1)];
  if (isObjectType(s) && !types.includes("string")) {
    const out: JsonObject = {};
    if (depth > 3) return out;
    for (const k of Object.keys(s.properties ?? {})) {
      if (k === "_links") continue;
      const p = spec.prop(s, k)!;
      if (p.writeOnly || p["x-ontap-sensitive"]) continue;
      out[k] = synthesize(spec, p, k, depth + 1);
    }
    return out;
  }
  const t = types[0];
  if (t === "boolean") return false;
  if (t === "integer" || t === "number") return s.minimum ?? 1;
  if (s.format === "uuid" || /uuid$/.test(name)) return "00000000-0000-4000-8000-000000000001";
  if (s.format === "date-time") return "2024-01-01T00:00:00Z";
  if (s.format === "ipv4" || /address$/.test(name)) return "192.0.2.1";
  let v = `${name.replace(/[^A-Za-z0-9_]/g, "_")}1`;
  if (s.minLength !== undefined && v.length < s.minLength) v = v.padEnd(s.minLength, "x");
  if (s.maxLength !== undefined && v.length > s.maxLength) v = v.slice(0, s.maxLength);
  return v;
}
