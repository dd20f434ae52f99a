// Routes a matched request: /cluster and jobs, the hand-written IPsec handlers (their rules are
// the mock's oldest and most detailed), and every other path of the slice to the collection engine.
import { handleEngine } from "../engine/handle.js";
import { CLUSTER, handleCluster, handleJob, JOB } from "./cluster.js";
import type { Ctx, Env, Reply } from "./context.js";
import { handleResource, RESOURCES } from "./resources.js";
import { handleIpsec, handleSecurity } from "./security.js";

/** The slice paths the hand-written handlers serve; the engine serves the rest. */
export const HAND_WRITTEN: ReadonlySet<string> = new Set(["/security", "/security/ipsec", ...RESOURCES.flatMap((r) => [r.collection, r.instance])]);

export async function dispatch(ctx: Ctx, env: Env): Promise<Reply> {
  const t = ctx.route.template;
  if (t === CLUSTER) return handleCluster(ctx, env);
  if (t === JOB) return handleJob(ctx, env);
  if (!ctx.op) throw ctx.errors.make("3", { status: 405 });
  if (t === "/security") return handleSecurity(ctx, env);
  if (t === "/security/ipsec") return handleIpsec(ctx, env);
  const r = RESOURCES.find((x) => x.collection === t || x.instance === t);
  if (r) return handleResource(ctx, env, r);
  if (env.state.engine.model.lookup(t)) return handleEngine(ctx, env);
  throw ctx.errors.make("3", { status: 405 });
}
