// /security/audit (which requests are logged: a singleton), its log forwarding destinations (key
// address + port) and the audit log itself (read-only records).
import type { Behaviour } from "../engine/behaviour.js";
import type { JsonObject } from "../json.js";
import { fit } from "./support.js";

export const audit: Behaviour = {
  path: "/security/audit",
  // ONTAP logs CLI set requests by default; HTTP and ONTAPI ones when asked.
  seed: (env) => (fit(env.spec, env.spec.responseSchema("GET", "/security/audit"), { cli: true, http: false, ontapi: false }) as JsonObject | undefined) ?? {},
};

const ENCRYPTED = new Set(["tcp_encrypted"]);

export const auditDestinations: Behaviour = {
  path: "/security/audit/destinations",
  listFields: [],
  create(rec, _body, ctx) {
    // ONTAP's defaults for a forwarding destination, where the release has the field and the value.
    const read = ctx.spec.readSchema("/security/audit/destinations");
    const defaults: JsonObject = { port: 514, protocol: "udp_unencrypted", facility: "user", verify_server: false };
    for (const [k, v] of Object.entries(defaults)) {
      const value = rec[k] === undefined ? fit(ctx.spec, ctx.spec.prop(read, k), v) : undefined;
      if (value !== undefined) rec[k] = value;
    }
    // Verifying the server needs an encrypted protocol.
    if (rec.verify_server === true && !ENCRYPTED.has(String(rec.protocol))) throw ctx.errors.pick("4522285", "262197", { target: "verify_server" });
  },
  modify(next, _body, ctx) {
    if (next.verify_server === true && !ENCRYPTED.has(String(next.protocol))) throw ctx.errors.pick("4522285", "262197", { target: "verify_server" });
  },
};

export const auditMessages: Behaviour = {
  path: "/security/audit/messages",
  seed: (env, model) => {
    const node = env.inventory.nodes[0];
    const out: JsonObject[] = [];
    const entries: Array<[string, string, string]> = [
      ["http", "PATCH /api/security/audit : {\"cli\":true}", "success"],
      ["ssh", "security login show", "success"],
      ["ontapi", "security-login-get-iter", "error"],
    ];
    entries.forEach(([application, input, state], i) =>
      out.push({
        timestamp: `2024-01-0${i + 1}T10:00:00Z`,
        index: i + 1,
        node: node ? { name: node.name, uuid: node.uuid } : undefined,
        application,
        location: "192.0.2.10",
        user: "admin",
        input,
        state,
        scope: "cluster",
        session_id: `${1000 + i}`,
        command_id: `${i + 1}`,
      }),
    );
    return out.map((r) => (model ? (fit(env.spec, model.read, r) as JsonObject) : r));
  },
};
