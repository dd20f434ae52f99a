// Fault injection: each kind, per route and global, one-shot and N times, at start and at run time.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MockOntap } from "@ontap-sec/mock";
import { api, type Api, policyBody, start } from "./helpers.js";

const P = "/api/security/ipsec/policies";

describe("faults", () => {
  let mock: MockOntap;
  let c: Api;
  beforeEach(async () => {
    mock = await start("9.10");
    c = api(mock);
  });
  afterEach(() => mock.close());

  it("delay holds the answer back, then answers normally", async () => {
    mock.faults.add({ kind: "delay", ms: 300, path: "/security/ipsec" });
    const t0 = Date.now();
    const r = await c.get("/api/security/ipsec");
    expect(r.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    const t1 = Date.now();
    await c.get("/api/security/ipsec");
    expect(Date.now() - t1).toBeLessThan(250);
  });

  it("reset destroys the connection", async () => {
    mock.faults.add({ kind: "reset", path: P });
    await expect(c.get(P)).rejects.toThrow();
    expect((await c.get(P)).status).toBe(200);
    expect(mock.requests.some((r) => r.fault === "reset")).toBe(true);
  });

  it("html answers a status with an HTML page", async () => {
    mock.faults.add({ kind: "html", status: 502 });
    const r = await c.get(P);
    expect(r.status).toBe(502);
    expect(r.headers.get("content-type")).toMatch(/text\/html/);
    expect(r.text).toMatch(/^<html>/);
    expect(r.body).toBeUndefined();
  });

  it("truncated answers JSON cut half-way", async () => {
    await c.post(P, policyBody("t1"));
    mock.faults.add({ kind: "truncated", path: P, method: "GET" });
    const r = await c.get(`${P}?fields=*`);
    expect(r.status).toBe(200);
    expect(r.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(r.text)).toThrow();
    expect(JSON.parse((await c.get(`${P}?fields=*`)).text).num_records).toBe(1);
  });

  it("429 and 503 carry Retry-After", async () => {
    mock.faults.add({ kind: "status", status: 429, retryAfter: 2 });
    const r = await c.get(P);
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toBe("2");
    mock.faults.add({ kind: "status", status: 503 });
    const r2 = await c.get(P);
    expect(r2.status).toBe(503);
    expect(r2.headers.get("retry-after")).toBe("1");
    expect((await c.get(P)).status).toBe(200);
  });

  it("locked answers 2621573 on writes only", async () => {
    mock.faults.add({ kind: "locked", times: 2 });
    expect((await c.get(P)).status).toBe(200);
    const w = await c.post(P, policyBody("l1"));
    expect(w.status).toBe(409);
    expect(w.body.error.code).toBe("2621573");
    expect(w.body.error.message).toMatch(/temporarily locked/);
    expect((await c.patch("/api/security/ipsec", { enabled: true })).body.error.code).toBe("2621573");
    expect((await c.post(P, policyBody("l1"))).status).toBe(201);
  });

  it("times: N applies N times; Infinity until removed", async () => {
    mock.faults.add({ kind: "status", status: 503, times: 3, path: P });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await c.get(P)).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
    const id = mock.faults.add({ kind: "status", status: 503, times: Infinity, path: "/security/ipsec/policies/{uuid}" });
    expect((await c.get(`${P}/abc`)).status).toBe(503);
    expect((await c.get(`${P}/abc`)).status).toBe(503);
    expect((await c.get(P)).status).toBe(200);
    expect(mock.faults.remove(id)).toBe(true);
    expect((await c.get(`${P}/abc`)).status).toBe(404);
  });

  it("faults given at start apply", async () => {
    const m = await start("9.10", { faults: [{ kind: "status", status: 503, method: "GET", path: "/api/cluster" }] });
    try {
      expect((await api(m).get("/api/cluster")).status).toBe(503);
      expect((await api(m).get("/api/cluster")).status).toBe(200);
    } finally {
      await m.close();
    }
  });

  it("a job can fail with a code and message", async () => {
    mock.faults.add({ kind: "job-failure", code: 52559974, message: "Cannot enable FIPS-compliant mode." });
    const p = await c.patch("/api/security", { fips: { enabled: true } });
    expect(p.status).toBe(202);
    let j: any;
    for (let i = 0; i < 4; i++) j = (await c.get(p.body.job._links.self.href)).body;
    expect(j).toMatchObject({ state: "failure", code: 52559974, message: "Cannot enable FIPS-compliant mode." });
    expect((await c.get("/api/security")).body.fips.enabled).toBe(false);
  });

  it("a job can never finish", async () => {
    mock.faults.add({ kind: "job-hang" });
    const p = await c.patch("/api/security", { fips: { enabled: true } });
    const states = new Set<string>();
    for (let i = 0; i < 6; i++) states.add((await c.get(p.body.job._links.self.href)).body.state);
    expect([...states]).toEqual(["queued", "running"]);
  });

  it("time-driven jobs advance with the clock; return_timeout waits for the end", async () => {
    const m = await start("9.10", { jobs: { mode: "time", queuedMs: 50, runningMs: 100 } });
    try {
      const a = api(m);
      const p = await a.patch("/api/security", { fips: { enabled: true } });
      expect((await a.get(p.body.job._links.self.href)).body.state).toBe("queued");
      await new Promise((r) => setTimeout(r, 200));
      expect((await a.get(p.body.job._links.self.href)).body.state).toBe("success");
      const waited = await a.patch("/api/security?return_timeout=5", { fips: { enabled: false } });
      expect(waited.status).toBe(200);
      expect((await a.get("/api/security")).body.fips.enabled).toBe(false);
    } finally {
      await m.close();
    }
  });

  it("latencyMs slows every answer", async () => {
    mock.settings.latencyMs = 150;
    const t0 = Date.now();
    await c.get("/api/cluster");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });
});
