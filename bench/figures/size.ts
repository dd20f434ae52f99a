// Figure 4: bundle size for a consumer (esbuild, minified, ESM, platform node; gzip level 9 via
// node:zlib). `undici` is external: it is a Node dependency of the runtime, not something a
// consumer bundle would inline (and Node ships its own fetch on the same engine).
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fmtBytes, type Figure } from "../lib/stats.js";
import { ROOT } from "../lib/paths.js";
import { NEWEST } from "../lib/releases.js";

export interface BundleSize {
  /** Minified bytes loaded at import: the entry chunk and the chunks it imports statically. */
  min: number;
  /** The same, gzipped (level 9), each chunk on its own as a server would send it. */
  gzip: number;
  /** Every chunk, lazily imported ones included (gzip). */
  gzipAll: number;
  /** Number of lazily loaded chunks. */
  lazyChunks: number;
}

const TMP = path.join(ROOT, "bench/.out/size");
let seq = 0;

/**
 * Bundles `source` (an ES module) as a consumer's bundler would: minified ESM for Node with code
 * splitting, so a dynamic `import()` becomes its own chunk (as Vite, Rollup and webpack do).
 * `resolveDir` is where imports are resolved from.
 */
async function bundle(source: string, resolveDir = ROOT): Promise<BundleSize> {
  const dir = path.join(TMP, String(seq++));
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, "consumer.ts");
  writeFileSync(entry, source);
  const out = await build({
    entryPoints: [entry],
    nodePaths: [path.join(resolveDir, "node_modules")],
    bundle: true,
    splitting: true,
    outdir: path.join(dir, "out"),
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["undici"],
    write: false,
    metafile: true,
    logLevel: "silent",
    legalComments: "none",
  });
  const files = new Map(out.outputFiles.map((f) => [path.relative(ROOT, f.path), f.contents]));
  const outputs = out.metafile.outputs;
  const gz = (k: string) => gzipSync(files.get(k)!, { level: 9 }).length;
  const entryKey = Object.keys(outputs).find((k) => outputs[k]!.entryPoint)!;
  const loaded = new Set<string>();
  const visit = (k: string) => {
    if (loaded.has(k)) return;
    loaded.add(k);
    for (const i of outputs[k]!.imports) if (i.kind === "import-statement" && outputs[i.path]) visit(i.path);
  };
  visit(entryKey);
  const keys = Object.keys(outputs).filter((k) => !k.endsWith(".map"));
  return {
    min: [...loaded].reduce((n, k) => n + files.get(k)!.length, 0),
    gzip: [...loaded].reduce((n, k) => n + gz(k), 0),
    gzipAll: keys.reduce((n, k) => n + gz(k), 0),
    lazyChunks: keys.length - loaded.size,
  };
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
  // Every guard of the newest release on its own, to state the target for the largest, not a
  // chosen one (sequential: esbuild's service is shared and the machine has two cores).
  const newestGuards = readFileSync(path.join(ROOT, `packages/client-${NEWEST}/src/guards.ts`), "utf8");
  const guardNames = [...newestGuards.matchAll(/^export function (is\w+)\(/gm)].map((m) => m[1]!);
  let largest = { name: "", gzip: 0 };
  for (const name of guardNames) {
    const size = await bundle(`export { ${name} } from "@ontap-sec/client-${NEWEST}";`);
    if (size.gzip > largest.gzip) largest = { name, gzip: size.gzip };
  }
  const beyond = runtime.gzip - fetchOnly.gzip;
  rmSync(TMP, { recursive: true, force: true });
  const details = { "openapi-fetch createClient": fetchOnly, "runtime createOntapClient": runtime, [`client-${release} createClient`]: client, "one guard (isIpsecPolicy)": oneGuard, "one validator (validateIpsecPolicyCreate)": oneValidate, "all guards": allGuards };
  const figures: Figure[] = [
    // Information, no target: the runtime runs on Node, where a few kB buy nothing worth modules
    // bent around a bundler, but a jump here still says that a dependency crept in.
    {
      name: "size: runtime beyond openapi-fetch (gzip, info)",
      measured:
        `${fmtBytes(runtime.gzip)} − ${fmtBytes(fetchOnly.gzip)} = ${fmtBytes(beyond)} at import` +
        (runtime.lazyChunks ? `; +${fmtBytes(runtime.gzipAll - runtime.gzip)} in ${runtime.lazyChunks} lazy chunk(s)` : ""),
      ratio: runtime.gzip / fetchOnly.gzip,
      target: "info (× openapi-fetch)",
    },
    {
      name: `size: one guard, isIpsecPolicy ${release} (gzip)`,
      measured: `${fmtBytes(oneGuard.gzip)} (all guards ${fmtBytes(allGuards.gzip)})`,
      ratio: oneGuard.gzip / 1536,
      target: "≤ 1.5 kB",
      ok: oneGuard.gzip <= 1536,
    },
    {
      name: `size: largest single guard of ${NEWEST} (${guardNames.length} isX, gzip)`,
      measured: `${largest.name} ${fmtBytes(largest.gzip)}`,
      ratio: largest.gzip / 1536,
      target: "≤ 1.5 kB",
      ok: largest.gzip <= 1536,
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
