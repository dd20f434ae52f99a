import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedactor, JobFailedError, OntapTimeoutError } from "../../packages/runtime/src/index.ts";
import { jobUuid, waitForJob } from "../../packages/runtime/src/jobs.ts";
import { fakeClock, makeClient, send, serve, type TestServer } from "./helpers.ts";

// Job uuid → the states successive polls return (the last one repeats).
const scripts = new Map<string, Array<Record<string, unknown>>>();
const polls = new Map<string, number>();
let onPoll: ((uuid: string, n: number) => void) | undefined;
let server: TestServer;

beforeAll(async () => {
  server = await serve((req, res) => {
    if (req.method === "PATCH" && req.url === "/api/security") {
      const uuid = (JSON.parse(req.body) as { fips?: { enabled?: boolean } }).fips?.enabled ? "job-ok" : "job-fail";
      return send(res, 202, { job: { uuid, _links: { self: { href: `/api/cluster/jobs/${uuid}` } } } });
    }
    const m = /^\/api\/cluster\/jobs\/([^/?]+)$/.exec(req.url);
    if (req.method === "GET" && m) {
      const uuid = m[1]!;
      const n = (polls.get(uuid) ?? 0) + 1;
      polls.set(uuid, n);
      onPoll?.(uuid, n);
      const script = scripts.get(uuid) ?? [];
      const state = script[Math.min(n, script.length) - 1] ?? { state: "running" };
      return send(res, 200, { uuid, description: "PATCH /api/security", ...state });
    }
    send(res, 404, { error: { code: "4", message: "not found" } });
  });
});
afterAll(() => server.close());

function reset(uuid: string, script: Array<Record<string, unknown>>): void {
  scripts.set(uuid, script);
  polls.set(uuid, 0);
  onPoll = undefined;
}

describe("jobs", () => {
  it("polls a 202's job with growing pauses until success", async () => {
    reset("job-ok", [{ state: "queued" }, { state: "running" }, { state: "running" }, { state: "success", code: 0, message: "done" }]);
    const clock = fakeClock();
    const client = await makeClient(server, { clock });
    const accepted = await client.PATCH("/security", { body: { fips: { enabled: true } } });
    expect(accepted.response.status).toBe(202);
    expect(accepted.data.job?.uuid).toBe("job-ok");
    const job = await client.waitForJob(accepted, { initialDelayMs: 100, maxDelayMs: 250 });
    expect(job.state).toBe("success");
    expect(job.uuid).toBe("job-ok");
    expect(polls.get("job-ok")).toBe(4);
    expect(clock.sleeps).toEqual([100, 200, 250]);
  });

  it("accepts the 202 body, the job object or a bare uuid", async () => {
    const client = await makeClient(server);
    for (const ref of [
      { job: { uuid: "job-ok" } },
      { uuid: "job-ok" },
      { _links: { self: { href: "/api/cluster/jobs/job-ok" } } },
      "job-ok",
    ]) {
      reset("job-ok", [{ state: "success" }]);
      expect((await client.waitForJob(ref)).uuid).toBe("job-ok");
    }
    await expect(client.waitForJob({})).rejects.toBeInstanceOf(TypeError);
  });

  it("raises JobFailedError with the job's integer code and message", async () => {
    reset("job-fail", [{ state: "running" }, { state: "failure", code: 66257199, message: "IPsec is not supported in the current cluster version." }]);
    const client = await makeClient(server);
    const accepted = await client.PATCH("/security", { body: { fips: { enabled: false } } });
    const err = await client.waitForJob(accepted).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobFailedError);
    const e = err as JobFailedError;
    expect(e.code).toBe(66257199);
    expect(e.jobUuid).toBe("job-fail");
    expect(e.jobMessage).toBe("IPsec is not supported in the current cluster version.");
    expect(e.message).toContain("with code 66257199");
    expect(e.job["description"]).toBe("PATCH /api/security");
  });

  it("gives up after its timeout with OntapTimeoutError", async () => {
    reset("job-ok", [{ state: "running" }]);
    const clock = fakeClock();
    const client = await makeClient(server, { clock });
    const err = await client.waitForJob("job-ok", { timeoutMs: 10_000, initialDelayMs: 1_000, maxDelayMs: 4_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OntapTimeoutError);
    expect((err as OntapTimeoutError).phase).toBe("job");
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, 3_000]); // the last pause is cut to the deadline
    expect(polls.get("job-ok")).toBe(5); // one last look at the deadline
  });

  it("stops when the caller aborts", async () => {
    reset("job-ok", [{ state: "running" }]);
    const client = await makeClient(server);
    const ctl = new AbortController();
    const reason = new Error("shutdown");
    onPoll = (_uuid, n) => n === 3 && ctl.abort(reason);
    const err = await client.waitForJob("job-ok", { signal: ctl.signal }).catch((e: unknown) => e);
    expect(err).toBe(reason);
    expect(polls.get("job-ok")).toBe(3);
  });

  it("waits for the job on a 202 when asked to, per client or per call", async () => {
    reset("job-ok", [{ state: "running" }, { state: "success", message: "ok" }]);
    const client = await makeClient(server, { waitForJobs: true });
    const result = await client.PATCH("/security", { body: { fips: { enabled: true } } });
    expect(result.response.status).toBe(202);
    expect(result.job?.state).toBe("success");
    expect(polls.get("job-ok")).toBe(2);

    reset("job-fail", [{ state: "failure", code: 5, message: "nope" }]);
    const perCall = await makeClient(server);
    await expect(perCall.PATCH("/security", { body: { fips: { enabled: false } }, waitForJob: { timeoutMs: 1000 } })).rejects.toBeInstanceOf(JobFailedError);
    const untouched = await perCall.PATCH("/security", { body: { fips: { enabled: false } } });
    expect(untouched.job).toBeUndefined();
  });
});

describe("jobUuid and waitForJob (alone)", () => {
  it("finds the uuid in a 202 body, its result, a job, a self link or a uuid", () => {
    expect(jobUuid("u1")).toBe("u1");
    expect(jobUuid({ job: { uuid: "u2" } })).toBe("u2");
    expect(jobUuid({ data: { job: { uuid: "u3" } } })).toBe("u3");
    expect(jobUuid({ _links: { self: { href: "/api/cluster/jobs/u4?fields=state" } } })).toBe("u4");
    expect(jobUuid({ name: "not a job" })).toBeUndefined();
    expect(jobUuid("")).toBeUndefined();
  });

  it("polls through the poller until the job ends, failures redacted", async () => {
    const states = ["running", "failure"];
    const clock = fakeClock();
    const redactor = createRedactor([], ["hunter2-secret"]);
    const err = await waitForJob(
      { clock, get: async (uuid) => ({ uuid, state: states.shift(), code: 7, message: "bad key hunter2-secret" }) },
      { job: { uuid: "j9" } },
      { initialDelayMs: 100 },
      redactor,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobFailedError);
    expect(err).toMatchObject({ jobUuid: "j9", code: 7, jobMessage: "bad key <redacted>" });
    expect(clock.sleeps).toEqual([100]);
  });
});
