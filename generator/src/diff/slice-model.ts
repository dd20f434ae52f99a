// Reading a sliced (plain OpenAPI 3.1) document: operations, parameters, bodies, and schemas with
// their local $refs resolved and allOf merged.

import {
  deref,
  eachOperation,
  isObject,
  type OperationObject,
  type ParameterObject,
  pointer,
  type SchemaObject,
  schemaRefName,
  type SliceDocument,
} from "@ontap-sec/slice-model";

export { deref, schemaRefName } from "@ontap-sec/slice-model";
export const isObj = isObject;

export interface OperationRef {
  /** `GET /security/ipsec/policies` */
  key: string;
  method: string;
  path: string;
  op: OperationObject;
  /** Path-level parameters merged with the operation's (the operation's win), each resolved. */
  parameters: ParameterObject[];
}

export function operations(doc: SliceDocument): Map<string, OperationRef> {
  const out = new Map<string, OperationRef>();
  for (const { path, method, item, op } of eachOperation(doc)) {
    const params = new Map<string, ParameterObject>();
    for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const p = deref(doc, raw);
      params.set(paramKey(p), p);
    }
    const key = `${method.toUpperCase()} ${path}`;
    out.set(key, { key, method, path, op, parameters: [...params.values()] });
  }
  return out;
}

export const paramKey = (p: Partial<ParameterObject> | undefined) => `${p?.in}:${p?.name}`;

/** A schema with $refs followed and allOf members merged in; `refs` names the components it came from. */
export interface Resolved {
  schema: SchemaObject;
  refs: string[];
}

const MERGED_STRUCTURE = new Set(["allOf", "$ref"]);

export function resolveSchema(doc: unknown, node: unknown, depth = 0): Resolved {
  const refs: string[] = [];
  let n: unknown = node;
  const seen = new Set<string>();
  while (isObj(n) && typeof n.$ref === "string") {
    if (seen.has(n.$ref)) return { schema: {}, refs };
    seen.add(n.$ref);
    const name = schemaRefName(n.$ref);
    if (name) refs.push(name);
    const siblings = Object.fromEntries(Object.entries(n).filter(([k]) => k !== "$ref"));
    const target = pointer(doc, n.$ref);
    n = Object.keys(siblings).length ? { ...(isObj(target) ? target : {}), ...siblings } : target;
  }
  if (!isObj(n)) return { schema: {}, refs };
  if (!Array.isArray(n.allOf) || depth > 20) return { schema: n as SchemaObject, refs };
  const merged: SchemaObject = {};
  for (const [k, v] of Object.entries(n)) if (!MERGED_STRUCTURE.has(k)) merged[k] = v;
  for (const member of n.allOf) {
    const r = resolveSchema(doc, member, depth + 1);
    refs.push(...r.refs);
    for (const [k, v] of Object.entries(r.schema)) {
      if (k === "properties" && isObj(v)) merged.properties = { ...(v as Record<string, SchemaObject>), ...(merged.properties ?? {}) };
      else if (k === "required" && Array.isArray(v)) merged.required = [...new Set([...(merged.required ?? []), ...(v as string[])])];
      else if (!(k in merged)) merged[k] = v;
    }
  }
  return { schema: merged, refs };
}

/** The type of a schema as a sorted list; inferred `object` / `array` from structure. */
export function typesOf(s: SchemaObject): string[] | undefined {
  if (typeof s.type === "string") return [s.type];
  if (Array.isArray(s.type)) return [...s.type].sort();
  if (isObj(s.properties)) return ["object"];
  if (s.items !== undefined) return ["array"];
  return undefined;
}

/**
 * Access flags of property `prop` of the component(s) `refs` name, looked up across the read,
 * create and modify variants (`X`, `X_create`, `X_modify`): whichever variant still lists the
 * property tells why another one does not.
 */
export function propertyFlags(doc: SliceDocument, refs: string[], prop: string): { readOnly: boolean; writeOnly: boolean; createOnly: boolean; found: boolean } {
  const schemas = doc?.components?.schemas ?? {};
  const flags = { readOnly: false, writeOnly: false, createOnly: false, found: false };
  for (const ref of refs) {
    const base = ref.replace(/_(create|modify)$/, "");
    const names = base in schemas ? [base, `${base}_create`, `${base}_modify`] : [ref];
    for (const name of names) {
      const variant = schemas[name];
      if (!isObj(variant)) continue;
      const def = resolveSchema(doc, variant).schema.properties?.[prop];
      if (def === undefined) continue;
      flags.found = true;
      const d = resolveSchema(doc, def).schema;
      if (d.readOnly === true) flags.readOnly = true;
      if (d.writeOnly === true) flags.writeOnly = true;
      if (d["x-ontap-create-only"] === true) flags.createOnly = true;
    }
  }
  return flags;
}

/** JSON with sorted keys, for comparing values. */
export function stableStringify(v: unknown): string {
  return JSON.stringify(sortKeys(v));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObj(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sortKeys(v[k])]),
  );
}

export const sameValue = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);
