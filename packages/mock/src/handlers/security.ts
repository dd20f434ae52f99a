// The singleton /security: its PATCH runs as a job, as on ONTAP, and two seeded conditions make it fail.
import { checkBody } from "../body.js";
import { OntapError } from "../errors.js";
import { valueAt } from "../json.js";
import { applySecurityPatch } from "../state/singletons.js";
import type { Ctx, Env, Reply } from "./context.js";
import { parseQuery } from "./query-params.js";
import { render, withSelf } from "./render.js";
import { noBody, readOf, requestBody } from "./request.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function handleSecurity(ctx: Ctx, env: Env): Promise<Reply> {
  const read = readOf(env, "/security");
  if (ctx.method === "GET") {
    noBody(ctx);
    const q = parseQuery(ctx, env, read, "instance");
    return { status: 200, body: render(env, ctx, withSelf(env.state.security, read, "/api/security"), read, q.fields ?? "all") };
  }
  // PATCH: validated now, applied by a job.
  const q = parseQuery(ctx, env, read, "write");
  const body = requestBody(ctx);
  checkBody(body, { spec: env.spec, errors: ctx.errors, request: ctx.op!.requestSchema ?? {}, read, mode: "modify" });
  const cond = env.state.seedOptions.conditions ?? {};
  if (valueAt(body, "fips.enabled") === true && cond.nonFipsCertificateInUse) throw ctx.errors.make("52559974", { target: "fips.enabled" });
  if (valueAt(body, "software_data_encryption.conversion_enabled") === true && cond.dataVolumesPresent)
    throw ctx.errors.make("196608081", { target: "software_data_encryption.conversion_enabled" });
  const fault = env.faults.takeJob(ctx.method, `/api${ctx.path}`);
  const jobs = env.state.jobs;
  const job = jobs.create("PATCH /api/security", () => applySecurityPatch(env.state.security, body), {
    ...(fault?.kind === "job-failure" ? { fail: { code: fault.code ?? 65552, message: fault.message ?? "Generic RPC failure." } } : {}),
    ...(fault?.kind === "job-hang" ? { hang: true } : {}),
  });
  const link = { job: { uuid: job.uuid, _links: { self: { href: `/api/cluster/jobs/${job.uuid}` } } } };
  if (q.returnTimeout && q.returnTimeout > 0) {
    const deadline = Date.now() + q.returnTimeout * 1000;
    let state = jobs.view(job.uuid, false)!.state;
    if (state !== "success" && state !== "failure") {
      if ((env.state.jobOptions.mode ?? "polls") === "polls") state = jobs.finish(job);
      while (state !== "success" && state !== "failure" && Date.now() < deadline) {
        await sleep(Math.min(20, Math.max(1, deadline - Date.now())));
        state = jobs.view(job.uuid, false)!.state;
      }
    }
    if (state === "failure") {
      const v = jobs.view(job.uuid, false)!;
      throw new OntapError(400, String(v.code), v.message);
    }
    if (state === "success") return { status: 200, body: link };
  }
  return { status: 202, body: link };
}
