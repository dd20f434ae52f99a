// /security/accounts (key owner.uuid + name) and the password change action. The password is kept
// on the record to judge later changes and is never answered (write-only / sensitive in the slice).
import type { Behaviour, BehaviourEnv, WriteCtx } from "../engine/behaviour.js";
import { type JsonObject, valueAt } from "../json.js";
import { findByName, fit, ownerOf } from "./support.js";

const ACCOUNTS = "/security/accounts";
const ROLES = "/security/roles";

/** Applications a new account may log in with when the body names none (our reading: ONTAP's CLI default is one login per application given). */
const DEFAULT_APPLICATIONS = [
  { application: "http", authentication_methods: ["password"] },
  { application: "ontapi", authentication_methods: ["password"] },
];

function adminAccount(env: BehaviourEnv, name: string): JsonObject {
  const c = env.inventory.cluster;
  return {
    name,
    owner: { name: c.name, uuid: c.uuid },
    role: { name: "admin" },
    applications: [
      { application: "console", authentication_methods: ["password"] },
      { application: "http", authentication_methods: ["password"] },
      { application: "ontapi", authentication_methods: ["password"] },
      { application: "service_processor", authentication_methods: ["password"] },
      { application: "ssh", authentication_methods: ["password"] },
    ],
    locked: false,
    scope: "cluster",
    password_hash_algorithm: "sha512",
  };
}

function checkRole(rec: JsonObject, ctx: WriteCtx) {
  const role = valueAt(rec, "role.name");
  if (role === undefined || !ctx.store(ROLES)) return;
  const owner = ownerOf(ctx, rec);
  const c = ctx.inventory.cluster;
  // A role of the account's own SVM, or a cluster role.
  if (findByName(ctx, ROLES, role, { uuid: owner.uuid }) || findByName(ctx, ROLES, role, { uuid: c.uuid })) return;
  throw ctx.errors.pick("5636129", ctx.errors.documents("1261215") ? "1261215" : "262197", { target: "role.name" });
}

function checkLock(rec: JsonObject, ctx: WriteCtx) {
  if (rec.locked === true && rec.password === undefined && ctx.errors.documents("1263343")) throw ctx.errors.make("1263343", { target: "locked" });
}

export const accounts: Behaviour = {
  path: ACCOUNTS,
  listFields: ["owner.name"],
  seed: (env, model) => Object.keys(env.users).map((u) => (model ? (fit(env.spec, model.read, adminAccount(env, u)) as JsonObject) : adminAccount(env, u))),
  create(rec, body, ctx) {
    if (typeof body.name === "string" && body.name.toLowerCase() === "autosupport") throw ctx.errors.pick("5636126", "262197", { target: "name" });
    if (rec.applications === undefined && ctx.has("applications")) rec.applications = structuredClone(DEFAULT_APPLICATIONS);
    if (rec.role === undefined && ctx.has("role")) rec.role = { name: ownerOf(ctx, rec).uuid === ctx.inventory.cluster.uuid ? "admin" : "vsadmin" };
    if (rec.locked === undefined && ctx.has("locked")) rec.locked = false;
    if (ctx.has("password_hash_algorithm")) rec.password_hash_algorithm ??= "sha512";
    checkRole(rec, ctx);
    checkLock(rec, ctx);
  },
  modify(next, body, ctx) {
    if (body.role !== undefined) checkRole(next, ctx);
    if (body.locked === true) checkLock(next, ctx);
  },
  remove(rec, ctx) {
    // The last unlocked admin cannot go.
    if (valueAt(rec, "role.name") !== "admin" || rec.locked === true) return;
    const others = ctx.store(ACCOUNTS)!.list().filter((e) => e.rec !== rec && valueAt(e.rec, "role.name") === "admin" && e.rec.locked !== true);
    if (others.length === 0) throw ctx.errors.pick("5636098", "8", { target: "name" });
  },
};

const onlyOne = <T>(xs: T[] | undefined): T | undefined => (xs?.length === 1 ? xs[0] : undefined);

/** POST /security/authentication/password: changes an existing account's password. */
export const passwordChange: Behaviour = {
  path: "/security/authentication/password",
  action(body, ctx) {
    const owner = body.owner as { name?: string; uuid?: string } | undefined;
    // Without an owner: the cluster's account of that name, else the only one (a user changing their own password).
    const found = owner
      ? findByName(ctx, ACCOUNTS, body.name, owner)
      : (findByName(ctx, ACCOUNTS, body.name, { uuid: ctx.inventory.cluster.uuid }) ?? onlyOne(ctx.store(ACCOUNTS)?.list().filter((e) => e.rec.name === body.name)));
    if (ctx.store(ACCOUNTS) && !found) throw ctx.errors.pick("1261218", "4", { target: "name" });
    const pw = String(body.password ?? "");
    if (typeof body.name === "string" && body.name !== "" && pw.toLowerCase().includes(body.name.toLowerCase())) throw ctx.errors.pick("7077918", "262197", { target: "password" });
    if (found && found.rec.password === pw) throw ctx.errors.pick("7077925", "262197", { target: "password" });
    if (found) found.rec.password = pw;
    return { body: {} };
  },
};
