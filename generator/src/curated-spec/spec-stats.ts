import { inRange } from "../releases.js";
import { rangeOf } from "./annotations.js";
import { HTTP_METHODS } from "./walk-spec.js";

/** Operations present in each release. */
export function countOperations(root: any, releases: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of releases) {
    let n = 0;
    for (const item of Object.values<any>(root.paths ?? {}))
      for (const m of HTTP_METHODS) if (item?.[m] && inRange(rangeOf(item[m]), r)) n++;
    out.set(r, n);
  }
  return out;
}
