// Records as answered: projected on the selected fields, with a self link under HAL.
import { type JsonObject, valueAt } from "../json.js";
import { addPath, project, type Selection } from "../query/fields.js";
import type { Schema } from "../spec-model.js";
import type { Ctx, Env } from "./context.js";

export function withSelf(rec: JsonObject, read: Schema, href: string): JsonObject {
  return read.properties?._links ? { ...rec, _links: { self: { href } } } : rec;
}

export function render(env: Env, ctx: Ctx, rec: unknown, read: Schema, sel: Selection): unknown {
  return project(rec, read, sel, env.spec, { hal: ctx.hal });
}

export function keySelection(keyFields: string[], fields?: Selection): Selection {
  if (fields === "all") return "all";
  const m = new Map<string, Selection>(fields ? [...fields] : []);
  for (const k of keyFields) addPath(m, k.split("."));
  return m;
}

export const hrefOf = (collection: string, key: string) => `/api${collection}/${encodeURIComponent(key)}`;

export function keyOf(rec: unknown, keyPath: string): string {
  return valueAt(rec, keyPath) as string;
}
