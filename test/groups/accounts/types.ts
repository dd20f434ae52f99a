// The accounts group at the type level (compiled by `pnpm typecheck`; every @ts-expect-error is
// load-bearing): fields exist from their release on, write-only and create-only fields stay out
// of the shapes that may not carry them, and each operation's error union follows its table.
import { expectTypeOf } from "vitest";
import type { Account as Account98, AccountCreate as AccountCreate98, AccountModify as AccountModify98, AccountPasswordCreate as PasswordCreate98 } from "../../../packages/client-9.8/src/index.js";
import type { AccountPasswordCreate as PasswordCreate911, AccountModify as AccountModify912, AccountCreate as AccountCreate912, PublickeyCreate as PublickeyCreate912 } from "../../../packages/client-9.12/src/index.js";
import type { AccountCreate as AccountCreate913, AccountModify as AccountModify913 } from "../../../packages/client-9.13/src/index.js";
import type { AccountCreate as AccountCreate914, AccountModify as AccountModify914 } from "../../../packages/client-9.14/src/index.js";
import type { AccountCreate as AccountCreate915, PublickeyCreate as PublickeyCreate915, PublickeyCreateErrorCode as PkCreate915 } from "../../../packages/client-9.15/src/index.js";
import type {
  Account as Account916,
  AccountCreate as AccountCreate916,
  AccountModify as AccountModify916,
  Client as Client916,
  OperationErrorCodes as Errors916,
  Publickey as Publickey916,
  PublickeyCreate as PublickeyCreate916,
  PublickeyModify as PublickeyModify916,
} from "../../../packages/client-9.16/src/index.js";
import type { OperationErrorCodes as Errors917 } from "../../../packages/client-9.17/src/index.js";

type App916 = NonNullable<AccountCreate916["applications"]>[number];
type App915 = NonNullable<AccountCreate915["applications"]>[number];
type App914 = NonNullable<AccountCreate914["applications"]>[number];
type App913 = NonNullable<AccountCreate913["applications"]>[number];
type App912 = NonNullable<AccountCreate912["applications"]>[number];

export function applicationsPerRelease(a: App916) {
  const group: App915 = { application: "ssh", authentication_methods: ["nsswitch"], is_ns_switch_group: true };
  // @ts-expect-error is_ns_switch_group is 9.15+
  const group914: App914 = { application: "ssh", is_ns_switch_group: true };
  const fastbind: App914 = { application: "ssh", authentication_methods: ["nsswitch"], is_ldap_fastbind: true };
  // @ts-expect-error is_ldap_fastbind is 9.14+ (9.11-9.13 have the account-wide ldap_fastbind)
  const fastbind913: App913 = { application: "ssh", is_ldap_fastbind: true };
  const totp: App913 = { application: "ssh", authentication_methods: ["password"], second_authentication_method: "totp" };
  // @ts-expect-error totp as a second factor is 9.13+
  const totp912: App912 = { application: "ssh", second_authentication_method: "totp" };
  // @ts-expect-error telnet is no application of any release
  const telnet: App916 = { application: "telnet" };
  void [a, group, group914, fastbind, fastbind913, totp, totp912, telnet];
}

export function passwordIsWriteOnly(a98: Account98, a916: Account916) {
  const create: AccountCreate98 = { name: "svm_user1", applications: [{ application: "http", authentication_methods: ["password"] }], password: "Example-passw0rd" };
  const change: AccountModify98 = { password: "Example-passw0rd2" };
  // @ts-expect-error never in a response: password is write-only
  void a98.password;
  // @ts-expect-error never in a response: password is write-only
  void a916.password;
  void [create, change];
}

export function createOnlyAndReadOnly(m: AccountModify916) {
  // @ts-expect-error name is a key of the account's URL: create-only
  const rename: AccountModify916 = { name: "other" };
  // @ts-expect-error owner is create-only
  const move: AccountModify916 = { owner: { name: "svm2" } };
  // @ts-expect-error scope is read-only
  const scope: AccountCreate916 = { name: "u1", applications: [], scope: "svm" };
  // password_hash_algorithm: writable in 9.11-9.13 (a field of the account), read-only from 9.14
  const algo913: AccountModify913 = { password_hash_algorithm: "sha512" };
  // @ts-expect-error read-only from 9.14
  const algo914: AccountModify914 = { password_hash_algorithm: "sha512" };
  void [m, rename, move, scope, algo913, algo914];
}

export function ldapFastbindMoved(m912: AccountModify912, m916: AccountModify916) {
  const flag: AccountModify913 = { ldap_fastbind: true };
  // @ts-expect-error 9.14 moved it into each application (applications[].is_ldap_fastbind)
  const gone: AccountModify914 = { ldap_fastbind: true };
  const perApp: AccountModify916 = { applications: [{ application: "ssh", authentication_methods: ["nsswitch"], is_ldap_fastbind: true }] };
  void [m912, m916, flag, gone, perApp];
}

export function passwordChange() {
  const own: PasswordCreate98 = { name: "svm_user1", password: "Example-passw0rd2" };
  // @ts-expect-error password_hash_algorithm is 9.11+
  const algo98: PasswordCreate98 = { name: "svm_user1", password: "Example-passw0rd2", password_hash_algorithm: "sha256" };
  const algo: PasswordCreate911 = { name: "svm_user1", password: "Example-passw0rd2", password_hash_algorithm: "sha256" };
  void [own, algo98, algo];
}

export function publickeys(pk: Publickey916) {
  const key: PublickeyCreate916 = { account: { name: "u1" }, index: 0, public_key: "ssh-ed25519 AAAA user@host", certificate: "-----BEGIN CERTIFICATE-----" };
  const key915: PublickeyCreate915 = { account: { name: "u1" }, public_key: "ssh-ed25519 AAAA user@host", certificate: "x" };
  // @ts-expect-error certificate is 9.13+
  const key912: PublickeyCreate912 = { account: { name: "u1" }, public_key: "ssh-ed25519 AAAA user@host", certificate: "x" };
  // @ts-expect-error index is create-only (part of the key's URL)
  const reindex: PublickeyModify916 = { index: 2 };
  // @ts-expect-error sha_fingerprint is read-only
  const fp: PublickeyCreate916 = { account: { name: "u1" }, public_key: "k", sha_fingerprint: "SHA256:x" };
  const read: string | undefined = pk.sha_fingerprint;
  void [key, key915, key912, reindex, fp, read];
}

export async function paths(c: Client916) {
  await c.PATCH("/security/accounts/{owner.uuid}/{name}", { params: { path: { "owner.uuid": "02c9e252-41be-11e9-81d5-00a0986138f7", name: "svm_user1" } }, body: { locked: true } });
  await c.POST("/security/authentication/password", { body: { name: "svm_user1", password: "Example-passw0rd2" } });
  await c.DELETE("/security/authentication/publickeys/{owner.uuid}/{account.name}/{index}", {
    params: { path: { "owner.uuid": "02c9e252-41be-11e9-81d5-00a0986138f7", "account.name": "svm_user1", index: 0 } },
  });
}

// Error unions: publickey create documents its codes from 9.16; the account tables change by release.
expectTypeOf<"5832705">().toExtend<Errors916["POST /security/authentication/publickeys"]>(); // PUBLICKEY_EXISTS
expectTypeOf<"5832705">().not.toExtend<PkCreate915>();
expectTypeOf<"7077925">().toExtend<Errors916["POST /security/authentication/password"]>(); // PASSWORD_SAME_AS_OLD
expectTypeOf<"7077925">().not.toExtend<Errors916["POST /security/accounts"]>();
expectTypeOf<"5636157">().not.toExtend<Errors916["PATCH /security/accounts/{owner.uuid}/{name}"]>(); // gone at 9.16
expectTypeOf<"5636233">().toExtend<Errors917["PATCH /security/accounts/{owner.uuid}/{name}"]>(); // 9.17+
expectTypeOf<"5636233">().not.toExtend<Errors916["PATCH /security/accounts/{owner.uuid}/{name}"]>();
