// `ontap-sec matrix` over every packed release.
import { asSliceDocument } from "@ontap-sec/slice-model";
import type { MatrixFormat } from "../../../../generator/src/commands/define.js";
import { emitMatrix } from "../../../../generator/src/matrix/emit-matrix.js";
import { knownReleases, loadSlice } from "../data.js";

export async function run(opts: { format: MatrixFormat; out?: string }): Promise<void> {
  const releases = await knownReleases();
  const slices = await Promise.all(releases.map(async (r) => [r, asSliceDocument(await loadSlice(r))] as const));
  await emitMatrix(releases, new Map(slices), opts);
}
