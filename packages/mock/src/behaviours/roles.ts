// /security/roles (key owner.uuid + name) and their privileges (a sub-collection keyed by `path`):
// the builtin roles are seeded and refuse every change (1263347); a role's `privileges` list and
// its sub-collection are one set of tuples, whichever way they are written.
import type { Behaviour, BehaviourEnv, WriteCtx } from "../engine/behaviour.js";
import type { Entry } from "../engine/store.js";
import { fullKey } from "../engine/store.js";
import { isObj, type JsonObject } from "../json.js";

const ROLES = "/security/roles";
const PRIVILEGES = "/security/roles/{owner.uuid}/{name}/privileges";

/** The cluster's predefined roles, with their privileges as ONTAP lists them (CLI command directories). */
const BUILTIN: Array<{ name: string; privileges: Array<{ path: string; access: string }> }> = [
  { name: "admin", privileges: [{ path: "DEFAULT", access: "all" }] },
  { name: "autosupport", privileges: [{ path: "DEFAULT", access: "none" }, { path: "system node autosupport", access: "all" }] },
  { name: "backup", privileges: [{ path: "DEFAULT", access: "readonly" }, { path: "vserver services ndmp", access: "all" }] },
  { name: "readonly", privileges: [{ path: "DEFAULT", access: "readonly" }, { path: "security login password", access: "all" }] },
  { name: "none", privileges: [{ path: "DEFAULT", access: "none" }] },
];

/** The predefined roles of every data SVM. */
const SVM_BUILTIN: typeof BUILTIN = [
  { name: "vsadmin", privileges: [{ path: "DEFAULT", access: "all" }] },
  { name: "vsadmin-volume", privileges: [{ path: "DEFAULT", access: "none" }, { path: "volume", access: "all" }] },
  { name: "vsadmin-protocol", privileges: [{ path: "DEFAULT", access: "none" }, { path: "vserver cifs", access: "all" }] },
  { name: "vsadmin-backup", privileges: [{ path: "DEFAULT", access: "none" }, { path: "volume snapshot", access: "all" }] },
  { name: "vsadmin-readonly", privileges: [{ path: "DEFAULT", access: "readonly" }] },
];

function syncSubCollection(env: BehaviourEnv, role: Entry) {
  const sub = env.store(PRIVILEGES);
  const list = role.rec.privileges;
  if (!sub || !sub.model.parent || !Array.isArray(list)) return;
  const key = fullKey(sub.model.parent.model, role);
  sub.dropChildren(key);
  for (const p of list) if (isObj(p) && typeof p.path === "string") sub.put(key, structuredClone(p));
}

/** The parent role's `privileges` list after a change of its sub-collection. */
function syncList(ctx: WriteCtx) {
  const sub = ctx.store(PRIVILEGES);
  if (!ctx.parent || !sub) return;
  const key = fullKey(sub.model.parent!.model, ctx.parent);
  if (Array.isArray(ctx.parent.rec.privileges) || ctx.parent.rec.privileges === undefined) ctx.parent.rec.privileges = sub.list(key).map((e) => structuredClone(e.rec));
}

const refuseBuiltin = (rec: JsonObject | undefined, ctx: WriteCtx) => {
  if (rec?.builtin === true) throw ctx.errors.pick("1263347", "6", { target: "name" });
};

export const roles: Behaviour = {
  path: ROLES,
  seed: (env) => {
    const c = env.inventory.cluster;
    const out: JsonObject[] = BUILTIN.map((r) => ({ name: r.name, owner: { name: c.name, uuid: c.uuid }, builtin: true, scope: "cluster", privileges: structuredClone(r.privileges) }));
    for (const svm of env.inventory.svms)
      for (const r of SVM_BUILTIN) out.push({ name: r.name, owner: { name: svm.name, uuid: svm.uuid }, builtin: true, scope: "svm", privileges: structuredClone(r.privileges) });
    return out;
  },
  seeded: (entry, env) => syncSubCollection(env, entry),
  create(rec, _body, ctx) {
    if (ctx.has("builtin")) rec.builtin = false;
  },
  after: (ctx, entry) => entry && syncSubCollection(ctx, entry),
  modify(_next, _body, ctx, current) {
    refuseBuiltin(current, ctx);
  },
  remove(rec, ctx) {
    refuseBuiltin(rec, ctx);
    const accounts = ctx.store("/security/accounts");
    const inUse = accounts?.list().some((e) => isObj(e.rec.role) && e.rec.role.name === rec.name);
    if (inUse) throw ctx.errors.pick("5636172", "8", { target: "name" });
  },
};

/** Privileges of a role: the parent must exist (404 otherwise, from the engine) and must not be builtin. */
export const privileges: Behaviour = {
  path: PRIVILEGES,
  create(rec, _body, ctx) {
    refuseBuiltin(ctx.parent?.rec, ctx);
    // A query narrows CLI command directories only, not REST endpoints.
    if (typeof rec.path === "string" && rec.path.startsWith("/api") && rec.query !== undefined && ctx.errors.documents("5636192")) throw ctx.errors.make("5636192", { target: "query" });
  },
  after: (ctx) => syncList(ctx),
  modify(_next, _body, ctx) {
    refuseBuiltin(ctx.parent?.rec, ctx);
  },
  remove(_rec, ctx) {
    refuseBuiltin(ctx.parent?.rec, ctx);
  },
};
