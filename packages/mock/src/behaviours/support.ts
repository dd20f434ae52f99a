// Small helpers the behaviour modules share: release-fitted defaults and reference lookups.
import { createHash } from "node:crypto";
import { isObj, type JsonObject, valueAt } from "../json.js";
import { isArrayType, type Schema, type SpecModel } from "../spec-model.js";
import type { BehaviourEnv } from "../engine/behaviour.js";
import type { Entry } from "../engine/store.js";

/**
 * A default value held to the release's schema: list items and enum values the release lacks are
 * dropped (a list left empty takes the schema's first allowed values), fields it lacks are dropped.
 */
export function fit(spec: SpecModel, s: Schema | undefined, v: unknown, whole = false): unknown {
  if (!s) return undefined;
  if (Array.isArray(v)) {
    if (!isArrayType(s)) return undefined;
    const items = s.items ? spec.norm(s.items) : {};
    // An item with a field the release cannot hold is dropped whole (a login for an application it lacks).
    const kept = v.map((x) => fit(spec, items, x, true)).filter((x) => x !== undefined);
    if (kept.length === 0 && v.length > 0 && items.enum?.length) return items.enum.slice(0, Math.min(3, items.enum.length));
    return kept;
  }
  if (isObj(v)) {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) {
      const f = fit(spec, spec.prop(s, k), x, whole);
      if (f !== undefined) out[k] = f;
      else if (whole && x !== undefined) return undefined;
    }
    return out;
  }
  if (s.enum && !s.enum.includes(v)) return undefined;
  return v;
}

/** The records of a collection whose `name` (and owner, when given) match. */
export function findByName(env: BehaviourEnv, collection: string, name: unknown, owner?: { name?: unknown; uuid?: unknown }): Entry | undefined {
  const store = env.store(collection);
  if (!store) return undefined;
  return store.list().find((e) => {
    if (e.rec.name !== name) return false;
    if (owner?.uuid !== undefined && valueAt(e.rec, "owner.uuid") !== owner.uuid) return false;
    if (owner?.name !== undefined && valueAt(e.rec, "owner.name") !== owner.name) return false;
    return true;
  });
}

/** The owner a body names, or the cluster's admin SVM. */
export function ownerOf(env: BehaviourEnv, rec: JsonObject): { name: string; uuid: string } {
  const o = rec.owner as { name?: string; uuid?: string } | undefined;
  const c = env.inventory.cluster;
  if (!o || (o.uuid ?? c.uuid) === c.uuid) return { name: c.name, uuid: c.uuid };
  const svm = env.inventory.svm({ ...(o.uuid !== undefined ? { uuid: o.uuid } : {}), ...(o.name !== undefined ? { name: o.name } : {}) });
  return svm ? { name: svm.name, uuid: svm.uuid } : { name: String(o.name ?? ""), uuid: String(o.uuid ?? "") };
}

/** Text that looks like PEM (base64 lines between markers), derived from `seed` so it is stable. */
export function pemLike(label: string, seed: string, lines = 6): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(createHash("sha512").update(`${seed}:${i}`).digest("base64").slice(0, 64));
  return `-----BEGIN ${label}-----\n${body.join("\n")}\n-----END ${label}-----\n`;
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest();
export const md5 = (text: string) => createHash("md5").update(text).digest();
