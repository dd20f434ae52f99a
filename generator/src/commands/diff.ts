import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";
import type { Level } from "../diff/rules.js";
import { defineDiff, type DiffFormat } from "./define.js";

export function registerDiff(program: Command) {
  defineDiff(program)
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .addHelpText("after", "\nRules: generator/src/diff/RULES.md.")
    .action(async (fromArg: string, toArg: string, opts: { format: DiffFormat; failOn?: Level; out?: string; spec: string }) => {
      // Loaded on use: `ontap-sec --help` and the other commands do not pay for the spec loader.
      const [{ loadCheckedSpec, sliceOf }, { requireRelease }, { diffSlices }, { emitDiff }] = await Promise.all([
        import("../curated-spec/check-spec.js"),
        import("./release-option.js"),
        import("../diff/diff-slices.js"),
        import("../diff/emit-diff.js"),
      ]);
      const checked = await loadCheckedSpec(opts.spec);
      const { releases } = checked;
      const from = requireRelease(fromArg, releases);
      const to = requireRelease(toArg, releases);
      const a = sliceOf(checked, from);
      const b = sliceOf(checked, to);
      if (await emitDiff(diffSlices(a, b, { from, to }), opts)) process.exitCode = 1;
    });
}
