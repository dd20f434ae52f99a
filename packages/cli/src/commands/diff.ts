// `ontap-sec diff <from> <to>` on the packed slices.
import { diffSlices } from "../../../../generator/src/diff/diff-slices.js";
import { emitDiff, type DiffOutputOptions } from "../../../../generator/src/diff/emit-diff.js";
import { asSliceDocument } from "@ontap-sec/slice-model";
import { checkRelease, loadSlice } from "../data.js";

export async function run(fromArg: string, toArg: string, opts: DiffOutputOptions): Promise<number> {
  const from = await checkRelease(fromArg);
  const to = await checkRelease(toArg);
  const [a, b] = await Promise.all([loadSlice(from), from === to ? undefined : loadSlice(to)]);
  return emitDiff(diffSlices(asSliceDocument(a), asSliceDocument(b ?? a), { from, to }), opts);
}
