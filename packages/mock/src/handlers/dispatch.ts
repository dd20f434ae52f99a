// Routes a matched request to the handler of its path.
import { CLUSTER, handleCluster, handleJob, JOB } from "./cluster.js";
import type { Ctx, Env, Reply } from "./context.js";
import { handleResource, RESOURCES } from "./resources.js";
import { handleIpsec, handleSecurity } from "./security.js";

export async function dispatch(ctx: Ctx, env: Env): Promise<Reply> {
  const t = ctx.route.template;
  if (t === CLUSTER) return handleCluster(ctx, env);
  if (t === JOB) return handleJob(ctx, env);
  if (!ctx.op) throw ctx.errors.make("3", { status: 405 });
  if (t === "/security") return handleSecurity(ctx, env);
  if (t === "/security/ipsec") return handleIpsec(ctx, env);
  const r = RESOURCES.find((x) => x.collection === t || x.instance === t);
  if (r) return handleResource(ctx, env, r);
  throw ctx.errors.make("3", { status: 405 });
}
