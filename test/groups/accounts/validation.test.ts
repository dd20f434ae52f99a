// Local validation of the accounts group by the generated clients: a field the release lacks is
// refused before anything is sent (RequestValidationError naming the field and the release), and
// the account's password never shows in that error.
import { describe, expect, it } from "vitest";
import { createClient as create914, RequestValidationError } from "../../../packages/client-9.14/src/index.js";
import { createClient as create912 } from "../../../packages/client-9.12/src/index.js";
import { validateAccountCreate as validateAccountCreate916, validatePublickeyCreate as validatePublickeyCreate916 } from "../../../packages/client-9.16/src/index.js";
import { validateAccountCreate as validateAccountCreate914 } from "../../../packages/client-9.14/src/index.js";
import { validateAccountCreate as validateAccountCreate915 } from "../../../packages/client-9.15/src/index.js";

// Nothing listens on port 9 of the loopback: a request that got past validation would fail with
// a network error, never with RequestValidationError.
const options = { host: "127.0.0.1", port: 9, auth: { username: "admin", password: "not-sent" }, validation: { request: "throw" as const } };
// Bodies the types forbid still arrive from JavaScript callers and `as` casts.
const loose = (v: object): never => v as never;
const SECRET = "Correct-Horse-9";

describe("POST /security/accounts", () => {
  const body = {
    name: "svm_user1",
    owner: { name: "svm1" },
    applications: [{ application: "ssh", authentication_methods: ["password"], is_ns_switch_group: false }],
    password: SECRET,
  };

  it("refuses applications[].is_ns_switch_group on 9.14 (introduced in 9.15), without leaking the password", async () => {
    const err = await create914(options)
      .POST("/security/accounts", { body: loose(body) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    const e = err as RequestValidationError;
    expect(e.release).toBe("9.14");
    expect(e.operation).toBe("POST /security/accounts");
    expect(e.problems.map((p) => p.path)).toEqual(["$.applications[0].is_ns_switch_group"]);
    expect(e.message).toContain("is not valid for ONTAP 9.14: $.applications[0].is_ns_switch_group");
    expect(JSON.stringify({ message: e.message, problems: e.problems })).not.toContain(SECRET);
  });

  it("accepts the same body in the 9.15 and 9.16 create shapes, and refuses it in 9.14's", () => {
    expect(validateAccountCreate915(body)).toEqual([]);
    expect(validateAccountCreate916(body)).toEqual([]);
    expect(validateAccountCreate914(body).map((p) => p.path)).toEqual(["$.applications[0].is_ns_switch_group"]);
  });

  it("refuses an application the enum does not have", async () => {
    const err = await create914(options)
      .POST("/security/accounts", { body: loose({ ...body, applications: [{ application: "telnet" }] }) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect((err as RequestValidationError).problems.map((p) => p.path)).toEqual(["$.applications[0].application"]);
  });
});

describe("POST /security/authentication/publickeys", () => {
  const key = { account: { name: "svm_user1" }, index: 0, public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMq user@host", certificate: "-----BEGIN CERTIFICATE-----" };

  it("refuses certificate on 9.12 (introduced in 9.13)", async () => {
    const err = await create912(options)
      .POST("/security/authentication/publickeys", { body: loose(key) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect((err as RequestValidationError).problems.map((p) => p.path)).toEqual(["$.certificate"]);
  });

  it("accepts certificate in 9.16, and refuses an index above 99", () => {
    expect(validatePublickeyCreate916(key)).toEqual([]);
    expect(validatePublickeyCreate916({ ...key, index: 100 }).map((p) => p.path)).toEqual(["$.index"]);
  });
});
