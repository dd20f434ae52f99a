// What `ontap-sec matrix` does with the slices of every release, shared by the repository's CLI and
// the published one (packages/cli), so both print the same bytes.
import type { SliceDocument } from "@ontap-sec/slice-model";
import { writeFile } from "node:fs/promises";
import type { MatrixFormat } from "../commands/define.js";
import { buildMatrix } from "./build-matrix.js";
import { renderMatrixHtml } from "./render-html.js";
import { renderMatrixMarkdown } from "./render-md.js";
import type { EvidenceStatus } from "../evidence/status.js";

/** `evidence` (the repository only: the published CLI has no evidence base) marks each cell. */
export async function emitMatrix(
  releases: string[],
  slices: ReadonlyMap<string, SliceDocument>,
  opts: { format: MatrixFormat; out?: string; evidence?: EvidenceStatus },
): Promise<void> {
  const matrix = buildMatrix(releases, slices, opts.evidence);
  const text = opts.format === "html" ? renderMatrixHtml(matrix) : renderMatrixMarkdown(matrix);
  if (opts.out) await writeFile(opts.out, text);
  else process.stdout.write(text);
}
