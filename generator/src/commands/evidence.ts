import path from "node:path";
import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";
import { buildEvidence, writeEvidence } from "../evidence/build-evidence.js";
import { evidenceDirOf } from "../evidence/lint-evidence.js";

export function registerEvidence(program: Command) {
  program
    .command("evidence")
    .description("Rebuild spec/evidence/ from NetApp's per-release artifacts (Trident's go-swagger bindings, netapp_ontap files).")
    .option("--trident <git-dir>", "a clone of github.com/NetApp/trident (read with git show <commit>:<path>)")
    .option("--artifacts <dir>", "folder with MANIFEST.json and the netapp_ontap files it lists")
    .option("--out <dir>", "evidence folder", evidenceDirOf(SPEC_ROOT))
    .action(async (opts: { trident?: string; artifacts?: string; out: string }) => {
      if (!opts.trident && !opts.artifacts) throw new Error("give --trident and/or --artifacts");
      const built = buildEvidence({ tridentGitDir: opts.trident, artifactsDir: opts.artifacts });
      const n = await writeEvidence(path.resolve(opts.out), built);
      const rows = built.files.reduce((a, f) => a + f.rows.length, 0);
      console.log(`✔ wrote ${n} files to ${path.relative(process.cwd(), opts.out) || opts.out}: ${Object.keys(built.sources).length} sources, ${rows} rows`);
    });
}
