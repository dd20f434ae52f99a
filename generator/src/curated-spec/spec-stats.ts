import { isObject as isRecord } from "@ontap-sec/slice-model";
import { inRange } from "../releases.js";
import { rangeOf } from "./annotations.js";
import { HTTP_METHODS } from "./walk-spec.js";

/** Operations present in each release. */
export function countOperations(root: Record<string, unknown>, releases: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of releases) {
    let n = 0;
    for (const item of Object.values(isRecord(root.paths) ? root.paths : {}))
      for (const m of HTTP_METHODS) if (isRecord(item) && item[m] && inRange(rangeOf(item[m]), r)) n++;
    out.set(r, n);
  }
  return out;
}
