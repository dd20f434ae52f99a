// Visits the nodes of a resolved spec that annotations can sit on, with the OpenAPI role of each
// (operation, parameter, schema, ...) and the pointer of the path that reached it.
import { isObject, type JsonObject } from "@ontap-sec/slice-model";
import { joinPointer } from "../diagnostics.js";
import { ERROR_CATALOG, ERRORS, type NodeKind } from "./vocabulary.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface Visit {
  node: JsonObject;
  kind: NodeKind;
  /** Pointer inside the resolved document (for humans; locations come from the node's origin). */
  docPointer: string;
  /** Chain of annotated ancestors, nearest last (operation, schema, property ...). */
  ancestors: JsonObject[];
  /** The property name when this schema is the value of `properties[name]`. */
  propertyName?: string;
  /** The object holding this node and the key it sits under. */
  parent?: unknown;
  key?: string | number;
}

export type Visitor = (v: Visit) => void;

const isObj = isObject;

export function walkSpec(root: JsonObject, visit: Visitor): void {
  const call = (v: Visit) => visit(v);
  call({ node: root, kind: "root", docPointer: "", ancestors: [] });

  const paths = isObj(root.paths) ? root.paths : {};
  for (const [p, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    const itemPtr = joinPointer("/paths", p);
    for (const [i, prm] of (Array.isArray(item.parameters) ? item.parameters : []).entries())
      walkParameter(prm, joinPointer(itemPtr, "parameters", i), [], call, item.parameters, i);
    for (const m of HTTP_METHODS) {
      const op = item[m];
      if (!isObj(op)) continue;
      const opPtr = joinPointer(itemPtr, m);
      call({ node: op, kind: "operation", docPointer: opPtr, ancestors: [], parent: item, key: m });
      walkOperation(op, opPtr, call);
    }
  }

  const comps = isObj(root.components) ? root.components : {};
  for (const [name, s] of Object.entries(comps.schemas ?? {}))
    walkSchema(s, joinPointer("/components/schemas", name), [], call, undefined, comps.schemas, name);
  for (const [name, prm] of Object.entries(comps.parameters ?? {}))
    walkParameter(prm, joinPointer("/components/parameters", name), [], call, comps.parameters, name);
  for (const [name, r] of Object.entries(comps.responses ?? {}))
    walkResponse(r, joinPointer("/components/responses", name), [], call, comps.responses, name);
  for (const [name, h] of Object.entries(comps.headers ?? {}))
    if (isObj(h) && isObj(h.schema)) walkSchema(h.schema, joinPointer("/components/headers", name, "schema"), [], call);

  const catalog = isObj(root[ERROR_CATALOG]) ? root[ERROR_CATALOG] : {};
  for (const [group, file] of Object.entries(catalog)) {
    if (!isObj(file) || !isObj(file.codes)) continue;
    for (const [code, entry] of Object.entries(file.codes))
      if (isObj(entry))
        call({
          node: entry,
          kind: "error-entry",
          docPointer: joinPointer("", ERROR_CATALOG, group, "codes", code),
          ancestors: [],
          parent: file.codes,
          key: code,
        });
  }
}

function walkOperation(op: JsonObject, ptr: string, call: Visitor) {
  const anc = [op];
  for (const [i, prm] of (Array.isArray(op.parameters) ? op.parameters : []).entries())
    walkParameter(prm, joinPointer(ptr, "parameters", i), anc, call, op.parameters, i);
  if (isObj(op.requestBody)) walkContent(op.requestBody.content, joinPointer(ptr, "requestBody", "content"), anc, call);
  for (const [code, r] of Object.entries(isObj(op.responses) ? op.responses : {}))
    walkResponse(r, joinPointer(ptr, "responses", code), anc, call, op.responses, code);
  for (const [i, ref] of (Array.isArray(op[ERRORS]) ? op[ERRORS] : []).entries())
    if (isObj(ref))
      call({ node: ref, kind: "error-ref", docPointer: joinPointer(ptr, ERRORS, i), ancestors: anc, parent: op[ERRORS], key: i });
}

function walkParameter(prm: unknown, ptr: string, anc: JsonObject[], call: Visitor, parent?: unknown, key?: string | number) {
  if (!isObj(prm)) return;
  call({ node: prm, kind: "parameter", docPointer: ptr, ancestors: anc, parent, key });
  if (isObj(prm.schema)) walkSchema(prm.schema, joinPointer(ptr, "schema"), [...anc, prm], call, undefined, prm, "schema");
}

function walkResponse(r: unknown, ptr: string, anc: JsonObject[], call: Visitor, parent?: unknown, key?: string | number) {
  if (!isObj(r)) return;
  call({ node: r, kind: "response", docPointer: ptr, ancestors: anc, parent, key });
  const a = [...anc, r];
  for (const [name, h] of Object.entries(isObj(r.headers) ? r.headers : {}))
    if (isObj(h) && isObj(h.schema)) walkSchema(h.schema, joinPointer(ptr, "headers", name, "schema"), a, call);
  walkContent(r.content, joinPointer(ptr, "content"), a, call);
}

function walkContent(content: unknown, ptr: string, anc: JsonObject[], call: Visitor) {
  for (const [mt, media] of Object.entries(isObj(content) ? content : {})) {
    if (!isObj(media)) continue;
    const mPtr = joinPointer(ptr, mt);
    if (isObj(media.schema)) walkSchema(media.schema, joinPointer(mPtr, "schema"), anc, call, undefined, media, "schema");
    for (const [name, ex] of Object.entries(isObj(media.examples) ? media.examples : {}))
      if (isObj(ex))
        call({ node: ex, kind: "example", docPointer: joinPointer(mPtr, "examples", name), ancestors: anc, parent: media.examples, key: name });
  }
}

const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;

function walkSchema(
  s: unknown,
  ptr: string,
  anc: JsonObject[],
  call: Visitor,
  propertyName?: string,
  parent?: unknown,
  key?: string | number,
) {
  if (!isObj(s)) return;
  // Guard against cycles through ancestors (the spec has none, but a bad $ref could make one).
  if (anc.includes(s)) return;
  call({ node: s, kind: "schema", docPointer: ptr, ancestors: anc, propertyName, parent, key });
  const a = [...anc, s];
  for (const [name, p] of Object.entries(isObj(s.properties) ? s.properties : {}))
    walkSchema(p, joinPointer(ptr, "properties", name), a, call, name, s.properties, name);
  if (isObj(s.items)) walkSchema(s.items, joinPointer(ptr, "items"), a, call, undefined, s, "items");
  if (isObj(s.additionalProperties))
    walkSchema(s.additionalProperties, joinPointer(ptr, "additionalProperties"), a, call, undefined, s, "additionalProperties");
  for (const k of SUBSCHEMA_LISTS)
    for (const [i, sub] of (Array.isArray(s[k]) ? s[k] : []).entries())
      walkSchema(sub, joinPointer(ptr, k, i), a, call, undefined, s[k], i);
}
