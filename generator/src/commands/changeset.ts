import path from "node:path";
import type { Command } from "commander";
import { REPO_ROOT, SPEC_ROOT } from "../paths.js";

export function registerChangeset(program: Command) {
  program
    .command("changeset")
    .description(
      "Compute the semver bump of each release package from the diff of its committed openapi.json against the new slice (breaking → major, additions → minor, docs only → patch) and write a changeset in .changeset/.",
    )
    .option("--release <releases...>", "only these releases (default: all)")
    .option("--base <rev>", "git revision holding the old documents, or 'worktree' to read them from disk", "HEAD")
    .option("--dry-run", "print what would be written, write nothing")
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .action(async (opts: { release?: string[]; base: string; dryRun?: boolean; spec: string }) => {
      const [{ loadCheckedSpec, sliceOf }, { requireRelease }, { computeChangesets }] = await Promise.all([
        import("../curated-spec/check-spec.js"),
        import("./release-option.js"),
        import("../diff/changeset.js"),
      ]);
      const checked = await loadCheckedSpec(opts.spec);
      const { releases } = checked;
      const selected = opts.release ? opts.release.map((r) => requireRelease(r, releases)) : releases;
      const results = await computeChangesets({ repoRoot: REPO_ROOT, releases: selected, slice: (r) => sliceOf(checked, r), base: opts.base, dryRun: opts.dryRun });
      for (const r of results) {
        if (r.skipped) console.log(`${r.packageName}: skipped — ${r.skipped}`);
        else if (!r.bump) console.log(`${r.packageName}: unchanged`);
        else {
          console.log(`${r.packageName}: ${r.bump} (${r.reasons.length} change${r.reasons.length === 1 ? "" : "s"})${opts.dryRun ? "" : ` → ${path.relative(process.cwd(), r.file!)}`}`);
          if (opts.dryRun) console.log(r.content);
        }
      }
    });
}
