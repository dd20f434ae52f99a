// Request bodies: JSON parsing, dotted keys ({"svm.name": "vs1"}), and the check against the
// release's create / modify shape with ONTAP's error codes.
import type { Errors } from "./errors.js";
import { isObj } from "./json.js";
import { isArrayType, isObjectType, type Schema, type SpecModel } from "./spec-model.js";


export function parseJsonBody(text: string, errors: Errors): Record<string, unknown> {
  if (text.trim() === "") return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw errors.make("262199");
  }
  if (Array.isArray(v)) throw errors.make("262255");
  if (!isObj(v)) throw errors.make("262201");
  return v;
}

/** Turns dotted keys into nested objects, at every level. A field given twice → 262188. */
export function expandDotted(v: Record<string, unknown>, errors: Errors, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const set = (segs: string[], value: unknown) => {
    let cur = out;
    for (let i = 0; i < segs.length - 1; i++) {
      const s = segs[i]!;
      const next = cur[s] ?? (cur[s] = {});
      if (!isObj(next)) throw errors.make("262188", { target: prefix + segs.slice(0, i + 1).join(".") });
      cur = next;
    }
    const last = segs[segs.length - 1]!;
    const path = prefix + segs.join(".");
    const given = cur[last];
    if (given !== undefined) {
      if (isObj(given) && isObj(value)) {
        for (const [k, x] of Object.entries(value)) {
          if (given[k] !== undefined) throw errors.make("262188", { target: `${path}.${k}` });
          given[k] = x;
        }
        return;
      }
      throw errors.make("262188", { target: path });
    }
    cur[last] = value;
  };
  for (const [k, x] of Object.entries(v)) {
    const segs = k.split(".");
    const value = isObj(x) ? expandDotted(x, errors, `${prefix}${k}.`) : x;
    set(segs, value);
  }
  return out;
}

export interface BodyCheck {
  spec: SpecModel;
  errors: Errors;
  /** The shape this request must follow (create or modify). */
  request: Schema;
  /** The read shape: fields it has but the request shape lacks are read-only. */
  read?: Schema;
  /** The create shape, for PATCH: fields it has but the modify shape lacks are create-only. */
  create?: Schema;
  mode: "create" | "modify";
  /** Resource-specific codes for a length violation of a field, e.g. {"secret_key": "66257200"}. */
  lengthCodes?: Record<string, string>;
}

/** The same error builder, with the offending value replaced by asterisks in 262197 messages. */
function maskValues(errors: Errors): Errors {
  return Object.assign(Object.create(errors) as Errors, { invalid: (field: string, _value: unknown, allowed?: unknown[]) => errors.invalid(field, "********", allowed) });
}

export function checkBody(body: Record<string, unknown>, c: BodyCheck): void {
  walkObject(body, c.request, c.read, c.create, "", c);
}

function walkObject(value: Record<string, unknown>, req: Schema, read: Schema | undefined, create: Schema | undefined, prefix: string, c: BodyCheck) {
  const { spec, errors } = c;
  for (const [k, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${k}` : k;
    const r = spec.prop(req, k);
    if (r) {
      // One schema for reading and writing: its flags say what a request may set.
      if (r.readOnly || (c.mode === "modify" && r["x-ontap-create-only"] === true)) throw errors.cannotSet(path);
      checkValue(v, r, spec.prop(read, k), spec.prop(create, k), path, c);
      continue;
    }
    if (spec.prop(read, k) || spec.prop(create, k)) throw errors.cannotSet(path);
    throw errors.unexpected(path);
  }
  if (c.mode === "create") {
    for (const name of req.required ?? []) if (value[name] === undefined) throw errors.missing(prefix ? `${prefix}.${name}` : name);
  }
}

function checkValue(v: unknown, s: Schema, read: Schema | undefined, create: Schema | undefined, path: string, c: BodyCheck) {
  const { spec } = c;
  // A secret's value is never echoed in an error message.
  const secret = s["x-ontap-sensitive"] === true || s.writeOnly === true;
  const errors = secret ? maskValues(c.errors) : c.errors;
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (v === null) {
    if (types.includes("null")) return;
    throw errors.invalid(path, null);
  }
  if (isObjectType(s) && !types.includes("string")) {
    if (Array.isArray(v)) throw errors.make("262255", { target: path });
    if (!isObj(v)) throw errors.invalid(path, v);
    walkObject(v, s, read, create, path, c);
    return;
  }
  if (isArrayType(s)) {
    if (!Array.isArray(v)) throw errors.invalid(path, v);
    const items = s.items ? spec.norm(s.items) : {};
    v.forEach((x) => checkValue(x, items, undefined, undefined, path, c));
    return;
  }
  if (Array.isArray(v)) throw errors.make("262255", { target: path });
  if (isObj(v)) throw errors.invalid(path, v);
  const t = types.find((x) => x !== "null");
  if (t === "string" && typeof v !== "string") throw errors.invalid(path, v);
  if (t === "boolean" && typeof v !== "boolean") throw errors.invalid(path, v);
  if ((t === "integer" || t === "number") && (typeof v !== "number" || (t === "integer" && !Number.isInteger(v)))) throw errors.invalid(path, v);
  if (s.enum && !s.enum.includes(v)) throw errors.invalid(path, v, s.enum);
  if (typeof v === "string") {
    const len = [...v].length;
    if ((s.minLength !== undefined && len < s.minLength) || (s.maxLength !== undefined && len > s.maxLength)) {
      const code = c.lengthCodes?.[path];
      if (code && errors.documents(code)) throw errors.make(code, { target: path });
      throw errors.make("262245", { target: path, args: {} });
    }
  }
  if (typeof v === "number") {
    if ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum)) throw errors.invalid(path, v);
  }
}
