// Collections page by `max_records`; `_links.next.href` repeats the query with a `start.<field>=`
// cursor (the order fields and the key of the first record of the next page). Records are
// produced lazily, so a page never requires the whole collection in memory when it is read in
// key order.
import type { Predicate } from "./filters.js";
import { valueAt } from "./filters.js";
import { comparator, type OrderKey } from "./order.js";
import { objectAt } from "../json.js";

export interface Collection<R> {
  /** Dotted path of the key field, e.g. "uuid" or "certificate.uuid". */
  readonly keyPath: string;
  size(): number;
  get(key: string): R | undefined;
  /** Records in ascending key order, from the first key ≥ `fromKey`. */
  iterate(fromKey?: string): Iterable<R>;
}

export interface PageSpec {
  filters: Predicate[];
  order: OrderKey[];
  /** `start.<path>` values from the query. */
  cursor: Record<string, string>;
  maxRecords?: number;
}

export interface PageResult<R> {
  count: number;
  next?: R;
}

const matches = (r: unknown, filters: Predicate[]) => filters.every((f) => f(r));

function setPath(obj: Record<string, unknown>, path: string, value: unknown) {
  const segs = path.split(".");
  let cur = obj;
  for (const s of segs.slice(0, -1)) cur = objectAt(cur, s);
  cur[segs[segs.length - 1]!] = value;
}

/** Yields the records of one page; fills `out` (count, and the first record of the next page). */
export function* pageRecords<R>(src: Collection<R>, p: PageSpec, out: PageResult<R>): Generator<R> {
  const max = p.maxRecords ?? Infinity;
  let source: Iterable<R>;
  if (p.order.length === 0) {
    source = src.iterate(p.cursor[src.keyPath]);
  } else {
    const all: R[] = [];
    for (const r of src.iterate()) if (matches(r, p.filters)) all.push(r);
    const cmp = comparator(p.order, src.keyPath);
    all.sort(cmp);
    let startAt = 0;
    if (Object.keys(p.cursor).length > 0) {
      const pseudo: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(p.cursor)) setPath(pseudo, k, v);
      while (startAt < all.length && cmp(all[startAt], pseudo) < 0) startAt++;
    }
    source = all.slice(startAt);
  }
  for (const r of source) {
    if (!matches(r, p.filters)) continue;
    if (out.count >= max) {
      out.next = r;
      return;
    }
    out.count++;
    yield r;
  }
}

export function countMatching<R>(src: Collection<R>, filters: Predicate[]): number {
  if (filters.length === 0) return src.size();
  let n = 0;
  for (const r of src.iterate()) if (matches(r, filters)) n++;
  return n;
}

/** The href of the next page: the request's path and query without old cursors, plus the new cursor. */
export function nextHref(basePath: string, query: URLSearchParams, order: OrderKey[], keyPath: string, next: unknown): string {
  const q = new URLSearchParams();
  for (const [k, v] of query) if (!k.startsWith("start.")) q.append(k, v);
  for (const o of order) {
    const v = valueAt(next, o.path);
    if (v !== undefined && v !== null) q.append(`start.${o.path}`, String(v));
  }
  q.append(`start.${keyPath}`, String(valueAt(next, keyPath)));
  return `${basePath}?${q.toString().replace(/\+/g, "%20")}`;
}

function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort();
}

/** A collection held in a Map, iterated in key order. */
export class MapCollection<R> implements Collection<R> {
  readonly map = new Map<string, R>();
  constructor(readonly keyPath: string) {}
  size() {
    return this.map.size;
  }
  get(key: string) {
    return this.map.get(key);
  }
  *iterate(fromKey?: string): Iterable<R> {
    for (const k of sortedKeys(this.map.keys())) if (fromKey === undefined || k >= fromKey) yield this.map.get(k)!;
  }
}
