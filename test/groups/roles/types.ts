// The roles group at the type level: what each release's client accepts for roles and privilege
// tuples. Only type-checked (by roles.types.test.ts and `pnpm typecheck`); every expect-error is
// load-bearing, since tsc reports an unused one.
import type { Client as Client98 } from "../../../packages/client-9.8/src/index.js";
import type { Client as Client910, RolePrivilege as Privilege910 } from "../../../packages/client-9.10/src/index.js";
import type { Client as Client911, RolePrivilege as Privilege911 } from "../../../packages/client-9.11/src/index.js";
import type { Client as Client912 } from "../../../packages/client-9.12/src/index.js";
import type { Client as Client915, OperationErrorCodes as Codes915 } from "../../../packages/client-9.15/src/index.js";
import type { Client as Client916, OperationErrorCodes as Codes916, RoleDeleteErrorCode as RoleDelete916 } from "../../../packages/client-9.16/src/index.js";
import type { OperationErrorCodes as Codes917 } from "../../../packages/client-9.17/src/index.js";
import type { OperationErrorCodes as Codes919 } from "../../../packages/client-9.19/src/index.js";

declare const c98: Client98;
declare const c910: Client910;
declare const c911: Client911;
declare const c912: Client912;
declare const c915: Client915;
declare const c916: Client916;

const role = { params: { path: { "owner.uuid": "02c9e252-41be-11e9-81d5-00a0986138f7", name: "vol_reader" } } } as const;
const tuple = (path: string) => ({ params: { path: { ...role.params.path, path } } });

export async function commandPathsAndQueries() {
  // A CLI command with a query: 9.11 and later.
  await c911.POST("/security/roles/{owner.uuid}/{name}/privileges", {
    ...role,
    body: { path: "volume move start", access: "all", query: "-vserver vs1" },
  });
  await c910.POST("/security/roles/{owner.uuid}/{name}/privileges", {
    ...role,
    body: {
      path: "/api/storage/volumes",
      access: "all",
      // @ts-expect-error query is 9.11+
      query: "-vserver vs1",
    },
  });
  await c911.PATCH("/security/roles/{owner.uuid}/{name}/privileges/{path}", { ...tuple("volume move start"), body: { query: "-vserver vs2" } });
  // @ts-expect-error query is 9.11+, in PATCH bodies too
  await c910.PATCH("/security/roles/{owner.uuid}/{name}/privileges/{path}", { ...tuple("/api/cluster"), body: { query: "-vserver vs2" } });
}

export function accessLevels(p911: Privilege911, p910: Privilege910) {
  const fine: Privilege911 = { path: "/api/storage/volumes", access: "read_create_modify" };
  // @ts-expect-error the read_* levels are 9.11+
  const tooEarly: Privilege910 = { path: "/api/storage/volumes", access: "read_create" };
  const old: Privilege910 = { path: "/api/storage/volumes", access: "readonly" };
  void [fine, tooEarly, old, p911, p910];
}

export async function pathIsCreateOnly() {
  await c98.PATCH("/security/roles/{owner.uuid}/{name}/privileges/{path}", { ...tuple("/api/cluster"), body: { access: "readonly" } });
  await c916.PATCH("/security/roles/{owner.uuid}/{name}/privileges/{path}", {
    ...tuple("/api/cluster"),
    // @ts-expect-error the path of a tuple is its key: never in a PATCH body
    body: { access: "readonly", path: "/api/security" },
  });
}

export async function rolesHaveNoPatch() {
  await c912.POST("/security/roles", { body: { name: "vol_reader", privileges: [{ path: "/api/storage/volumes", access: "readonly" }] } });
  // @ts-expect-error builtin is read-only
  await c912.POST("/security/roles", { body: { name: "r", builtin: false, privileges: [{ path: "/api/cluster", access: "readonly" }] } });
  // @ts-expect-error no release has a PATCH on a role
  await c916.PATCH("/security/roles/{owner.uuid}/{name}", { ...role, body: {} });
  await c98.DELETE("/security/roles/{owner.uuid}/{name}", role);
}

export async function commentOnlyIn911() {
  await c911.POST("/security/roles", { body: { name: "r", comment: "read-only auditors", privileges: [{ path: "/api/cluster", access: "readonly" }] } });
  // @ts-expect-error the comment field is in the 9.11.1 client only
  await c912.POST("/security/roles", { body: { name: "r", comment: "x", privileges: [{ path: "/api/cluster", access: "readonly" }] } });
  await c911.GET("/security/roles", { params: { query: { comment: "x" } } });
  // @ts-expect-error the comment filter is in the 9.11.1 swagger only
  await c912.GET("/security/roles", { params: { query: { comment: "x" } } });
}

export async function collectionDeleteFrom916() {
  await c916.DELETE("/security/roles", { params: { query: { name: "tmp_*", continue_on_failure: true } } });
  // @ts-expect-error query-based DELETE of roles is declared from 9.16
  await c915.DELETE("/security/roles", { params: { query: { name: "tmp_*" } } });
}

// Error unions: each operation's codes in the release that documents them.

export const mapped: Codes916["DELETE /security/roles/{owner.uuid}/{name}"] = "5636245"; // ROLE_IN_GROUP_ROLE_MAPPING
// @ts-expect-error the role-mapping codes are first documented in 9.16
export const mappedTooEarly: Codes915["DELETE /security/roles/{owner.uuid}/{name}"] = "5636245";
export const reserved: Codes919["POST /security/roles"] = "5636262"; // ROLE_NAME_RESERVED
// @ts-expect-error 5636262 is first documented in 9.19
export const reservedTooEarly: Codes917["POST /security/roles"] = "5636262";
// The query DELETE answers with the instance DELETE's codes.
export const sameTable: RoleDelete916 = "5636172" satisfies Codes916["DELETE /security/roles"];
