// The ONTAP error codes of one release: the catalog, and each operation's list expanded.
import { isObject } from "@ontap-sec/slice-model";
import { inRange, type Release } from "../releases.js";
import { rangeOf } from "../curated-spec/annotations.js";

export interface SlicedError {
  code: string;
  name: string;
  message: string;
  status: number;
}

export interface SlicedCatalogEntry {
  name: string;
  message: string;
  status: number;
  /** Returned by any operation (the common codes). */
  common: boolean;
}

/** A catalog entry as curated (its release annotations are read by rangeOf). */
interface CuratedEntry {
  name: string;
  message: string;
  status: number;
  [annotation: string]: unknown;
}

/** The curated catalog's groups (`common`, …), each with its codes. */
function entries(catalog: unknown): Map<string, { entry: CuratedEntry; common: boolean }> {
  const m = new Map<string, { entry: CuratedEntry; common: boolean }>();
  for (const [group, file] of Object.entries(isObject(catalog) ? catalog : {}))
    for (const [code, entry] of Object.entries(isObject(file) && isObject(file.codes) ? file.codes : {}))
      if (isObject(entry)) m.set(code, { entry: entry as CuratedEntry, common: group === "common" });
  return m;
}

const byCode = (a: string, b: string) => Number(a) - Number(b) || a.localeCompare(b);

export function sliceErrorCatalog(catalog: unknown, r: Release): Record<string, SlicedCatalogEntry> {
  const out: Record<string, SlicedCatalogEntry> = {};
  const all = entries(catalog);
  for (const code of [...all.keys()].sort(byCode)) {
    const { entry, common } = all.get(code)!;
    if (!inRange(rangeOf(entry), r)) continue;
    out[code] = { name: entry.name, message: entry.message, status: entry.status, common };
  }
  return out;
}

/** An operation's x-ontap-errors as curated: a code, or a code with its own message and release range. */
export type CuratedErrorRef = string | { code: string; message?: string; [annotation: string]: unknown };

export function expandOperationErrors(list: CuratedErrorRef[], catalog: unknown, r: Release): SlicedError[] {
  const all = entries(catalog);
  const out: SlicedError[] = [];
  for (const item of list) {
    const ref = typeof item === "string" ? { code: item } : item;
    const found = all.get(ref.code);
    if (!found || !inRange(rangeOf(ref), r) || !inRange(rangeOf(found.entry), r)) continue;
    const e = found.entry;
    out.push({ code: ref.code, name: e.name, message: ref.message ?? e.message, status: e.status });
  }
  return out;
}
