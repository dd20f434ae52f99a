import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";

export function registerLint(program: Command) {
  program
    .command("lint")
    .description("Validate the curated spec: OpenAPI structure, release annotations, error catalog; every release must slice.")
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .action(async (opts: { spec: string }) => {
      const [{ formatDiagnostic }, { checkSpec }, { countOperations }] = await Promise.all([
        import("../diagnostics.js"),
        import("../spec/check-spec.js"),
        import("../spec/spec-stats.js"),
      ]);
      const { spec, releases, diagnostics } = await checkSpec(opts.spec);
      if (diagnostics.length > 0) {
        for (const d of diagnostics) console.error(formatDiagnostic(d));
        console.error(`\n✖ ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"} in the spec`);
        process.exitCode = 1;
        return;
      }
      const ops = countOperations(spec!.root, releases);
      console.log(`✔ spec is clean: ${releases.length} releases (${releases.join(", ")})`);
      console.log(`  operations per release: ${releases.map((r) => `${r}=${ops.get(r)}`).join(" ")}`);
    });
}
