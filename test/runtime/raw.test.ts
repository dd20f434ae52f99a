import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedactor } from "../../packages/runtime/src/index.ts";
import type { Outgoing } from "../../packages/runtime/src/fetcher.ts";
import { createRawFetch } from "../../packages/runtime/src/raw.ts";
import { makeClient, send, serve, type TestServer } from "./helpers.ts";

let server: TestServer;
beforeAll(async () => {
  server = await serve((req, res) => {
    if (req.method === "POST") return send(res, 409, { error: { code: "1", message: "exists" } });
    send(res, 200, { records: [{ uuid: "u1", name: "p1" }], num_records: 1 });
  });
});
afterAll(() => server.close());

describe("raw client", () => {
  it("exposes openapi-fetch's {data, error} style as `raw`", async () => {
    const client = await makeClient(server);
    const ok = await client.raw.GET("/security/ipsec/policies");
    expect(ok.data?.records?.[0]?.name).toBe("p1");
    expect(ok.error).toBeUndefined();
    const failed = await client.raw.POST("/security/ipsec/policies", { body: { name: "p1" } });
    expect(failed.data).toBeUndefined();
    expect(failed.error).toEqual({ error: { code: "1", message: "exists" } });
    expect(failed.response.status).toBe(409);
  });
});

describe("createRawFetch", () => {
  it("unpacks openapi-fetch's Request for the sender and re-wraps the answer", async () => {
    const sent: Outgoing[] = [];
    const rawFetch = createRawFetch(async (req) => {
      sent.push(req);
      return { response: new Response("ignored", { status: 201, statusText: "Created", headers: { "x-a": "1" } }), text: '{"ok":true}' };
    }, createRedactor(["secret_key"]));
    const response = await rawFetch(
      new Request("https://c1/api/x", { method: "POST", headers: { "X-Trace": "t", "Content-Type": "application/json" }, body: JSON.stringify({ secret_key: "s3cr3t-value" }) }),
    );
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Created");
    expect(response.headers.get("x-a")).toBe("1");
    expect(await response.json()).toEqual({ ok: true });
    expect(sent[0]).toMatchObject({ method: "POST", url: "https://c1/api/x", headers: { "x-trace": "t", "content-type": "application/json" }, data: { secret_key: "s3cr3t-value" } });
    // The body's secret is known to the sender's redactor, for anything that echoes it.
    expect(sent[0]!.redactor.text("echo s3cr3t-value")).toBe("echo <redacted>");
  });

  it("sends a body that is not JSON as text, and answers an empty body with none", async () => {
    const sent: Outgoing[] = [];
    const rawFetch = createRawFetch(async (req) => (sent.push(req), { response: new Response(null, { status: 204 }), text: "" }), createRedactor([]));
    const response = await rawFetch(new Request("https://c1/api/x", { method: "PATCH", body: "a=b" }));
    expect(sent[0]).toMatchObject({ body: "a=b", data: "a=b" });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});
