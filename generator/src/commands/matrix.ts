import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";
import { defineMatrix, type MatrixFormat } from "./define.js";

export function registerMatrix(program: Command) {
  defineMatrix(program)
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    // On by default in the repository, where spec/evidence/ is; the published CLI (packages/cli)
    // carries only the slices, and prints what `--no-evidence` prints here.
    .option("--no-evidence", "leave out the evidence marks (verified / decided / unverified against spec/evidence/, with their sources)")
    .action(async (opts: { format: MatrixFormat; out?: string; spec: string; evidence: boolean }) => {
      const [{ loadCheckedSpec }, { emitMatrix }, { evidenceStatus }] = await Promise.all([
        import("../curated-spec/check-spec.js"),
        import("../matrix/emit-matrix.js"),
        import("../evidence/status.js"),
      ]);
      const { spec, releases, slices } = await loadCheckedSpec(opts.spec);
      const evidence = opts.evidence ? evidenceStatus(spec, releases) : undefined;
      await emitMatrix(releases, new Map(slices), { format: opts.format, ...(opts.out ? { out: opts.out } : {}), ...(evidence ? { evidence } : {}) });
    });
}
