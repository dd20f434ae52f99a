// The ONTAP error codes of one release: the catalog, and each operation's list expanded.
import { isObject } from "@ontap-sec/slice-model";
import { compareReleases, inRange, type Release } from "../releases.js";
import { rangeOf } from "../curated-spec/annotations.js";
import { MESSAGES } from "../curated-spec/vocabulary.js";

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
export interface CuratedEntry {
  name: string;
  message: string;
  status: number;
  [annotation: string]: unknown;
}

/** The curated catalog's codes, each with its entry and whether it is a common code. */
function catalogEntries(catalog: unknown): Map<string, { entry: CuratedEntry; common: boolean }> {
  const m = new Map<string, { entry: CuratedEntry; common: boolean }>();
  for (const [group, file] of Object.entries(isObject(catalog) ? catalog : {}))
    for (const [code, entry] of Object.entries(isObject(file) && isObject(file.codes) ? file.codes : {}))
      if (isObject(entry)) m.set(code, { entry: entry as CuratedEntry, common: group === "common" });
  return m;
}

const byCode = (a: string, b: string) => Number(a) - Number(b) || a.localeCompare(b);

/** Where a wording is written: the node and the keys below it (for lint locations). */
export interface Wording {
  message: string;
  node: object;
  keys: (string | number)[];
}

/**
 * The wording a catalog entry or an operation's error reference gives at release r: the last
 * `x-ontap-messages` entry at or before r, else its own `message` (undefined when it has none).
 */
function wordingAt(node: unknown, r: Release): Wording | undefined {
  if (!isObject(node)) return undefined;
  let found: Wording | undefined = typeof node.message === "string" ? { message: node.message, node, keys: ["message"] } : undefined;
  const list = node[MESSAGES];
  if (Array.isArray(list))
    list.forEach((m: unknown, i: number) => {
      if (isObject(m) && typeof m.release === "string" && typeof m.message === "string" && compareReleases(m.release, r) <= 0)
        found = { message: m.message, node, keys: [MESSAGES, i, "message"] };
    });
  return found;
}

export function sliceErrorCatalog(catalog: unknown, r: Release): Record<string, SlicedCatalogEntry> {
  const out: Record<string, SlicedCatalogEntry> = {};
  const all = catalogEntries(catalog);
  for (const code of [...all.keys()].sort(byCode)) {
    const { entry, common } = all.get(code)!;
    if (!inRange(rangeOf(entry), r)) continue;
    out[code] = { name: entry.name, message: wordingAt(entry, r)?.message ?? entry.message, status: entry.status, common };
  }
  return out;
}

/** An operation's x-ontap-errors as curated: a code, or a code with its own message and release range. */
export type CuratedErrorRef = string | { code: string; message?: string; [annotation: string]: unknown };

export interface OperationErrorAt {
  code: string;
  /** Index in the operation's x-ontap-errors list. */
  index: number;
  ref: CuratedErrorRef;
  entry: CuratedEntry;
  /** A code of the common catalog (any operation may return it). */
  common: boolean;
  /** The wording at r: the operation's own, else the catalog's. */
  wording: Wording;
}

/** The codes an operation documents at release r, each with the wording that applies there. */
export function operationErrorsAt(list: CuratedErrorRef[], catalog: unknown, r: Release): OperationErrorAt[] {
  const all = catalogEntries(catalog);
  const out: OperationErrorAt[] = [];
  list.forEach((item, index) => {
    const ref = typeof item === "string" ? { code: item } : item;
    const found = all.get(ref.code);
    if (!found || !inRange(rangeOf(ref), r) || !inRange(rangeOf(found.entry), r)) return;
    const wording = (typeof item === "string" ? undefined : wordingAt(item, r)) ?? wordingAt(found.entry, r) ?? { message: found.entry.message, node: found.entry, keys: ["message"] };
    out.push({ code: ref.code, index, ref: item, entry: found.entry, common: found.common, wording });
  });
  return out;
}

export function expandOperationErrors(list: CuratedErrorRef[], catalog: unknown, r: Release): SlicedError[] {
  return operationErrorsAt(list, catalog, r).map((e) => ({ code: e.code, name: e.entry.name, message: e.wording.message, status: e.entry.status }));
}
