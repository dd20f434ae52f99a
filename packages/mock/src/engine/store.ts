// The records of one collection, keyed by their composite key (the parent's key values first for a
// sub-collection), and the paging over them: filters, order_by, then the key fields as the
// tie-break, `max_records` with a `start.<field>=` cursor for every order and key field.
import { type JsonObject, setAt, valueAt } from "../json.js";
import { compareLoose } from "../query/filters.js";
import type { Predicate } from "../query/filters.js";
import type { OrderKey } from "../query/order.js";
import type { CollectionModel } from "./model.js";

export interface Entry {
  /** The parent record's key values (sub-collections), else empty. */
  parent: string[];
  rec: JsonObject;
}

export const keyValues = (model: CollectionModel, rec: unknown): string[] => model.keys.map((k) => stringOf(valueAt(rec, k.field)));
/** The key that names an entry in URLs: its parent's key values, then its own. */
export const fullKey = (model: CollectionModel, e: Entry): string[] => [...e.parent, ...keyValues(model, e.rec)];
const stringOf = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const id = (parts: string[]) => JSON.stringify(parts);

export class RecordStore {
  private readonly entries = new Map<string, Entry>();
  /** Records of a collection without an instance path have no key: they are numbered. */
  private seq = 0;

  constructor(readonly model: CollectionModel) {}

  size(): number {
    return this.entries.size;
  }

  get(parent: string[], key: string[]): Entry | undefined {
    return this.entries.get(id([...parent, ...key]));
  }

  /** Finds a record by its key values as the URL gives them (numbers compare by value: index 0 = "0"). */
  find(parent: string[], key: string[]): Entry | undefined {
    const direct = this.get(parent, key);
    if (direct) return direct;
    for (const e of this.entries.values())
      if (sameList(e.parent, parent) && keyValues(this.model, e.rec).every((v, i) => compareLoose(v, key[i]) === 0)) return e;
    return undefined;
  }

  has(parent: string[], rec: JsonObject): boolean {
    return this.model.keys.length > 0 && this.entries.has(id([...parent, ...keyValues(this.model, rec)]));
  }

  put(parent: string[], rec: JsonObject): Entry {
    const e = { parent, rec };
    this.entries.set(this.model.keys.length > 0 ? id([...parent, ...keyValues(this.model, rec)]) : `#${this.seq++}`, e);
    return e;
  }

  /** Replaces a record whose key may have changed (a PATCH of a key field such as a role's name). */
  replace(old: Entry, rec: JsonObject): Entry {
    this.delete(old);
    return this.put(old.parent, rec);
  }

  delete(e: Entry): boolean {
    for (const [k, x] of this.entries) if (x === e) return this.entries.delete(k);
    return false;
  }

  /** Every entry below one parent (all entries when `parent` is undefined), in key order. */
  list(parent?: string[]): Entry[] {
    const out = [...this.entries.values()].filter((e) => parent === undefined || sameList(e.parent, parent));
    return out.sort((a, b) => compareKeys(this.model, a.rec, b.rec));
  }

  /** Removes every entry below a parent (the parent was deleted). */
  dropChildren(parent: string[]): void {
    for (const [k, e] of this.entries) if (sameList(e.parent, parent)) this.entries.delete(k);
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function compareKeys(model: CollectionModel, a: unknown, b: unknown): number {
  for (const k of model.keys) {
    const c = compareLoose(valueAt(a, k.field), valueAt(b, k.field));
    if (c !== 0) return c;
  }
  return 0;
}

export interface Page {
  records: JsonObject[];
  /** The first record of the next page, when there is one. */
  next?: JsonObject;
}

/** One page: filtered, ordered (order_by then key fields), from the `start.*` cursor on, at most `max` records. */
export function page(model: CollectionModel, entries: Entry[], filters: Predicate[], order: OrderKey[], cursor: Record<string, string>, max = Infinity): Page {
  const all = entries.map((e) => e.rec).filter((r) => filters.every((f) => f(r)));
  const cmp = (a: unknown, b: unknown) => {
    for (const o of order) {
      const c = compareLoose(valueAt(a, o.path), valueAt(b, o.path));
      if (c !== 0) return o.desc ? -c : c;
    }
    return compareKeys(model, a, b);
  };
  all.sort(cmp);
  let from = 0;
  if (Object.keys(cursor).length > 0) {
    const pseudo: JsonObject = {};
    for (const [k, v] of Object.entries(cursor)) setAt(pseudo, k, v);
    while (from < all.length && cmp(all[from], pseudo) < 0) from++;
  }
  const rest = all.slice(from);
  return { records: rest.slice(0, max), ...(rest.length > max ? { next: rest[max] } : {}) };
}

/** `_links.next.href`: the request's query without old cursors, plus the order and key fields of the next record. */
export function nextLink(base: string, query: URLSearchParams, order: OrderKey[], model: CollectionModel, next: JsonObject): string {
  const q = new URLSearchParams();
  for (const [k, v] of query) if (!k.startsWith("start.")) q.append(k, v);
  const fields = [...order.map((o) => o.path), ...model.keys.map((k) => k.field)];
  for (const f of new Set(fields)) {
    const v = valueAt(next, f);
    if (v !== undefined && v !== null) q.append(`start.${f}`, String(v));
  }
  return `${base}?${q.toString().replace(/\+/g, "%20")}`;
}
