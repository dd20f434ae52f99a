// Reading annotations off resolved nodes: release ranges and the effect of x-ontap-changes.
import { isObject } from "@ontap-sec/slice-model";
import { compareReleases, type Release, type ReleaseRange } from "../releases.js";
import { CHANGES, ENUM_RELEASES, INTRODUCED, REMOVED } from "./vocabulary.js";

export function rangeOf(node: unknown): ReleaseRange {
  const r: ReleaseRange = {};
  if (!isObject(node)) return r;
  const introduced = node[INTRODUCED];
  const removed = node[REMOVED];
  if (typeof introduced === "string") r.introduced = introduced;
  if (typeof removed === "string") r.removed = removed;
  return r;
}

export interface ChangeEntry {
  release: Release;
  [keyword: string]: unknown;
}

function changesOf(schema: unknown): ChangeEntry[] {
  const changes = isObject(schema) ? schema[CHANGES] : undefined;
  return Array.isArray(changes) ? (changes as ChangeEntry[]) : [];
}

/**
 * The value a keyword has at release `r` after the x-ontap-changes entries up to `r`;
 * `undefined` when absent. A change entry may set a keyword to null to remove it.
 */
export function effectiveKeyword(schema: unknown, keyword: string, r: Release): unknown {
  let v = isObject(schema) ? schema[keyword] : undefined;
  for (const c of changesOf(schema)) {
    if (typeof c.release !== "string" || compareReleases(c.release, r) > 0) break;
    if (keyword in c) v = c[keyword] === null ? undefined : c[keyword];
  }
  return v;
}

/** Enum values of `schema` present at release r. */
export function enumAt(schema: unknown, r: Release): unknown[] | undefined {
  if (!isObject(schema) || !Array.isArray(schema.enum)) return undefined;
  const per = (isObject(schema[ENUM_RELEASES]) ? schema[ENUM_RELEASES] : {}) as Record<string, ReleaseRange | undefined>;
  return schema.enum.filter((v: unknown) => {
    const a = per[String(v)];
    if (!a) return true;
    if (a.introduced && compareReleases(r, a.introduced) < 0) return false;
    if (a.removed && compareReleases(r, a.removed) >= 0) return false;
    return true;
  });
}
