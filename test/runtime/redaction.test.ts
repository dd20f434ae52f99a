import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedactor, REDACTED } from "../../packages/runtime/src/index.ts";
import { captureLog, getPki, makeClient, makeContract, ontapError, send, serve, type TestServer } from "./helpers.ts";

const PASSWORD = "Pa55-w0rd!xyz";
const TOKEN = "eyJhbGciOiJSUzI1NiJ9.tok-en.SiGn";
const SECRET = "s3cr3t key/with+chars";
const BASIC = Buffer.from(`admin:${PASSWORD}`).toString("base64");

let server: TestServer;
beforeAll(async () => {
  // A hostile cluster: it echoes everything it got back in its error messages.
  server = await serve((req, res) => {
    if (req.url.startsWith("/api/hangup")) {
      res.socket?.destroy();
      return;
    }
    if (req.url.startsWith("/api/ok")) return send(res, 200, { secret_key: SECRET, "ipsec.secret_key": SECRET, name: "p1" });
    if (req.url === "/api/security/ipsec/policies/jobby") return send(res, 202, { job: { uuid: "j1" } });
    if (req.url === "/api/cluster/jobs/j1") {
      return send(res, 200, { uuid: "j1", state: "failure", code: 262185, message: `Key "${SECRET}" was rejected.` });
    }
    const auth = req.headers["authorization"] ?? "";
    const user = auth.startsWith("Basic ") ? Buffer.from(auth.slice(6), "base64").toString() : "";
    ontapError(res, 400, "262185", `Invalid value in ${req.url} ${req.body} auth=${auth} user=${user}`, {
      target: "secret_key",
      arguments: [{ code: "262185", message: String((JSON.parse(req.body || "{}") as { secret_key?: string }).secret_key) }],
    });
  });
});
afterAll(() => server.close());

const loose = (v: object): never => v as never;

/** Everything a user might print about a failure. */
async function surfaces(run: () => Promise<unknown>, lines: string[]): Promise<string> {
  const err = await run().then(
    () => expect.fail("expected a failure"),
    (e: unknown) => e,
  );
  return [String(err), (err as Error).message, (err as Error).stack, JSON.stringify(err), inspect(err, { depth: 10 }), ...lines].join("\n");
}

function expectClean(text: string): void {
  for (const secret of [PASSWORD, BASIC, TOKEN, SECRET, encodeURIComponent(SECRET)]) expect(text).not.toContain(secret);
  expect(text).toContain(REDACTED);
}

describe("redaction", () => {
  it("hides the basic password and Authorization header in errors and debug logs", async () => {
    const log = captureLog();
    const client = await makeClient(server, { auth: { username: "admin", password: PASSWORD }, logger: log.logger });
    const text = await surfaces(() => client.GET("/security/ipsec/policies"), log.lines);
    expect(text).toContain("auth=Basic <redacted>");
    expect(log.text()).toContain('"authorization":"<redacted>"');
    expectClean(text);
  });

  it("hides a bearer token, also in network errors", async () => {
    const log = captureLog();
    const client = await makeClient(server, { auth: { token: TOKEN }, logger: log.logger, contract: makeContract({ release: "9.14" }) });
    expectClean(await surfaces(() => client.GET("/security/ipsec/policies"), log.lines));
    const raw = client.raw as unknown as { GET(p: string): Promise<unknown> };
    expectClean(await surfaces(() => raw.GET("/hangup"), log.lines));
  });

  it("hides secret_key values, nested, dotted and echoed by the cluster", async () => {
    const log = captureLog();
    const client = await makeClient(server, { logger: log.logger, auth: { username: "admin", password: PASSWORD } });
    const body = loose({ name: "p1", secret_key: SECRET, local_endpoint: { "ipsec.secret_key": SECRET } });
    const text = await surfaces(() => client.POST("/security/ipsec/policies", { body }), log.lines);
    expect(server.requests.at(-1)!.body).toContain(SECRET); // the cluster does get it
    expectClean(text);
    expect(text).toContain('"secret_key":"<redacted>"');
  });

  it("hides secret values in query strings and paths", async () => {
    const log = captureLog();
    const client = await makeClient(server, { logger: log.logger });
    const text = await surfaces(
      () => client.GET("/security/ipsec/policies", { params: { query: loose({ secret_key: SECRET, "x.secret_key": "other-secret-1" }) } }),
      log.lines,
    );
    expectClean(text);
    expect(text).not.toContain("other-secret-1");
    expect(text).toContain("secret_key=<redacted>");
  });

  it("hides values a validator quotes in its problems", async () => {
    const log = captureLog();
    const contract = makeContract();
    const op = contract.operations["POST /security/ipsec/policies"]!;
    const client = await makeClient(server, {
      logger: log.logger,
      contract: {
        ...contract,
        operations: {
          ...contract.operations,
          "POST /security/ipsec/policies": {
            ...op,
            validateRequestBody: (v) => [{ path: "$.secret_key", message: `"${(v as { secret_key: string }).secret_key}" is too weak` }],
          },
        },
      },
    });
    const text = await surfaces(() => client.POST("/security/ipsec/policies", { body: loose({ name: "p", secret_key: SECRET }) }), log.lines);
    expectClean(text);
  });

  it("hides a secret the failed job's message echoes", async () => {
    const log = captureLog();
    const client = await makeClient(server, { logger: log.logger });
    const text = await surfaces(
      () =>
        client.PATCH("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "jobby" } }, body: { secret_key: SECRET }, waitForJob: true }),
      log.lines,
    );
    expect(text).toContain("JobFailedError");
    expectClean(text);
    // also when the job is waited for later, from the 202's result
    const accepted = await client.PATCH("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "jobby" } }, body: { secret_key: SECRET } });
    log.lines.length = 0;
    const later = await surfaces(() => client.waitForJob(accepted), log.lines);
    expect(later).toContain("JobFailedError");
    expectClean(later);
  });

  it("hides secrets in logged response bodies", async () => {
    const log = captureLog();
    const client = await makeClient(server, { logger: log.logger });
    await (client.raw as unknown as { GET(p: string): Promise<unknown> }).GET("/ok");
    expect(log.text()).toContain("response 200");
    expectClean(log.text());
  });

  it("keeps the client key out of logs and of the inspected client", async () => {
    const { clientCert, clientKey } = await getPki();
    const log = captureLog();
    const client = await makeClient(server, { auth: { cert: clientCert, key: clientKey }, logger: log.logger });
    await client.GET("/security/ipsec/policies").catch(() => {});
    const keyBody = clientKey.split("\n")[1]!;
    expect(log.text()).not.toContain(keyBody);
    expect(inspect(client, { depth: 5 })).not.toContain(keyBody);
    const basic = await makeClient(server, { auth: { username: "admin", password: PASSWORD } });
    expect(inspect(basic, { depth: 5 })).not.toContain(PASSWORD);
  });
});

describe("createRedactor", () => {
  const r = createRedactor(["secret_key"], ["hunter2"]);
  it("redacts sensitive keys at any depth, dotted or not, case-insensitively", () => {
    expect(r.value({ a: { secret_key: "x", "b.Secret_Key": 1, list: [{ password: "p" }] }, name: "n" })).toEqual({
      a: { secret_key: REDACTED, "b.Secret_Key": REDACTED, list: [{ password: REDACTED }] },
      name: "n",
    });
  });
  it("redacts text forms: literals, query pairs, JSON pairs, auth schemes", () => {
    expect(r.text("pw hunter2 and hunter2")).toBe(`pw ${REDACTED} and ${REDACTED}`);
    expect(r.text("/x?a=1&svm.secret_key=abc&b=2")).toBe(`/x?a=1&svm.secret_key=${REDACTED}&b=2`);
    expect(r.text('{"secret_key": "a\\"b", "n": 1}')).toBe(`{"secret_key": "${REDACTED}", "n": 1}`);
    expect(r.text("Authorization: Bearer abc.def")).toBe(`Authorization: Bearer ${REDACTED}`);
  });
  it("leaves values under 3 characters to the key-based rules instead of garbling text", () => {
    const short = createRedactor([], ["ab", 7]);
    expect(short.text("about 7 tabs")).toBe("about 7 tabs");
    expect(short.text('{"password": "ab"}')).toBe(`{"password": "${REDACTED}"}`);
  });
  it("does not redact unrelated fields", () => {
    expect(r.value({ secret_key_id: "keep", name: "keep" })).toEqual({ secret_key_id: "keep", name: "keep" });
  });
});
