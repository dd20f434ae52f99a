// Reading annotations off resolved nodes: release ranges and the effect of x-ontap-changes.
import { compareReleases, type Release, type ReleaseRange } from "../releases.js";
import { CHANGES, ENUM_RELEASES, INTRODUCED, REMOVED } from "./vocabulary.js";

export function rangeOf(node: any): ReleaseRange {
  const r: ReleaseRange = {};
  if (typeof node?.[INTRODUCED] === "string") r.introduced = node[INTRODUCED];
  if (typeof node?.[REMOVED] === "string") r.removed = node[REMOVED];
  return r;
}

export interface ChangeEntry {
  release: Release;
  [keyword: string]: unknown;
}

export function changesOf(schema: any): ChangeEntry[] {
  return Array.isArray(schema?.[CHANGES]) ? schema[CHANGES] : [];
}

/**
 * The value a keyword has at release `r` after the x-ontap-changes entries up to `r`;
 * `undefined` when absent. A change entry may set a keyword to null to remove it.
 */
export function effectiveKeyword(schema: any, keyword: string, r: Release): unknown {
  let v = schema?.[keyword];
  for (const c of changesOf(schema)) {
    if (typeof c.release !== "string" || compareReleases(c.release, r) > 0) break;
    if (keyword in c) v = c[keyword] === null ? undefined : c[keyword];
  }
  return v;
}

/** Enum values of `schema` present at release r. */
export function enumAt(schema: any, r: Release): unknown[] | undefined {
  if (!Array.isArray(schema?.enum)) return undefined;
  const per = schema[ENUM_RELEASES] ?? {};
  return schema.enum.filter((v: unknown) => {
    const a = per[String(v)];
    if (!a) return true;
    if (a.introduced && compareReleases(r, a.introduced) < 0) return false;
    if (a.removed && compareReleases(r, a.removed) >= 0) return false;
    return true;
  });
}
