import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";

export function registerSlice(program: Command) {
  program
    .command("slice")
    .description("Print (or write) the plain OpenAPI 3.1 document of one ONTAP release, as JSON.")
    .requiredOption("--release <release>", "ONTAP release, e.g. 9.10")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .action(async (opts: { release: string; out?: string; spec: string }) => {
      const [{ loadCheckedSpec, sliceOf }, { requireRelease }] = await Promise.all([
        import("../curated-spec/check-spec.js"),
        import("./release-option.js"),
      ]);
      const checked = await loadCheckedSpec(opts.spec);
      const release = requireRelease(opts.release, checked.releases);
      const text = JSON.stringify(sliceOf(checked, release), null, 2) + "\n";
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
    });
}
