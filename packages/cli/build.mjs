// Builds the published CLI: one small entry (commander and the command table) plus one chunk per
// command, loaded by dynamic import only when that command runs. The diff, matrix and mock code of
// the repository (generator/src, packages/mock/src) and the libraries it uses (commander,
// selfsigned for `mock --tls`) are bundled in, so the package has no dependencies: `npx` fetches one
// tarball, and nothing of the workspace or tsx is needed at run time. The licences of the bundled
// libraries are collected into dist/THIRD-PARTY-LICENSES.txt.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8"));
const outdir = path.join(here, "dist");

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { "ontap-sec": path.join(here, "src/cli.ts"), index: path.join(here, "src/index.ts") },
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

// The library entry's declarations: tsc mirrors the repository's folders under dist/types (the
// entry reuses generator/src/diff's types); dist/index.d.ts points at them.
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const types = spawnSync(process.execPath, [tsc, "-p", path.join(here, "tsconfig.types.json")], { encoding: "utf8" });
if (types.status !== 0) throw new Error(`build: declarations failed:\n${types.stdout}${types.stderr}`);
writeFileSync(path.join(outdir, "index.d.ts"), 'export * from "./types/packages/cli/src/index.js";\n');
// tsc emits a declaration for every file of the program; keep those index.d.ts reaches.
const reached = new Set();
const visit = (file) => {
  if (reached.has(file)) return;
  reached.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)) visit(path.resolve(path.dirname(file), `${spec}.d.ts`));
};
visit(path.join(outdir, "types/packages/cli/src/index.d.ts"));
const prune = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) {
      prune(f);
      if (readdirSync(f).length === 0) rmSync(f, { recursive: true });
    } else if (!reached.has(f)) rmSync(f);
  }
};
prune(path.join(outdir, "types"));
for (const f of ["ontap-sec.js", "index.js", "types/packages/cli/src/index.d.ts"])
  if (!existsSync(path.join(outdir, f))) throw new Error(`build: dist/${f} was not written`);
