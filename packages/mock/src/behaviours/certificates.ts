// /security/certificates (key uuid), signing with a CA certificate and certificate signing
// requests. The certificates the IPsec endpoints refer to (the inventory's) are the seeded ones,
// and installing or deleting one here changes what IPsec can use. Certificates and keys are
// PEM-looking text, not real DER: the mock checks shapes, not cryptography. A private key is kept
// and never answered.
import type { Behaviour, BehaviourEnv, WriteCtx } from "../engine/behaviour.js";
import { type JsonObject, valueAt } from "../json.js";
import type { CertificateType } from "../state/inventory.js";
import { pemLike, sha256 } from "./support.js";

const CERTIFICATES = "/security/certificates";
const CA_TYPES = new Set(["root_ca", "server_ca", "client_ca"]);

function serialOf(seed: string): string {
  return sha256(seed).toString("hex").slice(0, 16).toUpperCase();
}

function record(env: BehaviourEnv, c: { name: string; uuid: string; type: string; svm?: string }): JsonObject {
  const svm = c.svm ? env.inventory.svm({ name: c.svm }) : undefined;
  return {
    uuid: c.uuid,
    name: c.name,
    type: c.type,
    common_name: c.name,
    scope: svm ? "svm" : "cluster",
    ...(svm ? { svm: { name: svm.name, uuid: svm.uuid } } : {}),
    serial_number: serialOf(c.uuid),
    ca: c.type === "root_ca" ? c.name : env.inventory.cluster.name,
    key_size: 2048,
    hash_function: "sha256",
    expiry_time: "2030-01-01T00:00:00Z",
    public_certificate: pemLike("CERTIFICATE", c.uuid),
  };
}

export const certificates: Behaviour = {
  path: CERTIFICATES,
  listFields: [],
  seed: (env) => env.inventory.certificates.map((c) => record(env, c)),
  create(rec, body, ctx) {
    const type = String(rec.type ?? "");
    if ((type === "server_ca" || type === "client_ca") && body.private_key !== undefined) throw ctx.errors.pick("3735618", "262197", { target: "private_key" });
    if (body.public_certificate !== undefined && body.private_key === undefined && (type === "server" || type === "client"))
      throw ctx.errors.pick("3735693", "262177", { target: "private_key" });
    const uuid = ctx.uuid();
    rec.uuid = uuid;
    const owner = (rec.svm as { name?: string } | undefined)?.name ?? ctx.inventory.cluster.name;
    if (rec.common_name === undefined && ctx.has("common_name")) rec.common_name = owner;
    if (ctx.has("serial_number")) rec.serial_number = serialOf(uuid);
    if (rec.name === undefined && ctx.has("name")) rec.name = `${String(rec.common_name ?? owner)}_${serialOf(uuid)}`;
    // Without a certificate given, ONTAP makes a self-signed one (root_ca, server, client).
    if (rec.public_certificate === undefined && ctx.has("public_certificate")) rec.public_certificate = pemLike("CERTIFICATE", uuid);
    if (ctx.has("ca") && rec.ca === undefined) rec.ca = String(rec.common_name ?? owner);
    if (ctx.has("key_size") && rec.key_size === undefined) rec.key_size = 2048;
    if (ctx.has("hash_function") && rec.hash_function === undefined) rec.hash_function = "sha256";
  },
  after(ctx, entry) {
    // IPsec and other endpoints refer to installed certificates through the inventory.
    const inv = ctx.inventory.certificates;
    const present = new Set(ctx.store(CERTIFICATES)!.list().map((e) => String(e.rec.uuid)));
    for (let i = inv.length - 1; i >= 0; i--) if (!present.has(inv[i]!.uuid)) inv.splice(i, 1);
    if (entry && !inv.some((c) => c.uuid === entry.rec.uuid)) {
      const svm = valueAt(entry.rec, "svm.name");
      inv.push({ name: String(entry.rec.name ?? entry.rec.uuid), uuid: String(entry.rec.uuid), type: String(entry.rec.type) as CertificateType, ...(typeof svm === "string" ? { svm } : {}) });
    }
  },
};

/** POST /security/certificates/{ca.uuid}/sign: a certificate signed by a CA certificate of the cluster. */
export const certificateSign: Behaviour = {
  path: "/security/certificates/{ca.uuid}/sign",
  action(body, ctx: WriteCtx) {
    const ca = ctx.parent?.rec;
    if (!ca || !CA_TYPES.has(String(ca.type))) throw ctx.errors.pick("3735628", "262197", { target: "ca.uuid" });
    return { body: { public_certificate: pemLike("CERTIFICATE", `${String(ca.uuid)}:${String(body.signing_request ?? "")}`) } };
  },
};

/** POST /security/certificate-signing-request: a CSR and the private key generated with it. */
export const signingRequest: Behaviour = {
  path: "/security/certificate-signing-request",
  action(body, ctx) {
    const alternatives = body.subject_alternatives as Record<string, unknown[]> | undefined;
    const hasSan = !!alternatives && Object.values(alternatives).some((v) => Array.isArray(v) && v.length > 0);
    if (body.subject_name === undefined && !hasSan) throw ctx.errors.pick("3735715", "262177", { target: "subject_name" });
    const seed = JSON.stringify(body) + ctx.uuid();
    return {
      body: {
        csr: pemLike("CERTIFICATE REQUEST", seed),
        generated_private_key: pemLike("PRIVATE KEY", `key:${seed}`),
        ...body,
      },
    };
  },
};
