// @ontap-sec/cli as a library, for scripts that gate an upgrade without parsing the CLI's output:
// the releases packed with it, their documents, and the same diff `ontap-sec diff` prints.
import { asSliceDocument } from "@ontap-sec/slice-model";
import type { DiffFormat } from "../../../generator/src/diff/formats.js";
import { diffSlices } from "../../../generator/src/diff/diff-slices.js";
import type { DiffResult } from "../../../generator/src/diff/model.js";
import { renderDiff as render } from "../../../generator/src/diff/render.js";
import { checkRelease, knownReleases, loadSlice } from "./data.js";

export type { Change, Direction, DiffResult } from "../../../generator/src/diff/model.js";
export type { Level, RuleId } from "../../../generator/src/diff/rules.js";
export type { DiffFormat };

/** The ONTAP releases packed with this version, oldest first (e.g. "9.8" … "9.15"). */
export function listReleases(): Promise<string[]> {
  return knownReleases();
}

/**
 * The OpenAPI 3.1 document of one release: the `openapi.json` of `@ontap-sec/client-<release>`.
 * Rejects for a release this version does not know, naming the known ones.
 */
export async function releaseDocument(release: string): Promise<object> {
  return loadSlice(await checkRelease(release));
}

/** Every change from `from` to `to`, judged for a client written against `from` (as `ontap-sec diff --format json`). */
export async function diffReleases(from: string, to: string): Promise<DiffResult> {
  const [a, b] = [await checkRelease(from), await checkRelease(to)];
  const [docA, docB] = await Promise.all([loadSlice(a), loadSlice(b)]);
  return diffSlices(asSliceDocument(docA), asSliceDocument(docB), { from: a, to: b });
}

/** A diff as `ontap-sec diff --format <format>` prints it (ANSI colour only when asked, for text). */
export function renderDiff(result: DiffResult, format: DiffFormat = "text", opts: { colour?: boolean } = {}): string {
  return render(result, format, opts);
}
