// Wave 1 of the /security surface: the accounts group — user accounts, the password change
// endpoint and the SSH public keys of accounts (NetApp's swagger ids as Trident's bindings name them).
import { op, type ResourceDef } from "../resource-def.js";

const accounts = "/security/accounts";
const account = `${accounts}/{owner.uuid}/{name}`;
const password = "/security/authentication/password";
const publickeys = "/security/authentication/publickeys";
const publickey = `${publickeys}/{owner.uuid}/{account.name}/{index}`;

const changePassword = op("post", password, "account_password_create");

export const ACCOUNTS_RESOURCES: ResourceDef[] = [
  {
    id: "accounts",
    model: "account",
    pythonModule: "account",
    operations: [
      op("get", accounts, "account_collection_get"),
      op("post", accounts, "account_create"),
      op("get", account, "account_get"),
      op("patch", account, "account_modify"),
      op("delete", account, "account_delete"),
      // Query-based PATCH/DELETE on the collection, declared from 9.16.
      op("patch", accounts, "account_modify_collection"),
      op("delete", accounts, "account_delete_collection"),
    ],
    sides: { get: op("get", account, "account_get"), post: op("post", accounts, "account_create"), patch: op("patch", account, "account_modify") },
  },
  {
    id: "account-password",
    model: "account_password",
    pythonModule: "account_password",
    operations: [changePassword],
    // The endpoint has no read: its only body is the POST request. `get` names the POST too, whose
    // (absent) 200 body gives no fields, so every field is checked on the POST side only.
    sides: { get: changePassword, post: changePassword },
  },
  {
    id: "publickeys",
    model: "publickey",
    pythonModule: "publickey",
    operations: [
      op("get", publickeys, "publickey_collection_get"),
      op("post", publickeys, "publickey_create"),
      op("get", publickey, "publickey_get"),
      op("patch", publickey, "publickey_modify"),
      op("delete", publickey, "account_publickey_delete"),
      op("patch", publickeys, "publickey_modify_collection"),
      op("delete", publickeys, "account_publickey_delete_collection"),
    ],
    sides: { get: op("get", publickey, "publickey_get"), post: op("post", publickeys, "publickey_create"), patch: op("patch", publickey, "publickey_modify") },
  },
];
