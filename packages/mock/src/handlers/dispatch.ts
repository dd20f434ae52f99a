// Routes a matched request: /cluster and jobs, the hand-written handlers of IPsec policies (their
// many rules) and security associations (generated lazily: 100 000 of them page without being
// held), and every other path of the slice to the collection engine with its behaviour modules.
import { handleEngine } from "../engine/handle.js";
import { CLUSTER, handleCluster, handleJob, JOB } from "./cluster.js";
import type { Ctx, Env, Reply } from "./context.js";
import { handleResource, RESOURCES } from "./resources.js";

/** The slice paths the hand-written handlers serve; the engine serves the rest. */
export const HAND_WRITTEN: ReadonlySet<string> = new Set([...RESOURCES.flatMap((r) => [r.collection, r.instance])]);

export async function dispatch(ctx: Ctx, env: Env): Promise<Reply> {
  const t = ctx.route.template;
  if (t === CLUSTER) return handleCluster(ctx, env);
  if (t === JOB) return handleJob(ctx, env);
  if (!ctx.op) throw ctx.errors.make("3", { status: 405 });
  const r = RESOURCES.find((x) => x.collection === t || x.instance === t);
  if (r) return handleResource(ctx, env, r);
  if (env.state.engine.model.lookup(t)) return handleEngine(ctx, env);
  throw ctx.errors.make("3", { status: 405 });
}
