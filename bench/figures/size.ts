// Figure 4: bundle size for a consumer (esbuild, minified, ESM, platform node; gzip level 9 via
// node:zlib). `undici` is external: it is a Node dependency of the runtime, not something a
// consumer bundle would inline (and Node ships its own fetch on the same engine).
import { build } from "esbuild";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fmtBytes, type Figure } from "../lib/stats.js";
import { ROOT } from "../lib/paths.js";

export interface BundleSize {
  raw: number;
  min: number;
  gzip: number;
}

/** Bundles `source` (an ES module) as a consumer would, resolving from `resolveDir`. */
export async function bundle(source: string, resolveDir = ROOT): Promise<BundleSize & { code: string }> {
  const out = await build({
    stdin: { contents: source, resolveDir, loader: "ts", sourcefile: "consumer.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["undici"],
    write: false,
    logLevel: "silent",
    legalComments: "none",
  });
  const code = out.outputFiles[0]!.text;
  const bytes = Buffer.from(code);
  return { raw: bytes.length, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, code };
}

const RUNTIME_DIR = path.join(ROOT, "packages/runtime");

export async function sizeFigures(release = "9.10"): Promise<{ figures: Figure[]; details: Record<string, BundleSize> }> {
  const guardsFile = path.join(ROOT, `packages/client-${release}/src/guards.ts`);
  const [fetchOnly, runtime, client, oneGuard, oneValidate, allGuards] = await Promise.all([
    bundle(`import createClient from "openapi-fetch"; export default createClient;`, RUNTIME_DIR),
    bundle(`export { createOntapClient } from "@ontap-sec/runtime";`),
    bundle(`export { createClient } from "@ontap-sec/client-${release}";`),
    bundle(`export { isIpsecPolicy } from "@ontap-sec/client-${release}";`),
    bundle(`export { validateIpsecPolicyCreate } from "@ontap-sec/client-${release}";`),
    bundle(`export * from ${JSON.stringify(guardsFile)};`),
  ]);
  const beyond = runtime.gzip - fetchOnly.gzip;
  const details = { "openapi-fetch createClient": fetchOnly, "runtime createOntapClient": runtime, [`client-${release} createClient`]: client, "one guard (isIpsecPolicy)": oneGuard, "one validator (validateIpsecPolicyCreate)": oneValidate, "all guards": allGuards };
  const figures: Figure[] = [
    {
      name: "size: runtime beyond openapi-fetch (gzip)",
      measured: `${fmtBytes(runtime.gzip)} − ${fmtBytes(fetchOnly.gzip)} = ${fmtBytes(beyond)}`,
      ratio: beyond / 4096,
      target: "≤ 4 kB",
      ok: beyond <= 4096,
    },
    {
      name: `size: one guard, isIpsecPolicy ${release} (gzip)`,
      measured: `${fmtBytes(oneGuard.gzip)} (all guards ${fmtBytes(allGuards.gzip)})`,
      ratio: oneGuard.gzip / 1536,
      target: "≤ 1.5 kB",
      ok: oneGuard.gzip <= 1536,
    },
    {
      name: "size: one guard vs all guards (tree-shaking)",
      measured: `${fmtBytes(oneGuard.gzip)} vs ${fmtBytes(allGuards.gzip)}`,
      ratio: oneGuard.gzip / allGuards.gzip,
      target: "≪ 1×",
      ok: oneGuard.gzip * 4 < allGuards.gzip,
    },
    {
      name: `size: client-${release} createClient, all in (gzip, info)`,
      measured: `${fmtBytes(client.gzip)} (min ${fmtBytes(client.min)})`,
      ratio: client.gzip / runtime.gzip,
      target: "info (× runtime)",
    },
  ];
  return { figures, details };
}
