import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";

export function registerLint(program: Command) {
  program
    .command("lint")
    .description(
      "Validate the curated spec: OpenAPI structure, release annotations, error catalog; every release must slice, and every release's facts must agree with spec/evidence/ or carry an x-ontap-decision.",
    )
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .option("--evidence <dir>", "evidence folder (default: evidence/ next to the spec root)")
    .option("--evidence-releases <list>", "hold these releases (comma-separated) against the evidence instead of the spec's own, e.g. to preview a release being added")
    .action(async (opts: { spec: string; evidence?: string; evidenceReleases?: string }) => {
      const [{ formatDiagnostic }, { checkSpec }, { countOperations }, { evidenceDirOf, formatSummary, lintEvidence, loadEvidence }] = await Promise.all([
        import("../diagnostics.js"),
        import("../curated-spec/check-spec.js"),
        import("../curated-spec/spec-stats.js"),
        import("../evidence/lint-evidence.js"),
      ]);
      const { spec, releases, diagnostics } = await checkSpec(opts.spec);
      if (diagnostics.length > 0) {
        for (const d of diagnostics) console.error(formatDiagnostic(d));
        console.error(`\n✖ ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"} in the spec`);
        process.exitCode = 1;
        return;
      }
      const evReleases = opts.evidenceReleases ? opts.evidenceReleases.split(",").map((r) => r.trim()).filter(Boolean) : releases;
      const ev = lintEvidence(spec!, evReleases, loadEvidence(opts.evidence ?? evidenceDirOf(spec!.rootPath)));
      const summary = formatSummary(ev.summary);
      if (ev.diagnostics.length > 0) {
        for (const d of ev.diagnostics) console.error(formatDiagnostic(d));
        for (const l of summary) console.error(l);
        console.error(`\n✖ ${ev.diagnostics.length} problem${ev.diagnostics.length === 1 ? "" : "s"} against the evidence`);
        process.exitCode = 1;
        return;
      }
      const ops = countOperations(spec!.root, releases);
      console.log(`✔ spec is clean: ${releases.length} releases (${releases.join(", ")})`);
      console.log(`  operations per release: ${releases.map((r) => `${r}=${ops.get(r)}`).join(" ")}`);
      for (const l of summary) console.log(l);
    });
}
