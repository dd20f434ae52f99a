import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";
import { defineMatrix, type MatrixFormat } from "./define.js";

export function registerMatrix(program: Command) {
  defineMatrix(program)
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .action(async (opts: { format: MatrixFormat; out?: string; spec: string }) => {
      const [{ loadCheckedSpec }, { sliceSpec }, { emitMatrix }] = await Promise.all([
        import("../spec/check-spec.js"),
        import("../slice/slice-spec.js"),
        import("../matrix/emit-matrix.js"),
      ]);
      const { spec, releases } = await loadCheckedSpec(opts.spec);
      await emitMatrix(releases, new Map(releases.map((r) => [r, sliceSpec(spec.root, r)])), opts);
    });
}
