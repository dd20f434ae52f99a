// With request validation on (the default), the generated client of a release refuses, before
// sending anything, a body with a field or an enum value that release does not have, and names
// the field; the next release's client sends the same body.
import { describe, expect, it } from "vitest";
import { createClient as create915, RequestValidationError } from "../../../packages/client-9.15/src/index.js";
import { createClient as create916 } from "../../../packages/client-9.16/src/index.js";
import { createClient as create918 } from "../../../packages/client-9.18/src/index.js";
import { createClient as create919 } from "../../../packages/client-9.19/src/index.js";

// Bodies the types forbid still arrive from JavaScript callers and JSON files.
const loose = (v: object): never => v as never;

/** A client whose transport records requests and answers 200 with an empty object. */
function recording<C>(create: (o: Parameters<typeof create915>[0]) => C) {
  const sent: { url: string; body: unknown }[] = [];
  const client = create({
    host: "cluster1.example.com",
    auth: { username: "admin", password: "not-a-real-password" },
    releaseCheck: "off",
    retry: false,
    fetch: async (url, init) => {
      sent.push({ url, body: typeof init.body === "string" ? JSON.parse(init.body) : undefined });
      return new Response("{}", { status: 200, headers: { "content-type": "application/hal+json" } });
    },
  });
  return { client, sent };
}

async function rejection(p: Promise<unknown>): Promise<RequestValidationError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(RequestValidationError);
  return e as RequestValidationError;
}

describe("PATCH /security/ssh", () => {
  it("9.15 refuses host_key_algorithms (a 9.16 field) locally; 9.16 sends it", async () => {
    const body = { host_key_algorithms: ["ecdsa_sha2_nistp256"], max_instances: 10 };
    const old = recording(create915);
    const e = await rejection(old.client.PATCH("/security/ssh", { body: loose(body) }));
    expect(e.operation).toBe("PATCH /security/ssh");
    expect(e.release).toBe("9.15");
    expect(e.problems.map((p) => p.path)).toEqual(["$.host_key_algorithms"]);
    expect(e.message).toMatch(/ONTAP 9\.15: \$\.host_key_algorithms: /);
    expect(old.sent).toHaveLength(0);

    const next = recording(create916);
    await next.client.PATCH("/security/ssh", { body: { host_key_algorithms: ["ecdsa_sha2_nistp256"], max_instances: 10 } });
    expect(next.sent).toHaveLength(1);
    expect(next.sent[0]!.url).toMatch(/\/api\/security\/ssh$/);
    expect(next.sent[0]!.body).toEqual(body);
  });

  it("9.18 refuses login_grace_time (9.19 only); 9.19 checks its 30..90 range", async () => {
    const c918 = recording(create918);
    const e = await rejection(c918.client.PATCH("/security/ssh", { body: loose({ login_grace_time: 60 }) }));
    expect(e.problems.map((p) => p.path)).toEqual(["$.login_grace_time"]);
    expect(c918.sent).toHaveLength(0);

    const c919 = recording(create919);
    const tooLong = await rejection(c919.client.PATCH("/security/ssh", { body: { login_grace_time: 120 } }));
    expect(tooLong.problems.map((p) => p.path)).toEqual(["$.login_grace_time"]);
    await c919.client.PATCH("/security/ssh", { body: { login_grace_time: 60 } });
    expect(c919.sent).toHaveLength(1);
  });

  it("9.16 refuses a CBC cipher that 9.15 still sends", async () => {
    const c916 = recording(create916);
    const e = await rejection(c916.client.PATCH("/security/ssh", { body: loose({ ciphers: ["aes256_ctr", "aes128_cbc"] }) }));
    expect(e.problems.map((p) => p.path)).toEqual(["$.ciphers[1]"]);
    expect(c916.sent).toHaveLength(0);

    const c915 = recording(create915);
    await c915.client.PATCH("/security/ssh", { body: { ciphers: ["aes256_ctr", "aes128_cbc"] } });
    expect(c915.sent).toHaveLength(1);
  });
});

describe("PATCH /security/login/messages/{uuid}", () => {
  const params = { path: { uuid: "2581e5aa-9fe3-11e8-b309-005056bbef18" } };

  it("refuses a banner longer than 2048 characters and a read-only scope (9.16)", async () => {
    const c916 = recording(create916);
    const long = await rejection(c916.client.PATCH("/security/login/messages/{uuid}", { params, body: { banner: "x".repeat(2049) } }));
    expect(long.problems.map((p) => p.path)).toEqual(["$.banner"]);
    const scope = await rejection(c916.client.PATCH("/security/login/messages/{uuid}", { params, body: loose({ scope: "svm" }) }));
    expect(scope.problems.map((p) => p.path)).toEqual(["$.scope"]);
    expect(c916.sent).toHaveLength(0);

    await c916.client.PATCH("/security/login/messages/{uuid}", { params, body: { banner: "x".repeat(2048), show_cluster_message: false } });
    expect(c916.sent).toHaveLength(1);
    expect(c916.sent[0]!.url).toMatch(/\/api\/security\/login\/messages\/2581e5aa-9fe3-11e8-b309-005056bbef18$/);
  });
});
