// Compares two schemas (parameter schemas, request bodies, response bodies) of the same location,
// property by property, and reports what changed with a direction-aware rule.
import type { SchemaObject, SliceDocument } from "@ontap-sec/slice-model";
import { change, type Change } from "./model.js";
import type { RuleId } from "./rules.js";
import { isObj, propertyFlags, resolveSchema, sameValue, stableStringify, typesOf } from "./slice-model.js";

export type Side = "request" | "response";

export interface SchemaContext {
  oldDoc: SliceDocument;
  newDoc: SliceDocument;
  side: Side;
  /** For request bodies: `create` (POST) or `modify` (PATCH/PUT); parameters are `other`. */
  shape: "create" | "modify" | "other";
  operation?: string;
  operationId?: string;
  location: string;
  out: Change[];
}

/** Keywords handled explicitly (or structural); anything else falls to `*-schema-keyword-changed`. */
const HANDLED = new Set([
  "type",
  "format",
  "enum",
  "maxLength",
  "minLength",
  "maximum",
  "minimum",
  "pattern",
  "default",
  "x-ontap-sensitive",
  "description",
  "title",
  "examples",
  "example",
  "properties",
  "required",
  "items",
  "additionalProperties",
  "allOf",
  "oneOf",
  "anyOf",
  "prefixItems",
  "$ref",
  // Access modes decide whether a property is in a shape at all; they are reported as the
  // property leaving or joining the shape (see the property rules).
  "readOnly",
  "writeOnly",
  "x-ontap-create-only",
]);

const DOCS = ["description", "title", "examples", "example"] as const;

export function compareSchemas(ctx: SchemaContext, oldNode: unknown, newNode: unknown, path = ""): void {
  walk(ctx, oldNode, newNode, path, new Set());
}

function walk(ctx: SchemaContext, oldNode: unknown, newNode: unknown, path: string, stack: Set<string>): void {
  const o = resolveSchema(ctx.oldDoc, oldNode);
  const n = resolveSchema(ctx.newDoc, newNode);
  const key = `${o.refs.join(",")}|${n.refs.join(",")}`;
  if (o.refs.length && n.refs.length) {
    if (stack.has(key)) return;
    stack = new Set(stack).add(key);
  }
  const os = o.schema;
  const ns = n.schema;
  const emit = (id: RuleId, message: string, before?: unknown, after?: unknown) =>
    ctx.out.push(
      change(id, {
        operation: ctx.operation,
        operationId: ctx.operationId,
        location: ctx.location,
        path: path || undefined,
        message,
        before,
        after,
      }),
    );
  const what = path ? `\`${path}\`` : ctx.location.startsWith("parameter:") ? "the parameter" : "the body";
  const req = ctx.side === "request";

  // type
  const ot = typesOf(os);
  const nt = typesOf(ns);
  if (stableStringify(ot) !== stableStringify(nt)) {
    const widened = ot !== undefined && (nt === undefined || ot.every((t) => nt.includes(t)));
    const narrowed = nt !== undefined && (ot === undefined || nt.every((t) => ot.includes(t)));
    const show = (t?: string[]) => (t ? t.join(" | ") : "any");
    const id: RuleId = req ? (widened ? "request-type-widened" : "request-type-changed") : narrowed ? "response-type-narrowed" : "response-type-changed";
    emit(id, `type of ${what} changed ${show(ot)} → ${show(nt)}`, ot, nt);
  }
  if (os.format !== ns.format) emit(req ? "request-format-changed" : "response-format-changed", `format of ${what} changed ${os.format ?? "(none)"} → ${ns.format ?? "(none)"}`, os.format, ns.format);

  // enum
  const oe: unknown[] | undefined = Array.isArray(os.enum) ? os.enum : undefined;
  const ne: unknown[] | undefined = Array.isArray(ns.enum) ? ns.enum : undefined;
  if (oe && ne) {
    const has = (list: unknown[], v: unknown) => list.some((x) => sameValue(x, v));
    for (const v of ne) if (!has(oe, v)) emit(req ? "request-enum-value-added" : "response-enum-value-added", `${what} has new enum value ${fmt(v)}`, undefined, v);
    for (const v of oe) if (!has(ne, v)) emit(req ? "request-enum-value-removed" : "response-enum-value-removed", `${what} lost enum value ${fmt(v)}`, v, undefined);
  } else if (ne && !oe) emit(req ? "request-enum-added" : "response-enum-added", `${what} is now an enum: ${ne.map(fmt).join(", ")}`, undefined, ne);
  else if (oe && !ne) emit(req ? "request-enum-removed" : "response-enum-removed", `${what} is no longer an enum (was ${oe.map(fmt).join(", ")})`, oe, undefined);

  // bounds: upper bounds (maxLength, maximum) and lower bounds (minLength, minimum)
  const bound = (kw: string, upper: boolean, tighter: RuleId, looser: RuleId) => {
    const a = os[kw];
    const b = ns[kw];
    if (a === b || (typeof a !== "number" && typeof b !== "number")) return;
    const av = typeof a === "number" ? a : upper ? Infinity : -Infinity;
    const bv = typeof b === "number" ? b : upper ? Infinity : -Infinity;
    if (av === bv) return;
    const tightened = upper ? bv < av : bv > av;
    const show = (x: unknown) => (typeof x === "number" ? String(x) : "none");
    emit(tightened ? tighter : looser, `${kw} of ${what} ${tightened === upper ? "decreased" : "increased"} ${show(a)} → ${show(b)}`, a, b);
  };
  if (req) {
    bound("maxLength", true, "request-max-length-decreased", "request-max-length-increased");
    bound("minLength", false, "request-min-length-increased", "request-min-length-decreased");
    bound("maximum", true, "request-maximum-decreased", "request-maximum-increased");
    bound("minimum", false, "request-minimum-increased", "request-minimum-decreased");
  } else {
    bound("maxLength", true, "response-max-length-decreased", "response-max-length-increased");
    bound("minLength", false, "response-min-length-increased", "response-min-length-decreased");
    bound("maximum", true, "response-maximum-decreased", "response-maximum-increased");
    bound("minimum", false, "response-minimum-increased", "response-minimum-decreased");
  }

  // pattern
  if (os.pattern !== ns.pattern) {
    let id: RuleId;
    if (req) id = ns.pattern === undefined ? "request-pattern-removed" : "request-pattern-changed";
    else id = os.pattern === undefined ? "response-pattern-added" : "response-pattern-changed";
    emit(id, `pattern of ${what} changed ${os.pattern === undefined ? "(none)" : `/${os.pattern}/`} → ${ns.pattern === undefined ? "(none)" : `/${ns.pattern}/`}`, os.pattern, ns.pattern);
  }
  if (!sameValue(os.default, ns.default))
    emit(req ? "request-default-changed" : "response-default-changed", `default of ${what} changed ${fmt(os.default)} → ${fmt(ns.default)}`, os.default, ns.default);

  // sensitivity
  const osens = os["x-ontap-sensitive"] === true;
  const nsens = ns["x-ontap-sensitive"] === true;
  if (osens !== nsens) emit(nsens ? "property-became-sensitive" : "property-no-longer-sensitive", `${what} ${nsens ? "is now" : "is no longer"} marked sensitive`, osens, nsens);

  // documentation
  const docs = DOCS.filter((k) => !sameValue(os[k], ns[k]));
  if (docs.length) {
    const d = docs.includes("description");
    emit("property-docs-changed", `${docs.join(", ")} of ${what} changed`, d ? os.description : undefined, d ? ns.description : undefined);
  }

  // any other keyword
  const others = [...new Set([...Object.keys(os), ...Object.keys(ns)])].filter((k) => !HANDLED.has(k)).sort();
  for (const k of others)
    if (!sameValue(os[k], ns[k])) emit(req ? "request-schema-keyword-changed" : "response-schema-keyword-changed", `${k} of ${what} changed ${fmt(os[k])} → ${fmt(ns[k])}`, os[k], ns[k]);

  // properties
  const op: Record<string, SchemaObject> = os.properties ?? {};
  const np: Record<string, SchemaObject> = ns.properties ?? {};
  const oreq = new Set<string>(Array.isArray(os.required) ? os.required : []);
  const nreq = new Set<string>(Array.isArray(ns.required) ? ns.required : []);
  const names = [...new Set([...Object.keys(op), ...Object.keys(np)])].sort();
  for (const name of names) {
    const sub = path ? `${path}.${name}` : name;
    const pwhat = `\`${sub}\``;
    const emitAt = (id: RuleId, message: string, before?: unknown, after?: unknown) =>
      ctx.out.push(change(id, { operation: ctx.operation, operationId: ctx.operationId, location: ctx.location, path: sub, message, before, after }));
    if (name in op && name in np) {
      if (req && oreq.has(name) !== nreq.has(name))
        emitAt(nreq.has(name) ? "request-property-became-required" : "request-property-became-optional", `${pwhat} became ${nreq.has(name) ? "required" : "optional"}`);
      walk(ctx, op[name], np[name], sub, stack);
    } else if (name in np) {
      const was = propertyFlags(ctx.oldDoc, o.refs, name);
      if (req) {
        if (was.readOnly) emitAt("request-property-became-writable", `${pwhat} is no longer read-only: it can be sent`);
        else if (was.createOnly && ctx.shape === "modify") emitAt("request-property-became-patchable", `${pwhat} is no longer create-only: PATCH can change it`);
        else if (nreq.has(name)) emitAt("request-required-property-added", `${pwhat} added, required`, undefined, summarize(ctx.newDoc, np[name]));
        else emitAt("request-property-added", `${pwhat} added`, undefined, summarize(ctx.newDoc, np[name]));
      } else if (was.writeOnly) emitAt("response-property-no-longer-write-only", `${pwhat} is no longer write-only: it is returned`);
      else emitAt("response-property-added", `${pwhat} added`, undefined, summarize(ctx.newDoc, np[name]));
    } else {
      const now = propertyFlags(ctx.newDoc, n.refs, name);
      if (req) {
        if (now.readOnly) emitAt("request-property-became-read-only", `${pwhat} became read-only: it can no longer be sent`);
        else if (now.createOnly && ctx.shape === "modify") emitAt("request-property-became-create-only", `${pwhat} became create-only: PATCH can no longer change it`);
        else emitAt("request-property-removed", `${pwhat} removed`, summarize(ctx.oldDoc, op[name]), undefined);
      } else if (now.writeOnly) emitAt("response-property-became-write-only", `${pwhat} became write-only: it is no longer returned`);
      else emitAt("response-property-removed", `${pwhat} removed`, summarize(ctx.oldDoc, op[name]), undefined);
    }
  }

  // arrays, maps, alternatives
  if (os.items !== undefined && ns.items !== undefined && isObj(os.items) && isObj(ns.items)) walk(ctx, os.items, ns.items, `${path}[]`, stack);
  if (isObj(os.additionalProperties) && isObj(ns.additionalProperties)) walk(ctx, os.additionalProperties, ns.additionalProperties, `${path}{}`, stack);
  else if (!sameValue(os.additionalProperties, ns.additionalProperties) && !(os.additionalProperties === undefined || ns.additionalProperties === undefined))
    emit(req ? "request-schema-keyword-changed" : "response-schema-keyword-changed", `additionalProperties of ${what} changed`, os.additionalProperties, ns.additionalProperties);
  for (const k of ["oneOf", "anyOf", "prefixItems"] as const) {
    const a = os[k];
    const b = ns[k];
    if (a === undefined && b === undefined) continue;
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      emit(req ? "request-schema-keyword-changed" : "response-schema-keyword-changed", `${k} of ${what} changed`, Array.isArray(a) ? a.length : a, Array.isArray(b) ? b.length : b);
      continue;
    }
    a.forEach((x, i) => walk(ctx, x, b[i], `${path}<${k}[${i}]>`, stack));
  }
}

/** A short description of a property's schema for before/after. */
function summarize(doc: SliceDocument, node: unknown): Record<string, unknown> {
  const s = resolveSchema(doc, node).schema;
  const out: Record<string, unknown> = {};
  const t = typesOf(s);
  if (t) out.type = t.length === 1 ? t[0] : t;
  for (const k of ["format", "enum", "minLength", "maxLength", "minimum", "maximum", "pattern", "x-ontap-create-only", "x-ontap-sensitive"])
    if (s[k] !== undefined) out[k] = s[k];
  return out;
}

export function fmt(v: unknown): string {
  if (v === undefined) return "(none)";
  return typeof v === "string" ? `"${v}"` : JSON.stringify(v);
}
