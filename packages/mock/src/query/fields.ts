// `fields=`: which fields a response carries. `*` and `**` select every field; dotted paths select
// parts of objects. A name the release's read shape lacks → 262197 with target `fields`.
import type { Errors } from "../errors.js";
import { isArrayType, type Schema, type SpecModel } from "../spec-model.js";
import { isObj } from "../json.js";

/** "all", or the selected children by name. */
export type Selection = "all" | Map<string, Selection>;

export function splitList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function parseFields(values: string[], spec: SpecModel, read: Schema, errors: Errors): Selection | undefined {
  const names = splitList(values);
  if (names.length === 0) return undefined;
  if (names.some((n) => n === "*" || n === "**")) return "all";
  const root = new Map<string, Selection>();
  for (const name of names) {
    if (!spec.at(read, name)) throw errors.invalid("fields", name, ["field", "..."]);
    addPath(root, name.split("."));
  }
  return root;
}

export function addPath(root: Map<string, Selection>, segs: string[]): void {
  let cur = root;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const existing = cur.get(s);
    if (existing === "all") return;
    if (i === segs.length - 1) {
      cur.set(s, "all");
      return;
    }
    if (!existing) {
      const m = new Map<string, Selection>();
      cur.set(s, m);
      cur = m;
    } else cur = existing;
  }
}

export interface ProjectOptions {
  hal: boolean;
  /** Also drop fields marked x-ontap-sensitive (stored secrets are never answered). */
  dropSensitive?: boolean;
}


/**
 * The value as the read shape and the selection allow: fields the release does not have
 * (write-only, later releases) never leave the mock. `_links` go with their object in HAL mode.
 */
export function project(v: unknown, s: Schema, sel: Selection, spec: SpecModel, o: ProjectOptions): unknown {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) {
    const items = isArrayType(s) && s.items ? spec.norm(s.items) : {};
    return v.map((x) => project(x, items, sel, spec, o));
  }
  if (!isObj(v)) return v;
  if (!s.properties) return s.additionalProperties === false ? {} : v;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(s.properties)) {
    const x = v[name];
    if (x === undefined) continue;
    if (name === "_links") {
      if (o.hal) out._links = x;
      continue;
    }
    const sub = sel === "all" ? "all" : sel.get(name);
    if (sub === undefined) continue;
    const p = spec.prop(s, name)!;
    if (p.writeOnly || (o.dropSensitive && p["x-ontap-sensitive"] === true)) continue;
    const projected = project(x, p, sub, spec, o);
    if (projected !== undefined) out[name] = projected;
  }
  return out;
}
