// /cluster (the release a client detects) and /cluster/jobs/{uuid} (job polling): not in the
// security slice, answered by the mock with the fields clients read.
import { type JsonObject, objectAt } from "../json.js";
import { splitList } from "../query/fields.js";
import type { Ctx, Env, Reply } from "./context.js";

export const CLUSTER = "/cluster";
export const JOB = "/cluster/jobs/{uuid}";

const BUILD_DATES: Record<string, string> = {
  "9.8": "Fri Aug 19 06:39:33 UTC 2020",
  "9.9": "Mon May 17 14:59:47 UTC 2021",
  "9.10": "Thu Dec 02 00:45:14 UTC 2021",
  "9.11": "Wed Jun 15 09:35:18 UTC 2022",
  "9.12": "Wed Jan 11 20:02:51 UTC 2023",
  "9.13": "Thu Jun 01 11:44:01 UTC 2023",
  "9.14": "Tue Jan 09 16:54:32 UTC 2024",
  "9.15": "Wed Jun 19 15:07:23 UTC 2024",
  "9.16": "Thu Nov 14 10:12:40 UTC 2024",
  "9.17": "Tue Jul 22 08:31:05 UTC 2025",
  "9.18": "Wed Jan 14 13:47:52 UTC 2026",
  "9.19": "Tue Jun 16 09:05:11 UTC 2026",
};

export function versionOf(release: string, patch?: number) {
  const [g, m] = release.split(".").map(Number) as [number, number];
  const minor = patch ?? (release === "9.8" ? 0 : 1);
  const label = minor === 0 ? release : `${release}.${minor}`;
  return { full: `NetApp Release ${label}: ${BUILD_DATES[release] ?? "Mon Jan 01 00:00:00 UTC 2024"}`, generation: g, major: m, minor };
}

export function handleCluster(ctx: Ctx, env: Env): Reply {
  if (ctx.method !== "GET") throw ctx.errors.make("3", { status: 405 });
  if (env.settings.clusterForbidden) throw ctx.errors.make("6", { status: 403 });
  const inv = env.state.inventory;
  const version: JsonObject = versionOf(env.spec.release, env.settings.patch);
  const full: JsonObject = {
    name: inv.cluster.name,
    uuid: inv.cluster.uuid,
    version,
    ...(ctx.hal ? { _links: { self: { href: "/api/cluster" } } } : {}),
  };
  const fields = splitList(ctx.query.getAll("fields"));
  if (fields.length === 0 || fields.some((f) => f === "*" || f === "**")) return { status: 200, body: full };
  const out: JsonObject = ctx.hal ? { _links: full._links } : {};
  for (const f of fields) {
    const [top, sub] = f.split(".");
    if (!(top! in full) || (sub !== undefined && !(top === "version" && sub in version))) throw ctx.errors.invalid("fields", f, ["field", "..."]);
    if (sub) objectAt(out, top!)[sub] = version[sub];
    else out[top!] = full[top!];
  }
  return { status: 200, body: out };
}

export function handleJob(ctx: Ctx, env: Env): Reply {
  if (ctx.method !== "GET") throw ctx.errors.make("3", { status: 405 });
  const v = env.state.jobs.view(ctx.route.params.uuid!);
  if (!v) throw ctx.errors.notFound("uuid");
  const body: JsonObject = { ...v };
  if (!ctx.hal) delete body._links;
  return { status: 200, body };
}
