// What a handler reads besides the query: the read schema of the path, and the body (none, or a
// JSON object with dotted names expanded).
import { expandDotted, parseJsonBody } from "../body.js";
import { OntapError } from "../errors.js";
import type { Schema } from "../spec-model.js";
import type { Ctx, Env } from "./context.js";

export function readOf(env: Env, collection: string, instance?: string): Schema {
  const s = env.spec.readSchema(collection, instance);
  if (!s) throw new OntapError(500, "65562", `mock: no read schema for ${collection}`);
  return s;
}

export function noBody(ctx: Ctx) {
  if (ctx.body.trim() !== "") throw ctx.errors.make("262198");
}

export function requestBody(ctx: Ctx): Record<string, unknown> {
  return expandDotted(parseJsonBody(ctx.body, ctx.errors), ctx.errors);
}
