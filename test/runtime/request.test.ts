import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createOntapClient,
  createRedactor,
  InvalidResponseError,
  OntapError,
  PaginationError,
  type Redactor,
  RequestValidationError,
  VERSION,
} from "../../packages/runtime/src/index.ts";
import type { Outgoing } from "../../packages/runtime/src/fetcher.ts";
import type { Log } from "../../packages/runtime/src/log.ts";
import { createRequest, type RequestConfig } from "../../packages/runtime/src/request.ts";
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

describe("custom fetch", () => {
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
});

describe("package", () => {
  it("reports the package.json version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../packages/runtime/package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

// The request function on its own: a scripted sender instead of a transport, no client around it.
describe("createRequest", () => {
  const ORIGIN = "https://cluster1.example.com";
  function setup(answers: Array<Response | ((req: Outgoing) => Response)>, overrides: Partial<RequestConfig> = {}) {
    const sent: Outgoing[] = [];
    const before: string[] = [];
    const logged: Array<[string, string]> = [];
    const log: Log = (level, message) => void logged.push([level, message]);
    const call = createRequest({
      contract: makeContract(),
      origin: ORIGIN,
      baseUrl: `${ORIGIN}/api`,
      defaultHeaders: { accept: "application/hal+json", "x-dot-client-app": "test/1" },
      send: async (req) => {
        sent.push(req);
        const next = answers.shift();
        if (!next) throw new Error(`no answer scripted for ${req.method} ${req.url}`);
        const response = typeof next === "function" ? next(req) : next;
        return { response, text: await response.text() };
      },
      redactor: createRedactor(["secret_key"]),
      log,
      clock: fakeClock(),
      validation: { request: "throw", response: "warn" },
      beforeCall: async () => void before.push("check"),
      jobSecrets: new WeakMap<object, Redactor>(),
      ...overrides,
    });
    return { call, sent, before, logged };
  }
  const json = (body: unknown, status = 200) => Response.json(body, { status });

  it("refuses an operation the release lacks before sending (throw), warns (warn), sends (off); never its own calls", async () => {
    const thrown = setup([]);
    const e = await thrown.call("DELETE", "/security/ipsec/policies", {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RequestValidationError);
    expect((e as RequestValidationError).message).toBe("DELETE /security/ipsec/policies is not an operation of ONTAP 9.8: nothing was sent");
    expect(thrown.sent).toEqual([]);
    expect(thrown.before).toEqual([]);

    const warned = setup([json({})], { validation: { request: "warn", response: "warn" } });
    await warned.call("DELETE", "/security/ipsec/policies", {});
    expect(warned.sent).toHaveLength(1);
    expect(warned.logged).toContainEqual(["warn", 'DELETE /security/ipsec/policies is not an operation of ONTAP 9.8; sent anyway (request validation "warn")']);

    const off = setup([json({})], { validation: { request: "off", response: "off" } });
    await off.call("DELETE", "/security/ipsec/policies", {});
    expect(off.sent).toHaveLength(1);
    expect(off.logged).toEqual([]);

    // The client's own calls (release check, job polls) are not operations of the spec.
    const own = setup([json({ version: { generation: 9, major: 8, minor: 0 } })]);
    await own.call("GET", "/cluster", {}, { internal: true });
    expect(own.sent).toHaveLength(1);
  });

  it("builds the URL from the template, path parameters and ONTAP's query style", async () => {
    const { call, sent } = setup([json({ records: [] })]);
    const { data, response } = await call("GET", "/security/ipsec/policies/{uuid}", {
      params: { path: { uuid: "a/b" }, query: { fields: ["name", "svm.name"], "svm.name": "vs 1" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ records: [] });
    expect(sent[0]!.url).toBe(`${ORIGIN}/api/security/ipsec/policies/a%2Fb?fields=name,svm.name&svm.name=vs%201`);
    expect(sent[0]!.method).toBe("GET");
    expect(sent[0]!.body).toBeUndefined();
  });

  it("sends a JSON body with its content type and merges caller headers as openapi-fetch does", async () => {
    const { call, sent } = setup([json({}), json({}), json({})]);
    await call("PATCH", "/security", { body: { fips: { enabled: true } }, headers: { "X-Trace": "1", Accept: null } });
    expect(sent[0]!.headers).toEqual({ "content-type": "application/json", "x-dot-client-app": "test/1", "x-trace": "1" });
    expect(JSON.parse(sent[0]!.body!)).toEqual({ fips: { enabled: true } });
    expect(sent[0]!.data).toEqual({ fips: { enabled: true } });
    await call("GET", "/security", { headers: [["X-Trace", "2"]] });
    expect(sent[1]!.headers["x-trace"]).toBe("2");
    await call("GET", "/security", { headers: new Headers({ "x-dot-client-app": "other/2" }) });
    expect(sent[2]!.headers).toEqual({ accept: "application/hal+json", "x-dot-client-app": "other/2" });
  });

  it("follows a `_links.next` href on the cluster, and refuses one elsewhere without sending", async () => {
    const { call, sent } = setup([json({ records: [] })]);
    await call("GET", "/security/ipsec/policies", { params: { query: { fields: ["name"] } } }, { href: "/api/security/ipsec/policies?start.uuid=u9&fields=name" });
    expect(sent[0]!.url).toBe(`${ORIGIN}/api/security/ipsec/policies?start.uuid=u9&fields=name`);
    await expect(call("GET", "/security/ipsec/policies", {}, { href: "https://elsewhere.example.com/api/x" })).rejects.toBeInstanceOf(PaginationError);
    expect(sent).toHaveLength(1);
  });

  it("rejects an invalid body before the release check and before sending", async () => {
    const { call, sent, before } = setup([]);
    const err = await call("POST", "/security/ipsec/policies", { body: { name: 7, bogus: true } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect((err as RequestValidationError).problems.map((p) => p.path)).toEqual(["$.bogus", "$.name"]);
    expect(before).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("runs `beforeCall` for the caller's calls only, not for the client's own", async () => {
    const { call, before } = setup([json({}), json({})]);
    await call("GET", "/cluster", {}, { internal: true });
    expect(before).toEqual([]);
    await call("GET", "/security");
    expect(before).toEqual(["check"]);
  });

  it("turns an ONTAP error body into OntapError with the catalog's name, and a 2xx that is not JSON into InvalidResponseError", async () => {
    const { call } = setup([
      json({ error: { code: "66257104", message: "exists", target: "name" } }, 409),
      new Response("<html>ok</html>", { status: 200 }),
    ]);
    const err = await call("POST", "/security/ipsec/policies", { body: { name: "p1" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OntapError);
    expect(err).toMatchObject({ status: 409, code: "66257104", codeName: "IPSEC_POLICY_NAME_EXISTS", operation: "POST /security/ipsec/policies", path: "/security/ipsec/policies" });
    const bad = await call("GET", "/security").catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidResponseError);
    expect((bad as InvalidResponseError).snippet).toBe("<html>ok</html>");
  });

  it("logs a response that fails validation in warn mode and still returns it", async () => {
    const { call, logged } = setup([json({ records: [{ name: 5 }] })]);
    const { data } = await call("GET", "/security/ipsec/policies");
    expect(data).toEqual({ records: [{ name: 5 }] });
    expect(logged).toEqual([["warn", "200 response of GET /security/ipsec/policies does not match ONTAP 9.8: $.records[0].name: must be a string"]]);
  });

  it("hands the sender a redactor that knows this call's secrets, and remembers them for a 202's job", async () => {
    const jobSecrets = new WeakMap<object, Redactor>();
    const job = { job: { uuid: "j1" } };
    const { call, sent } = setup([json(job, 202)], { jobSecrets });
    const { data, job: waited } = await call("POST", "/security/ipsec/policies", { body: { name: "p1", secret_key: "hunter2-secret" } });
    expect(waited).toBeUndefined();
    expect(sent[0]!.redactor.text("echo hunter2-secret")).toBe("echo <redacted>");
    expect(jobSecrets.get(data as object)?.text("hunter2-secret")).toBe("<redacted>");
  });

  it("waits for a 202's job when asked, polling through itself with the request's secrets", async () => {
    const { call, sent, before } = setup(
      [json({ job: { uuid: "j1" } }, 202), json({ uuid: "j1", state: "running" }), json({ uuid: "j1", state: "success", message: "done" })],
    );
    const { job } = await call("PATCH", "/security", { body: { fips: { enabled: true } }, waitForJob: { initialDelayMs: 10 } });
    expect(job).toMatchObject({ uuid: "j1", state: "success" });
    expect(sent.map((r) => `${r.method} ${r.url.slice(ORIGIN.length)}`)).toEqual(["PATCH /api/security", "GET /api/cluster/jobs/j1", "GET /api/cluster/jobs/j1"]);
    expect(before).toEqual(["check"]); // the polls are the client's own calls
  });

  it("passes a call's timeout and retry options to the sender", async () => {
    const { call, sent } = setup([json({})]);
    await call("GET", "/security", { timeoutMs: 1234, retry: false });
    expect(sent[0]).toMatchObject({ timeoutMs: 1234, retry: false });
  });
});
