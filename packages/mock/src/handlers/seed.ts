// The seeded data, created through the same checks as a POST.
import { checkBody, expandDotted } from "../body.js";
import { Errors } from "../errors.js";
import type { Env } from "./context.js";
import { readOf } from "./request.js";
import { RESOURCES } from "./resources.js";

/** Creates the seeded policies through the same checks as a POST (seeded CA certificates: behaviours/ipsec.ts). */
export function applySeed(env: Env): void {
  const s = env.state.seedOptions;
  const pol = env.spec.op("POST", RESOURCES[0]!.collection);
  for (const p of s.policies ?? []) {
    if (!pol) break;
    const errors = new Errors(env.spec, pol);
    const body = expandDotted(structuredClone(p), errors);
    checkBody(body, { spec: env.spec, errors, request: pol.requestSchema ?? {}, read: readOf(env, RESOURCES[0]!.collection, RESOURCES[0]!.instance), mode: "create" });
    env.state.policies.create(body, errors);
  }
}
