// `order_by=field [asc|desc]` (several, comma-separated or repeated). Ties break on the key field.
import type { Errors } from "../errors.js";
import type { Schema, SpecModel } from "../spec-model.js";
import { compareLoose, valueAt } from "./filters.js";
import { splitList } from "./fields.js";

export interface OrderKey {
  path: string;
  desc: boolean;
}

export function parseOrder(values: string[], spec: SpecModel, read: Schema, errors: Errors): OrderKey[] {
  const out: OrderKey[] = [];
  for (const item of splitList(values)) {
    const [path, dir, ...rest] = item.split(/\s+/);
    if (!path || rest.length > 0 || (dir !== undefined && !/^(asc|desc)$/i.test(dir))) throw errors.invalid("order_by", item, ["field [asc|desc]"]);
    if (!spec.at(read, path)) throw errors.invalid("order_by", path, ["field", "..."]);
    out.push({ path, desc: /^desc$/i.test(dir ?? "") });
  }
  return out;
}

/** The full sort: the order keys, then the key field ascending. */
export function comparator(order: OrderKey[], keyPath: string): (a: unknown, b: unknown) => number {
  return (a, b) => {
    for (const k of order) {
      const c = compareLoose(valueAt(a, k.path), valueAt(b, k.path));
      if (c !== 0) return k.desc ? -c : c;
    }
    return compareLoose(valueAt(a, keyPath), valueAt(b, keyPath));
  };
}
