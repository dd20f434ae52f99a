import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { SPEC_ROOT } from "../paths.js";
import { loadCheckedSpec } from "../spec/check-spec.js";
import { sliceSpec } from "../slice/slice-spec.js";
import { buildMatrix } from "../matrix/build-matrix.js";
import { renderMatrixMarkdown } from "../matrix/render-md.js";
import { renderMatrixHtml } from "../matrix/render-html.js";
import { evidenceStatus } from "../evidence/status.js";

export function registerMatrix(program: Command) {
  program
    .command("matrix")
    .description("Operations, schema properties (with enum values) and ONTAP error codes × releases: where each exists and where it changes.")
    .addOption(new Option("--format <format>", "output format").choices(["md", "html"]).default("md"))
    .option("--out <file>", "write to this file instead of standard output")
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .option("--no-evidence", "leave out the evidence marks (verified / decided / unverified per cell)")
    .action(async (opts: { format: "md" | "html"; out?: string; spec: string; evidence: boolean }) => {
      const { spec, releases } = await loadCheckedSpec(opts.spec);
      const matrix = buildMatrix(releases, new Map(releases.map((r) => [r, sliceSpec(spec.root, r)])), opts.evidence ? evidenceStatus(spec, releases) : undefined);
      const text = opts.format === "html" ? renderMatrixHtml(matrix) : renderMatrixMarkdown(matrix);
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
    });
}
