// The IPsec resources served by the engine: the /security/ipsec singleton (hardware offload rules)
// and the CA certificates added to IPsec (references to CA certificates installed on the cluster).
import type { Behaviour, WriteCtx } from "../engine/behaviour.js";
import { isObj, type JsonObject, valueAt } from "../json.js";
import { certificateRef } from "../state/inventory.js";
import { deepMerge, initialIpsec } from "../state/singletons.js";

export const ipsec: Behaviour = {
  path: "/security/ipsec",
  seed: (env) => deepMerge(initialIpsec(), isObj(env.seedOptions.ipsec) ? env.seedOptions.ipsec : {}),
  modify: (_next, body, ctx, current) => checkOffload(ctx, current, body),
};

/**
 * IPsec hardware offload (9.16+), per the codes of PATCH /security/ipsec: the switch only moves
 * while IPsec is disabled (66256913, judged on the current state), and offload cannot run with
 * anti-replay protection, i.e. a replay window other than 0 (66256915).
 */
function checkOffload(ctx: WriteCtx, cur: JsonObject, body: JsonObject) {
  const { errors } = ctx;
  if (body.offload_enabled !== undefined && body.offload_enabled !== cur.offload_enabled && cur.enabled === true && errors.documents("66256913"))
    throw errors.make("66256913", { target: "offload_enabled" });
  const offload = body.offload_enabled ?? cur.offload_enabled;
  const replay = body.replay_window ?? cur.replay_window;
  if (offload === true && replay !== 0 && errors.documents("66256915")) throw errors.make("66256915", { target: body.offload_enabled !== undefined ? "offload_enabled" : "replay_window" });
}

/**
 * CA certificates of IPsec (9.10+): only certificates of a CA type in the inventory ("not
 * installed": 66257296 up to 9.15, 66257304 from 9.16); removing one not added 66257303 (9.11+).
 */
export const ipsecCaCertificates: Behaviour = {
  path: "/security/ipsec/ca-certificates",
  notFoundCode: "66257303",
  seedExamples: false,
  seed: (env) => {
    const uuids = Array.isArray(env.seedOptions.caCertificates) ? env.seedOptions.caCertificates.map(String) : [];
    for (const u of uuids) if (!env.inventory.certificate(u)?.type.endsWith("_ca")) throw new Error(`mock: seed.caCertificates: ${u} is not a CA certificate of the inventory`);
    return uuids.map((uuid) => ({ certificate: certificateRef({ uuid }), scope: "cluster" }));
  },
  create(rec, _body, ctx) {
    const uuid = valueAt(rec, "certificate.uuid");
    if (typeof uuid !== "string") throw ctx.errors.missing("certificate.uuid");
    const cert = ctx.inventory.certificate(uuid);
    if (!cert || !cert.type.endsWith("_ca")) throw ctx.errors.pick(["66257304", "66257296"], "4", { target: "certificate.uuid" });
    rec.certificate = certificateRef({ uuid });
  },
};
