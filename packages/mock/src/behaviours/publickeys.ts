// /security/authentication/publickeys (key owner.uuid + account.name + index): the key's index is
// the next free one of the account when not given, its fingerprints are derived from the key.
import type { Behaviour, WriteCtx } from "../engine/behaviour.js";
import { type JsonObject, valueAt } from "../json.js";
import { findByName, md5, ownerOf, sha256 } from "./support.js";

const PUBLICKEYS = "/security/authentication/publickeys";

function fingerprints(rec: JsonObject, ctx: WriteCtx) {
  const key = typeof rec.public_key === "string" ? rec.public_key : "";
  // OpenSSH's forms: SHA256:<base64 without padding>, and colon-separated MD5 hex.
  if (ctx.has("sha_fingerprint")) rec.sha_fingerprint = "SHA256:" + sha256(key).toString("base64").replace(/=+$/, "");
  if (ctx.has("obfuscated_fingerprint")) rec.obfuscated_fingerprint = [...md5(key)].map((b) => b.toString(16).padStart(2, "0")).join(":");
}

export const publickeys: Behaviour = {
  path: PUBLICKEYS,
  existsCode: "5832705",
  listFields: ["owner.name"],
  create(rec, _body, ctx) {
    const owner = ownerOf(ctx, rec);
    rec.owner = owner;
    const account = valueAt(rec, "account.name");
    // The account must exist on that owner (ONTAP: a login method for the user must exist).
    if (ctx.store("/security/accounts") && !findByName(ctx, "/security/accounts", account, { uuid: owner.uuid }))
      throw ctx.errors.pick("5832722", "4", { target: "account.name" });
    if (rec.index === undefined) {
      const used = new Set(
        ctx.store(PUBLICKEYS)!.list().filter((e) => valueAt(e.rec, "owner.uuid") === owner.uuid && valueAt(e.rec, "account.name") === account).map((e) => Number(e.rec.index)),
      );
      let i = 0;
      while (used.has(i)) i++;
      rec.index = i;
    }
    fingerprints(rec, ctx);
  },
  modify(next, body, ctx) {
    if (body.public_key !== undefined) fingerprints(next, ctx);
  },
};
