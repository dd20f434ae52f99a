import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createOntapClient, serializeQuery, VERSION } from "../../packages/runtime/src/index.ts";
import { type ErrorCode, fakeClock, makeClient, makeContract, type paths, send, serve, type TestServer } from "./helpers.ts";

let server: TestServer;
beforeAll(async () => {
  server = await serve((req, res) => {
    if (req.method === "POST") return send(res, 201, { num_records: 1, records: [{ uuid: "u1", name: "p1" }] });
    if (req.method === "PATCH") return send(res, 200);
    send(res, 200, { records: [{ uuid: "u1", name: "p1" }], num_records: 1, _links: { self: { href: req.url } } });
  });
});
afterAll(() => server.close());

const last = () => server.requests[server.requests.length - 1]!;

describe("request shape", () => {
  it("sends to https://host:port/api with ONTAP's headers", async () => {
    const client = await makeClient(server);
    const { data, response } = await client.GET("/security/ipsec/policies");
    expect(response.status).toBe(200);
    expect(data.records?.[0]?.name).toBe("p1");
    const req = last();
    expect(req.url).toBe("/api/security/ipsec/policies");
    expect(req.headers["accept"]).toBe("application/hal+json");
    expect(req.headers["x-dot-client-app"]).toBe(`ontap-sec/${VERSION}`);
    await client.close();
  });

  it("lets the X-Dot-Client-App value be configured", async () => {
    const client = await makeClient(server, { clientApp: "my-tool/2.1" });
    await client.GET("/security/ipsec/policies");
    expect(last().headers["x-dot-client-app"]).toBe("my-tool/2.1");
  });

  it("comma-joins array query parameters and writes spaces as %20", async () => {
    const client = await makeClient(server);
    await client.GET("/security/ipsec/policies", {
      params: { query: { fields: ["name", "svm.name", "local_endpoint.port"], order_by: ["name desc"], name: "a b*" } },
    });
    expect(last().url).toBe(
      "/api/security/ipsec/policies?fields=name,svm.name,local_endpoint.port&order_by=name%20desc&name=a%20b*",
    );
    expect(last().url).not.toContain("+");
  });

  it("fills path parameters and sends JSON bodies with Content-Type application/json", async () => {
    const client = await makeClient(server);
    await client.PATCH("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "a/b c" } }, body: { name: "renamed" } });
    const req = last();
    expect(req.method).toBe("PATCH");
    expect(req.url).toBe("/api/security/ipsec/policies/a%2Fb%20c");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req.body)).toEqual({ name: "renamed" });
  });

  it("sends HTTP Basic credentials", async () => {
    const client = await makeClient(server, { auth: { username: "admin", password: "Netapp1!" } });
    await client.GET("/security/ipsec/policies");
    expect(last().headers["authorization"]).toBe(`Basic ${Buffer.from("admin:Netapp1!").toString("base64")}`);
  });

  it("sends a bearer token", async () => {
    const client = await makeClient(server, { auth: { token: "tok-123" }, contract: makeContract({ release: "9.14" }) });
    await client.GET("/security/ipsec/policies");
    expect(last().headers["authorization"]).toBe("Bearer tok-123");
  });

  it("brackets IPv6 hosts and rejects hosts with a scheme", () => {
    expect(() =>
      createOntapClient({ host: "https://cluster1", auth: { token: "t" }, contract: makeContract(), releaseCheck: "off" }),
    ).toThrow(TypeError);
    expect(() =>
      createOntapClient({ host: "::1", auth: { token: "t" }, contract: makeContract(), releaseCheck: "off", logger: {} }),
    ).not.toThrow();
  });

  it("types calls from `paths` with the hal+json media type", async () => {
    const client = await makeClient(server);
    const { data } = await client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u1" } } });
    expectTypeOf(data.name).toEqualTypeOf<string | undefined>();
    const created = await client.POST("/security/ipsec/policies", { body: { name: "p2", action: "bypass" } });
    expectTypeOf(created.data.records).toEqualTypeOf<
      (typeof data)[] | undefined
    >();
    // @ts-expect-error: not a field of the create body
    void client.POST("/security/ipsec/policies", { body: { name: "p3", bogus: 1 } }).catch(() => {});
    // @ts-expect-error: path parameters are required
    void client.GET("/security/ipsec/policies/{uuid}").catch(() => {});
    // @ts-expect-error: POST bodies need `name` (required when creating)
    void client.POST("/security/ipsec/policies", { body: { action: "bypass" } }).catch(() => {});
    // @ts-expect-error: not one of the enum values
    void client.POST("/security/ipsec/policies", { body: { name: "p4", action: "encrypt" } }).catch(() => {});
    // @ts-expect-error: no such path
    void client.GET("/security/nothing").catch(() => {});
  });
});

describe("custom fetch and raw client", () => {
  it("drives a custom fetch with the same URL, headers, auth and retries", async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const answers = [new Response("", { status: 503 }), Response.json({ records: [{ name: "x" }] })];
    const client = createOntapClient<paths, ErrorCode>({
      host: "cluster1.example.com",
      auth: { token: "t0k" },
      contract: makeContract({ release: "9.14" }),
      releaseCheck: "off",
      clock: fakeClock(),
      logger: {},
      fetch: async (url, init) => (calls.push({ url, init }), answers.shift()!),
    });
    const { data } = await client.GET("/security/ipsec/policies", { params: { query: { fields: ["name"] } } });
    expect(data.records).toEqual([{ name: "x" }]);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.url).toBe("https://cluster1.example.com/api/security/ipsec/policies?fields=name");
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers["authorization"]).toBe("Bearer t0k");
    expect(headers["accept"]).toBe("application/hal+json");
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
  });

  it("exposes openapi-fetch's {data, error} style as `raw`", async () => {
    const client = await makeClient(server);
    const ok = await client.raw.GET("/security/ipsec/policies");
    expect(ok.data?.records?.[0]?.name).toBe("p1");
    expect(ok.error).toBeUndefined();
  });
});

describe("serializeQuery", () => {
  it("flattens nested filters into ONTAP's dotted names and skips empty values", () => {
    expect(serializeQuery({ svm: { name: "vs 1" }, fields: [], max_records: 5, x: undefined, y: null, flag: false })).toBe(
      "svm.name=vs%201&max_records=5&flag=false",
    );
  });
  it("keeps a comma inside one array element distinguishable from the separator", () => {
    expect(serializeQuery({ name: ["a,b", "c"] })).toBe("name=a%2Cb,c");
  });
});

describe("package", () => {
  it("reports the package.json version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../packages/runtime/package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
