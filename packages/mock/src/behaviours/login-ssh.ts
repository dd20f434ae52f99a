// Login banners and messages (one record per SVM plus the cluster's; GET / PATCH only) and the SSH
// server configuration: /security/ssh for the cluster (a singleton) and /security/ssh/svms per data
// SVM. Defaults are ONTAP's, held to the enums of the release (fit), so a value a release lacks is
// never answered.
import type { Behaviour, BehaviourEnv, WriteCtx } from "../engine/behaviour.js";
import type { JsonObject } from "../json.js";
import type { Schema } from "../spec-model.js";
import { fit } from "./support.js";

export const loginMessages: Behaviour = {
  path: "/security/login/messages",
  seedExamples: false,
  listFields: ["scope", "svm.name"],
  seed: (env, model) => {
    const records: JsonObject[] = [{ uuid: env.uuid(), scope: "cluster", banner: "", message: "" }];
    for (const svm of env.inventory.svms) records.push({ uuid: env.uuid(), scope: "svm", svm: { name: svm.name, uuid: svm.uuid }, banner: "", message: "", show_cluster_message: true });
    return records.map((r) => (model ? (fit(env.spec, model.read, r) as JsonObject) : r));
  },
};

/** ONTAP's default SSH configuration (9.x), before fitting to the release's enums. */
const SSH_DEFAULTS: JsonObject = {
  ciphers: ["aes256_ctr", "aes192_ctr", "aes128_ctr", "aes256_gcm", "aes128_gcm", "chacha20_poly1305"],
  key_exchange_algorithms: ["diffie_hellman_group_exchange_sha256", "ecdh_sha2_nistp256", "ecdh_sha2_nistp384", "ecdh_sha2_nistp521", "curve25519_sha256"],
  mac_algorithms: ["hmac_sha2_256", "hmac_sha2_512", "hmac_sha2_256_etm", "hmac_sha2_512_etm"],
  host_key_algorithms: ["ecdsa_sha2_nistp256", "ssh_ed25519", "ssh_rsa"],
  max_authentication_retry_count: 4,
  is_rsa_in_publickey_algorithms_enabled: false,
  connections_per_second: 10,
  max_instances: 64,
  per_source_limit: 32,
};

/** An SSH configuration must keep at least one algorithm of each kind (the codes of the modify operations). */
function checkLists(body: JsonObject, ctx: WriteCtx) {
  const codes: Record<string, string> = { key_exchange_algorithms: "10682372", ciphers: "10682373", mac_algorithms: "10682403", host_key_algorithms: "10682423" };
  for (const [field, code] of Object.entries(codes)) if (Array.isArray(body[field]) && body[field].length === 0) throw ctx.errors.pick(code, "262197", { target: field });
}

function sshDefaults(env: BehaviourEnv, read: Schema | undefined): JsonObject {
  return (fit(env.spec, read, SSH_DEFAULTS) as JsonObject | undefined) ?? {};
}

export const ssh: Behaviour = {
  path: "/security/ssh",
  seed: (env) => sshDefaults(env, env.spec.responseSchema("GET", "/security/ssh")),
  modify: (_next, body, ctx) => checkLists(body, ctx),
};

export const sshSvms: Behaviour = {
  path: "/security/ssh/svms",
  seedExamples: false,
  listFields: ["svm.name"],
  seed: (env, model) => env.inventory.svms.map((s) => ({ ...sshDefaults(env, model?.read), svm: { name: s.name, uuid: s.uuid } })),
  modify: (_next, body, ctx) => checkLists(body, ctx),
};
