// The fault matrix: each mock fault (plus 401 and an untrusted certificate) ends in success or in
// the right typed runtime error within its bound; no secret reaches an error or the log.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FaultRule, MockOntap } from "@ontap-sec/mock";
import { AUTH_HEADER, captureLogger, clientFor, PASSWORD, policy, SECRET_KEY, startMock } from "./helpers.js";

const RELEASE = "9.10";
const FAST_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 3000, maxRetryAfterMs: 20 };

interface Case {
  name: string;
  faults: FaultRule[];
  run: (client: any) => Promise<unknown>;
  /** "success", or the expected error kind (plus a check). */
  expect: "success" | { kind: string; check?: (e: any) => void };
  boundMs: number;
  clientOptions?: Record<string, unknown>;
}

const getPolicies = (c: any) => c.GET("/security/ipsec/policies");
const createPolicy = (name: string) => (c: any) => c.POST("/security/ipsec/policies", { body: policy(name) });
const patchSecurity = (wait: Record<string, unknown>) => (c: any) => c.PATCH("/security", { body: { fips: { enabled: true } }, waitForJob: { initialDelayMs: 5, maxDelayMs: 10, ...wait } });

const CASES: Case[] = [
  { name: "delay under the timeout", faults: [{ kind: "delay", ms: 100 }], run: getPolicies, expect: "success", boundMs: 2000, clientOptions: { timeoutMs: 1000 } },
  {
    name: "delay beyond the timeout (no retry)",
    faults: [{ kind: "delay", ms: 1500, times: Infinity }],
    run: getPolicies,
    expect: { kind: "timeout", check: (e) => expect(e.phase).toBe("request") },
    boundMs: 1200,
    clientOptions: { timeoutMs: 200, retry: false },
  },
  { name: "one connection reset (GET retried)", faults: [{ kind: "reset" }], run: getPolicies, expect: "success", boundMs: 2000 },
  { name: "connection reset every time", faults: [{ kind: "reset", times: Infinity }], run: getPolicies, expect: { kind: "network" }, boundMs: 3000 },
  { name: "one 502 HTML page (retried)", faults: [{ kind: "html", status: 502 }], run: getPolicies, expect: "success", boundMs: 2000 },
  {
    name: "500 HTML page",
    faults: [{ kind: "html", status: 500, times: Infinity }],
    run: getPolicies,
    expect: { kind: "invalid-response", check: (e) => expect(e.status).toBe(500) },
    boundMs: 3000,
  },
  { name: "truncated JSON", faults: [{ kind: "truncated", times: Infinity, method: "GET", path: "/security/ipsec/policies" }], run: getPolicies, expect: { kind: "invalid-response" }, boundMs: 3000 },
  { name: "one 429 with Retry-After", faults: [{ kind: "status", status: 429, retryAfter: 1 }], run: getPolicies, expect: "success", boundMs: 2000 },
  { name: "one 503 with Retry-After", faults: [{ kind: "status", status: 503, retryAfter: 1 }], run: getPolicies, expect: "success", boundMs: 2000 },
  {
    name: "503 every time",
    faults: [{ kind: "status", status: 503, retryAfter: 1, times: Infinity }],
    run: getPolicies,
    expect: { kind: "__any__", check: (e) => expect(e.status).toBe(503) },
    boundMs: 3000,
  },
  { name: "locked once on a POST (retried)", faults: [{ kind: "locked" }], run: createPolicy("locked_once"), expect: "success", boundMs: 2000 },
  {
    name: "locked every time",
    faults: [{ kind: "locked", times: Infinity }],
    run: createPolicy("locked_always"),
    expect: { kind: "ontap", check: (e) => expect(e.code).toBe("2621573") },
    boundMs: 3000,
  },
  {
    name: "a job that fails",
    faults: [{ kind: "job-failure", code: 52559974, message: "Cannot enable FIPS-compliant mode." }],
    run: patchSecurity({}),
    expect: { kind: "job-failed", check: (e) => expect(e.code).toBe(52559974) },
    boundMs: 3000,
  },
  {
    name: "a job that never finishes",
    faults: [{ kind: "job-hang" }],
    run: patchSecurity({ timeoutMs: 300 }),
    expect: { kind: "timeout", check: (e) => expect(e.phase).toBe("job") },
    boundMs: 2000,
  },
  {
    name: "wrong password (401)",
    faults: [],
    run: getPolicies,
    expect: { kind: "ontap", check: (e) => expect(e.status).toBe(401) },
    boundMs: 2000,
    clientOptions: { auth: { username: "admin", password: "wrong-password" } },
  },
  { name: "untrusted certificate", faults: [], run: getPolicies, expect: { kind: "tls" }, boundMs: 2000, clientOptions: { ca: undefined } },
];

describe(`fault matrix (${RELEASE})`, () => {
  let mock: MockOntap;
  const cap = captureLogger();
  const errors: unknown[] = [];
  beforeAll(async () => {
    mock = await startMock(RELEASE);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.reset();
  });
  afterAll(() => mock.close());

  for (const c of CASES) {
    it(`${c.name} → ${c.expect === "success" ? "success" : c.expect.kind}`, async () => {
      c.faults.forEach((f) => mock.faults.add(f));
      const client = await clientFor(RELEASE, mock, { retry: FAST_RETRY, logger: cap.logger, ...c.clientOptions });
      const t0 = Date.now();
      let result: unknown;
      let error: any;
      try {
        result = await c.run(client);
      } catch (e) {
        error = e;
        errors.push(e);
      } finally {
        await client.close();
      }
      const elapsed = Date.now() - t0;
      expect(elapsed).toBeLessThan(c.boundMs);
      if (c.expect === "success") {
        expect(error).toBeUndefined();
        expect(result).toBeDefined();
      } else {
        expect(error, "expected an error").toBeDefined();
        expect(typeof error.kind).toBe("string");
        if (c.expect.kind !== "__any__") expect(error.kind).toBe(c.expect.kind);
        c.expect.check?.(error);
      }
    });
  }

  it("no password, secret_key or Authorization header in any error or log line", () => {
    expect(errors.length).toBeGreaterThanOrEqual(9);
    const texts = errors.map((e: any) => [String(e), e.stack, JSON.stringify(e), JSON.stringify(e?.toJSON?.())].join("\n"));
    const all = [...texts, ...cap.lines].join("\n");
    for (const secret of [PASSWORD, SECRET_KEY, AUTH_HEADER, AUTH_HEADER.slice(6), Buffer.from("admin:wrong-password").toString("base64"), "wrong-password"]) {
      expect(all).not.toContain(secret);
    }
  });
});
