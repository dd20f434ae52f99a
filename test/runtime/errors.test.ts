import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createRedactor,
  InvalidResponseError,
  isOntapClientError,
  isOntapError,
  OntapError,
  OntapNetworkError,
  OntapTimeoutError,
} from "../../packages/runtime/src/index.ts";
import { attemptError, errorFromAnswer } from "../../packages/runtime/src/errors.ts";
import { type ErrorCode, makeClient, ontapError, send, serve, type TestServer } from "./helpers.ts";

let server: TestServer;
const routes = new Map<string, (res: Parameters<typeof send>[0]) => void>();
beforeAll(async () => {
  server = await serve((req, res) => {
    const route = routes.get(`${req.method} ${req.url.split("?")[0]}`);
    if (route) route(res);
    else ontapError(res, 404, "4", "entry doesn't exist");
  });
});
afterAll(() => server.close());

const caught = (p: Promise<unknown>): Promise<unknown> => p.then(() => expect.fail("expected a rejection"), (e: unknown) => e);

describe("OntapError", () => {
  it("carries status, the string code, catalog name and message, target, arguments, method and path", async () => {
    routes.set("POST /api/security/ipsec/policies", (res) =>
      ontapError(res, 409, "66257104", 'IPsec policy "p1" with same name already exists in this SVM.', {
        target: "name",
        arguments: [{ code: "1", message: "p1" }],
      }),
    );
    const client = await makeClient(server);
    const err = await caught(client.POST("/security/ipsec/policies", { body: { name: "p1" }, params: { query: { return_records: true } } }));
    expect(err).toBeInstanceOf(OntapError);
    const e = err as OntapError<ErrorCode>;
    expect(e.status).toBe(409);
    expect(e.code).toBe("66257104");
    expect(e.codeName).toBe("IPSEC_POLICY_NAME_EXISTS");
    expect(e.catalogMessage).toBe("IPsec policy with same name already exists in this SVM.");
    expect(e.ontapMessage).toBe('IPsec policy "p1" with same name already exists in this SVM.');
    expect(e.target).toBe("name");
    expect(e.arguments).toEqual([{ code: "1", message: "p1" }]);
    expect(e.method).toBe("POST");
    expect(e.path).toBe("/security/ipsec/policies?return_records=true");
    expect(e.operation).toBe("POST /security/ipsec/policies");
    expect(e.message).toContain("409");
    expect(e.message).toContain("66257104 IPSEC_POLICY_NAME_EXISTS");
    expect(e.message).toContain("(target: name)");
    expect(isOntapError(e)).toBe(true);
    expect(isOntapError(e, "66257104")).toBe(true);
    expect(isOntapError(e, "4")).toBe(false);
    expect(client.isError(e, "66257104")).toBe(true);
    expect(isOntapError(new Error("x"))).toBe(false);
    expect(isOntapClientError(e)).toBe(true);
  });

  it("turns an integer code on the wire into the string the catalog uses", async () => {
    routes.set("GET /api/security/ipsec/policies/u9", (res) => send(res, 404, { error: { code: 4, message: "entry doesn't exist" } }));
    const client = await makeClient(server);
    const e = (await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u9" } } }))) as OntapError;
    expect(e.code).toBe("4");
    expect(e.codeName).toBe("ENTRY_NOT_FOUND");
  });

  it("keeps a code the catalog does not know, without a name", async () => {
    routes.set("GET /api/security/ipsec/policies/u8", (res) => ontapError(res, 500, "99999", "something new"));
    const client = await makeClient(server);
    const e = (await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u8" } } }))) as OntapError;
    expect(e.code).toBe("99999");
    expect(e.codeName).toBeUndefined();
    expect(e.arguments).toEqual([]);
  });

  it("types the code as the release's catalog and narrows with the guards", () => {
    const e: unknown = undefined;
    if (isOntapError(e, "262179")) expectTypeOf(e.code).toEqualTypeOf<"262179">();
    expectTypeOf<OntapError<ErrorCode>["code"]>().toEqualTypeOf<ErrorCode>();
    type Client = Awaited<ReturnType<typeof makeClient>>;
    expectTypeOf<Parameters<Client["isError"]>[1]>().toEqualTypeOf<ErrorCode | undefined>();
  });

  it("serialises to JSON and inspects with its fields", async () => {
    routes.set("GET /api/security/ipsec/policies/u7", (res) => ontapError(res, 404, "4", "entry doesn't exist", { target: "uuid" }));
    const client = await makeClient(server);
    const e = await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u7" } } }));
    const json = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    expect(json).toMatchObject({ name: "OntapError", kind: "ontap", status: 404, code: "4", codeName: "ENTRY_NOT_FOUND", target: "uuid" });
    expect(inspect(e)).toContain('"codeName": "ENTRY_NOT_FOUND"');
  });
});

describe("bodies that are not ONTAP errors", () => {
  it("names status and a short snippet of an HTML page from a proxy", async () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${"<p>nginx</p>".repeat(100)}</body></html>`;
    routes.set("GET /api/security/ipsec/policies/u6", (res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(html);
    });
    const client = await makeClient(server, { retry: false });
    const e = (await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u6" } } }))) as InvalidResponseError;
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect(e.status).toBe(502);
    expect(e.message).toContain("HTTP 502");
    expect(e.message).toContain("<title>502 Bad Gateway</title>");
    expect(e.snippet!.length).toBeLessThanOrEqual(201);
    expect(e.message.length).toBeLessThan(400);
  });

  it("reports a truncated JSON error body", async () => {
    routes.set("GET /api/security/ipsec/policies/u5", (res) => {
      res.writeHead(400, { "content-type": "application/hal+json" });
      res.end('{"error": {"message": "field \\"x\\" is inv');
    });
    const client = await makeClient(server);
    const e = (await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u5" } } }))) as InvalidResponseError;
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect(e.status).toBe(400);
    expect(e.snippet).toBe('{"error": {"message": "field \\"x\\" is inv');
  });

  it("reports an empty error body", async () => {
    routes.set("GET /api/security/ipsec/policies/u4", (res) => {
      res.writeHead(401);
      res.end();
    });
    const client = await makeClient(server);
    const e = (await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u4" } } }))) as InvalidResponseError;
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect(e.status).toBe(401);
    expect(e.message).toContain("empty body");
  });

  it("rejects a 2xx body that is not JSON", async () => {
    routes.set("GET /api/security/ipsec/policies/u3", (res) => {
      res.writeHead(200, { "content-type": "application/hal+json" });
      res.end('{"records": [{"name": "p1"');
    });
    const client = await makeClient(server);
    const e = (await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u3" } } }))) as InvalidResponseError;
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect(e.status).toBe(200);
    expect(e.message).toContain("not JSON");
    expect(e.snippet).toContain('"records"');
  });

  it("returns undefined data for a 200 without a body (PATCH, DELETE)", async () => {
    routes.set("DELETE /api/security/ipsec/policies/u2", (res) => {
      res.writeHead(200);
      res.end();
    });
    const client = await makeClient(server);
    const { data, response } = await client.DELETE("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u2" } } });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
});

describe("no answer", () => {
  it("raises OntapNetworkError when nothing listens", async () => {
    const dead = await serve(() => {});
    await dead.close();
    const client = await makeClient(dead, { retry: false });
    const e = (await caught(client.GET("/security/ipsec/policies"))) as OntapNetworkError;
    expect(e).toBeInstanceOf(OntapNetworkError);
    expect(e.causeCode).toBe("ECONNREFUSED");
    expect(e.message).toContain("GET /security/ipsec/policies");
  });

  it("raises OntapTimeoutError when the cluster does not answer in time", async () => {
    routes.set("GET /api/security/ipsec/policies/hang", () => {});
    const client = await makeClient(server, { timeoutMs: 50, retry: false });
    const e = (await caught(client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "hang" } } }))) as OntapTimeoutError;
    expect(e).toBeInstanceOf(OntapTimeoutError);
    expect(e.timeoutMs).toBe(50);
    expect(e.phase).toBe("request");
  });

  it("passes the caller's abort reason through untouched", async () => {
    routes.set("GET /api/security/ipsec/policies/hang2", () => {});
    const client = await makeClient(server);
    const ctl = new AbortController();
    const reason = new Error("user gave up");
    const p = client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "hang2" } }, signal: ctl.signal });
    setImmediate(() => ctl.abort(reason));
    expect(await caught(p)).toBe(reason);
  });
});

describe("errorFromAnswer and attemptError (alone)", () => {
  const r = createRedactor(["secret_key"], ["s3cr3t-value"]);
  const catalog = { "4": { name: "ENTRY_NOT_FOUND", message: "Entry doesn't exist.", status: 404, common: true } };

  it("reads ONTAP's error body, integer codes as strings, catalog entry attached", () => {
    const body = JSON.stringify({ error: { code: 4, message: "no s3cr3t-value here", arguments: [{ code: 1, message: "m" }] } });
    const e = errorFromAnswer(body, new Response(null, { status: 404 }), "GET", "/x", "GET /x", r, catalog);
    expect(e).toBeInstanceOf(OntapError);
    expect(e).toMatchObject({ code: "4", codeName: "ENTRY_NOT_FOUND", ontapMessage: "no <redacted> here", arguments: [{ code: "1", message: "m" }] });
  });

  it("reports other bodies as InvalidResponseError with a redacted snippet of at most 200 characters", () => {
    const long = `secret_key=s3cr3t-value ${"x".repeat(300)}`;
    const e = errorFromAnswer(long, new Response(null, { status: 502 }), "GET", "/x", "GET /x", r, catalog);
    expect(e).toBeInstanceOf(InvalidResponseError);
    expect((e as InvalidResponseError).snippet).toMatch(/^secret_key=<redacted> x+…$/);
    expect((e as InvalidResponseError).snippet!.length).toBe(201);
    expect(errorFromAnswer("", new Response(null, { status: 500 }), "GET", "/x", "GET /x", r, catalog).message).toBe("GET /x failed with HTTP 500 and an empty body");
  });

  it("tells a timeout, a TLS failure and a network failure apart", () => {
    const at = { method: "GET", path: "/x", host: "c1:443", redactor: r };
    expect(attemptError(new Error("aborted"), true, 50, at)).toBeInstanceOf(OntapTimeoutError);
    const tls = attemptError(Object.assign(new TypeError("fetch failed"), { cause: { name: "Error", code: "SELF_SIGNED_CERT_IN_CHAIN", message: "self-signed" } }), false, 50, at);
    expect(tls).toMatchObject({ kind: "tls", causeCode: "SELF_SIGNED_CERT_IN_CHAIN" });
    const net = attemptError(Object.assign(new Error("connect ECONNREFUSED s3cr3t-value"), { code: "ECONNREFUSED" }), false, 50, at);
    expect(net).toBeInstanceOf(OntapNetworkError);
    expect(net).toMatchObject({ kind: "network", causeCode: "ECONNREFUSED", cause: { message: "connect ECONNREFUSED <redacted>" } });
  });
});
