// Builds the published CLI: one small entry (commander and the command table) plus one chunk per
// command, loaded by dynamic import only when that command runs. The diff, matrix and mock code of
// the repository (generator/src, packages/mock/src) and the libraries it uses (commander,
// selfsigned for `mock --tls`) are bundled in, so the package has no dependencies: `npx` fetches one
// tarball, and nothing of the workspace or tsx is needed at run time. The licences of the bundled
// libraries are collected into dist/THIRD-PARTY-LICENSES.txt.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8"));
const outdir = path.join(here, "dist");

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { "ontap-sec": path.join(here, "src/cli.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Chunks sit next to the entry (dist/): data.ts finds ../data from any of them.
  chunkNames: "[name]-[hash]",
  // Bundled CommonJS (commander, selfsigned's libraries) calls require() on Node built-ins: ESM
  // output needs a real require for that.
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __ontapSecRequire } from "node:module";\nconst require = __ontapSecRequire(import.meta.url);' },
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  minifySyntax: true,
  minifyWhitespace: true,
  metafile: true,
  logLevel: "warning",
});

/** The package folder (with package.json) a bundled file under node_modules belongs to. */
function packageRoot(file) {
  const abs = path.resolve(process.cwd(), file);
  const parts = abs.split(path.sep);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return undefined;
  const n = parts[at + 1].startsWith("@") ? 2 : 1;
  return parts.slice(0, at + 1 + n).join(path.sep);
}

const roots = new Set(Object.keys(result.metafile.inputs).map(packageRoot).filter(Boolean));
const notices = [...roots]
  .map((root) => {
    const p = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
    const file = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    if (!file) throw new Error(`${p.name}@${p.version} is bundled into the CLI but ships no licence file`);
    return { id: `${p.name}@${p.version}`, text: `${p.name}@${p.version} (${p.license})\n\n${readFileSync(path.join(root, file), "utf8").trim()}\n` };
  })
  .sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(
  path.join(outdir, "THIRD-PARTY-LICENSES.txt"),
  `${pkg.name} bundles the following packages; their licences follow.\n\n${notices.map((n) => n.text).join(`\n${"-".repeat(72)}\n\n`)}`,
);
if (!existsSync(path.join(outdir, "ontap-sec.js"))) throw new Error("build: dist/ontap-sec.js was not written");
