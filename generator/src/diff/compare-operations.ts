// Compares the operations of two sliced documents: presence, identity, parameters, request bodies,
// responses and the ONTAP error codes each documents.
import type { MediaTypeObject, SliceDocument } from "@ontap-sec/slice-model";
import { change, type Change } from "./model.js";
import { compareSchemas, fmt, type SchemaContext } from "./compare-schemas.js";
import type { RuleId } from "./rules.js";
import { deref, isObj, operations, type OperationRef, paramKey, sameValue } from "./slice-model.js";

const SHAPE_OF_METHOD: Record<string, SchemaContext["shape"]> = { post: "create", put: "modify", patch: "modify" };

export function compareOperations(oldDoc: SliceDocument, newDoc: SliceDocument, out: Change[]): void {
  const oldOps = operations(oldDoc);
  const newOps = operations(newDoc);
  const keys = [...new Set([...oldOps.keys(), ...newOps.keys()])].sort();
  for (const key of keys) {
    const o = oldOps.get(key);
    const n = newOps.get(key);
    if (o && n) compareOperation(oldDoc, newDoc, o, n, out);
    else if (n)
      out.push(change("operation-added", { operation: key, operationId: n.op.operationId, location: "operation", message: `operation added${n.op.summary ? `: ${n.op.summary}` : ""}` }));
    else if (o)
      out.push(change("operation-removed", { operation: key, operationId: o.op.operationId, location: "operation", message: `operation removed${o.op.summary ? `: ${o.op.summary}` : ""}` }));
  }
}

function compareOperation(oldDoc: SliceDocument, newDoc: SliceDocument, o: OperationRef, n: OperationRef, out: Change[]): void {
  const operation = n.key;
  const operationId = n.op.operationId ?? o.op.operationId;
  const emit = (id: RuleId, location: string, message: string, before?: unknown, after?: unknown, path?: string) =>
    out.push(change(id, { operation, operationId, location, path, message, before, after }));

  // identity and text
  if (o.op.operationId !== n.op.operationId)
    emit("operation-id-changed", "operation", `operationId changed ${fmt(o.op.operationId)} → ${fmt(n.op.operationId)}`, o.op.operationId, n.op.operationId);
  if ((o.op.deprecated === true) !== (n.op.deprecated === true))
    emit(n.op.deprecated === true ? "operation-deprecated" : "operation-deprecation-removed", "operation", n.op.deprecated === true ? "operation deprecated" : "operation no longer deprecated");
  for (const k of ["summary", "description"] as const)
    if (!sameValue(o.op[k], n.op[k])) emit("operation-docs-changed", "operation", `${k} changed`, o.op[k], n.op[k]);
  if (!sameValue(o.op.tags, n.op.tags)) emit("operation-tags-changed", "operation", `tags changed`, o.op.tags, n.op.tags);

  // parameters
  const op = new Map(o.parameters.map((p) => [paramKey(p), p]));
  const np = new Map(n.parameters.map((p) => [paramKey(p), p]));
  for (const key of [...new Set([...op.keys(), ...np.keys()])].sort()) {
    const a = op.get(key);
    const b = np.get(key)!;
    const location = `parameter:${key}`;
    if (!a) {
      emit(b.required === true ? "required-parameter-added" : "parameter-added", location, `parameter added${b.required === true ? ", required" : ""}`);
      continue;
    }
    if (!b) {
      emit("parameter-removed", location, "parameter removed");
      continue;
    }
    if ((a.required === true) !== (b.required === true))
      emit(b.required === true ? "parameter-became-required" : "parameter-became-optional", location, `parameter became ${b.required === true ? "required" : "optional"}`);
    if (!sameValue(a.style, b.style) || !sameValue(a.explode, b.explode))
      emit("parameter-serialization-changed", location, "parameter serialization changed", { style: a.style, explode: a.explode }, { style: b.style, explode: b.explode });
    if (!sameValue(a.description, b.description)) emit("parameter-docs-changed", location, "parameter description changed", a.description, b.description);
    compareSchemas({ oldDoc, newDoc, side: "request", shape: "other", operation, operationId, location, out }, a.schema ?? {}, b.schema ?? {});
  }

  // request body
  const ob = o.op.requestBody ? deref(oldDoc, o.op.requestBody) : undefined;
  const nb = n.op.requestBody ? deref(newDoc, n.op.requestBody) : undefined;
  if (ob && !nb) emit("request-body-removed", "request-body", "request body removed");
  else if (!ob && nb) emit(nb.required === true ? "required-request-body-added" : "request-body-added", "request-body", `request body added${nb.required === true ? ", required" : ""}`);
  else if (ob && nb) {
    if ((ob.required === true) !== (nb.required === true))
      emit(nb.required === true ? "request-body-became-required" : "request-body-became-optional", "request-body", `request body became ${nb.required === true ? "required" : "optional"}`);
    compareContent(oldDoc, newDoc, ob.content, nb.content, "request", "request-body", SHAPE_OF_METHOD[n.method] ?? "other", operation, operationId, out);
  }

  // responses
  const ors = o.op.responses ?? {};
  const nrs = n.op.responses ?? {};
  const statuses = [...new Set([...Object.keys(ors), ...Object.keys(nrs)])].sort();
  for (const status of statuses) {
    const success = /^2/.test(status);
    const location = `response:${status}`;
    if (!(status in nrs)) {
      emit(success ? "response-success-status-removed" : "response-status-removed", location, `response ${status} removed`);
      continue;
    }
    if (!(status in ors)) {
      emit(success ? "response-success-status-added" : "response-status-added", location, `response ${status} added`);
      continue;
    }
    const a = deref(oldDoc, ors[status]);
    const b = deref(newDoc, nrs[status]);
    if (!sameValue(a?.description, b?.description)) emit("operation-docs-changed", location, `description of response ${status} changed`, a?.description, b?.description);
    compareContent(oldDoc, newDoc, a?.content, b?.content, "response", `response-body:${status}`, "other", operation, operationId, out);
  }

  // ONTAP error codes
  compareErrors(oldDoc, newDoc, o.op["x-ontap-errors"], n.op["x-ontap-errors"], operation, operationId, out);
}

function compareContent(
  oldDoc: SliceDocument,
  newDoc: SliceDocument,
  oc: Record<string, MediaTypeObject> | undefined,
  nc: Record<string, MediaTypeObject> | undefined,
  side: "request" | "response",
  location: string,
  shape: SchemaContext["shape"],
  operation: string,
  operationId: string | undefined,
  out: Change[],
): void {
  const a = isObj(oc) ? oc : {};
  const b = isObj(nc) ? nc : {};
  const types = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const several = Object.keys(a).length > 1 || Object.keys(b).length > 1;
  // One media type each, but different: compare the schemas anyway (the change of type is reported).
  const single = Object.keys(a).length === 1 && Object.keys(b).length === 1;
  for (const mt of types) {
    const loc = several ? `${location}:${mt}` : location;
    if (!(mt in b)) out.push(change(side === "request" ? "request-media-type-removed" : "response-media-type-removed", { operation, operationId, location: loc, message: `media type ${mt} removed`, before: mt }));
    else if (!(mt in a)) out.push(change(side === "request" ? "request-media-type-added" : "response-media-type-added", { operation, operationId, location: loc, message: `media type ${mt} added`, after: mt }));
  }
  const pairs: [MediaTypeObject | undefined, MediaTypeObject | undefined][] = single ? [[Object.values(a)[0], Object.values(b)[0]]] : types.filter((mt) => mt in a && mt in b).map((mt) => [a[mt], b[mt]]);
  const locs = single ? [location] : types.filter((mt) => mt in a && mt in b).map((mt) => (several ? `${location}:${mt}` : location));
  pairs.forEach(([ma, mb], i) => {
    const loc = locs[i]!;
    if (ma?.schema !== undefined || mb?.schema !== undefined)
      compareSchemas({ oldDoc, newDoc, side, shape, operation, operationId, location: loc, out }, ma?.schema ?? {}, mb?.schema ?? {});
    if (!sameValue(ma?.examples, mb?.examples) || !sameValue(ma?.example, mb?.example)) {
      const names = (m: MediaTypeObject | undefined) => Object.keys(isObj(m?.examples) ? m.examples : {}).sort();
      out.push(change("examples-changed", { operation, operationId, location: loc, message: "examples changed", before: names(ma), after: names(mb) }));
    }
  });
}

interface SlicedError {
  code: string;
  name?: string;
  message?: string;
  status?: number;
}

function compareErrors(oldDoc: SliceDocument, newDoc: SliceDocument, oldList: unknown, newList: unknown, operation: string, operationId: string | undefined, out: Change[]): void {
  const index = (l: unknown) => new Map<string, SlicedError>((Array.isArray(l) ? l : []).filter((e) => isObj(e) && typeof e.code === "string").map((e) => [e.code, e]));
  const a = index(oldList);
  const b = index(newList);
  const byCode = (x: string, y: string) => Number(x) - Number(y) || (x < y ? -1 : x > y ? 1 : 0);
  const oc = oldDoc?.["x-ontap-error-catalog"] ?? {};
  const nc = newDoc?.["x-ontap-error-catalog"] ?? {};
  for (const code of [...new Set([...a.keys(), ...b.keys()])].sort(byCode)) {
    const x = a.get(code);
    const y = b.get(code);
    const base = { operation, operationId, location: "errors" };
    if (!x) out.push(change("error-code-added", { ...base, message: `error ${code} ${y!.name ?? ""} documented`.trimEnd(), after: y }));
    else if (!y) out.push(change("error-code-removed", { ...base, message: `error ${code} ${x.name ?? ""} no longer documented`.trimEnd(), before: x }));
    else if (x.message !== y.message) {
      // A catalog change that the operation merely follows is reported once, in the catalog.
      const followsCatalog = x.message === oc[code]?.message && y.message === nc[code]?.message;
      if (!followsCatalog) out.push(change("error-code-message-changed", { ...base, message: `message of error ${code} ${y.name ?? ""} changed`, before: x.message, after: y.message }));
    }
  }
}
