import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedactor, InvalidResponseError, RequestValidationError } from "../../packages/runtime/src/index.ts";
import { validate } from "../../packages/runtime/src/validation.ts";
import { captureLog, makeClient, send, serve, type TestServer } from "./helpers.ts";

let records: unknown[] = [{ name: "p1" }];
let server: TestServer;
beforeAll(async () => {
  server = await serve((req, res) => {
    if (req.method === "POST") return send(res, 201, { num_records: 1 });
    send(res, 200, { records, num_records: records.length });
  });
});
afterAll(() => server.close());

// Bodies the types forbid still arrive from JavaScript callers, `as` casts and JSON files.
const loose = (v: object): never => v as never;

describe("request validation", () => {
  it("fails locally, naming the field's JSON path, before anything is sent", async () => {
    server.requests.length = 0;
    const client = await makeClient(server);
    const err = await client
      .POST("/security/ipsec/policies", {
        body: loose({ name: "p1", action: "encrypt", local_endpoint: { port: "http" }, ike_version: 2 }),
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    const e = err as RequestValidationError;
    expect(e.operation).toBe("POST /security/ipsec/policies");
    expect(e.release).toBe("9.8");
    expect(e.problems.map((p) => p.path).sort()).toEqual(["$.action", "$.ike_version", "$.local_endpoint.port"]);
    expect(e.message).toContain("$.ike_version: is not a field of ONTAP 9.8");
    expect(server.requests).toHaveLength(0);
  });

  it("fails before the release check too, so the cluster sees no request at all", async () => {
    server.requests.length = 0;
    const client = await makeClient(server, { releaseCheck: "warn" });
    await expect(client.POST("/security/ipsec/policies", { body: loose({ name: 7 }) })).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("sends valid bodies", async () => {
    server.requests.length = 0;
    const client = await makeClient(server);
    await client.POST("/security/ipsec/policies", { body: { name: "p1", action: "bypass", local_endpoint: { port: "500-501" } } });
    expect(server.requests).toHaveLength(1);
  });

  it("only warns in warn mode, and does nothing when off", async () => {
    server.requests.length = 0;
    const log = captureLog();
    const warn = await makeClient(server, { validation: { request: "warn" }, logger: log.logger });
    await warn.POST("/security/ipsec/policies", { body: loose({ name: "p1", ike_version: 2 }) });
    expect(server.requests).toHaveLength(1);
    expect(log.text()).toMatch(/^warn request body of POST \/security\/ipsec\/policies is not valid for ONTAP 9\.8: \$\.ike_version/m);

    const quiet = captureLog();
    const off = await makeClient(server, { validation: { request: "off" }, logger: quiet.logger });
    await off.POST("/security/ipsec/policies", { body: loose({ name: "p1", ike_version: 2 }) });
    expect(server.requests).toHaveLength(2);
    expect(quiet.lines.filter((l) => l.startsWith("warn"))).toEqual([]);
  });
});

describe("response validation", () => {
  it("warns by default and returns the data", async () => {
    records = [{ name: 42 }];
    const log = captureLog();
    const client = await makeClient(server, { logger: log.logger });
    const { data } = await client.GET("/security/ipsec/policies");
    expect(data.records).toEqual([{ name: 42 }]);
    expect(log.text()).toContain("200 response of GET /security/ipsec/policies does not match ONTAP 9.8: $.records[0].name: must be a string");
  });

  it("throws InvalidResponseError in throw mode", async () => {
    records = [{ name: 42 }];
    const client = await makeClient(server, { validation: { response: "throw" } });
    const err = await client.GET("/security/ipsec/policies").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as InvalidResponseError).problems).toEqual([{ path: "$.records[0].name", message: "must be a string" }]);
    expect((err as InvalidResponseError).status).toBe(200);
  });

  it("passes matching responses in throw mode", async () => {
    records = [{ name: "ok" }];
    const client = await makeClient(server, { validation: { response: "throw" } });
    expect((await client.GET("/security/ipsec/policies")).data.records).toEqual([{ name: "ok" }]);
  });
});

describe("validate (alone)", () => {
  const lines: string[] = [];
  const reporter = { release: "9.8", log: (level: string, message: string) => void lines.push(`${level}: ${message}`) };
  const r = createRedactor(["secret_key"], ["s3cr3t-value"]);
  const check = (v: unknown) => (v === "bad" ? [{ path: "$", message: "is bad: s3cr3t-value" }] : []);

  it("skips mode off, a missing validator and an absent body", () => {
    expect(() => validate(reporter, "off", check, "bad", r, "POST /x")).not.toThrow();
    expect(() => validate(reporter, "throw", undefined, "bad", r, "POST /x")).not.toThrow();
    expect(() => validate(reporter, "throw", check, undefined, r, "POST /x")).not.toThrow();
    expect(lines).toEqual([]);
  });

  it("throws RequestValidationError for a request body and InvalidResponseError for a response, redacted", () => {
    expect(() => validate(reporter, "throw", check, "bad", r, "POST /x")).toThrow(RequestValidationError);
    try {
      validate(reporter, "throw", check, "bad", r, "GET /x", { status: 200, method: "GET", path: "/x?secret_key=s3cr3t-value" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidResponseError);
      expect(e).toMatchObject({ status: 200, path: "/x?secret_key=<redacted>", problems: [{ path: "$", message: "is bad: <redacted>" }] });
    }
  });

  it("logs in warn mode", () => {
    validate(reporter, "warn", check, "bad", r, "POST /x");
    expect(lines).toEqual(["warn: request body of POST /x is not valid for ONTAP 9.8: $: is bad: <redacted>"]);
  });
});
