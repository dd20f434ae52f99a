// Builds the published CLI: one small entry (commander and the command table) plus one chunk per
// command, loaded by dynamic import only when that command runs. The diff, matrix and mock code of
// the repository (generator/src, packages/mock/src) is bundled in, so the package needs neither the
// workspace nor tsx at run time; its only dependency is selfsigned (mock --tls), left external.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8"));
const outdir = path.join(here, process.env.ONTAP_SEC_CLI_OUTDIR ?? "dist");

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { "ontap-sec": path.join(here, "src/cli.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: Object.keys(pkg.dependencies ?? {}),
  // Chunks sit next to the entry (dist/): data.ts finds ../data from any of them.
  chunkNames: "[name]-[hash]",
  // commander is CommonJS: its require() of Node built-ins needs a real require in ESM output.
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __ontapSecRequire } from "node:module";\nconst require = __ontapSecRequire(import.meta.url);' },
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: "warning",
});
