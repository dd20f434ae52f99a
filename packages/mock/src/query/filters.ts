// Query filters: `name=ab*`, `<`, `>`, `<=`, `>=`, ranges `3..10`, negation `!`, OR with `|`,
// `null` / `!null`. Strings compare case-insensitively, as ONTAP's query engine does.
import { isObj } from "../json.js";

export type Predicate = (record: unknown) => boolean;

/** Every value at a dotted path (arrays along the way fan out). */
function valuesAt(record: unknown, path: string): unknown[] {
  let cur: unknown[] = [record];
  for (const seg of path.split(".")) {
    const next: unknown[] = [];
    for (const c of cur) {
      if (Array.isArray(c)) c.forEach((x) => isObj(x) && x[seg] !== undefined && next.push(x[seg]));
      else if (isObj(c) && c[seg] !== undefined) next.push(c[seg]);
    }
    cur = next;
  }
  return cur.flatMap((x) => (Array.isArray(x) ? x : [x]));
}

export function valueAt(record: unknown, path: string): unknown {
  return valuesAt(record, path)[0];
}

const isNumeric = (s: string) => /^-?\d+(\.\d+)?$/.test(s.trim());

/** Compares loosely: numbers (or numeric strings against numbers) numerically, the rest as strings. */
export function compareLoose(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  const an = typeof a === "number" || (typeof a === "string" && isNumeric(a) && (typeof b === "number" || (typeof b === "string" && isNumeric(b))));
  if (an && (typeof b === "number" || (typeof b === "string" && isNumeric(b)))) {
    return Number(a) - Number(b);
  }
  const as = String(a).toLowerCase();
  const bs = String(b).toLowerCase();
  return as < bs ? -1 : as > bs ? 1 : 0;
}

function wildcard(pattern: string): RegExp {
  const re = pattern
    .split("*")
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${re}$`, "is");
}

function equals(v: unknown, expected: string): boolean {
  if (typeof v === "boolean") return String(v) === expected.toLowerCase();
  if (typeof v === "number") return isNumeric(expected) && v === Number(expected);
  return String(v).toLowerCase() === expected.toLowerCase();
}

function term(expr: string): (vals: unknown[]) => boolean {
  if (expr.startsWith("!")) {
    const inner = term(expr.slice(1));
    return (vals) => !inner(vals);
  }
  if (expr === "null") return (vals) => vals.length === 0 || vals.every((v) => v === null);
  const cmp = /^(<=|>=|<|>)(.*)$/.exec(expr);
  if (cmp) {
    const [, op, rhs] = cmp;
    return (vals) =>
      vals.some((v) => {
        const c = compareLoose(v, rhs);
        return op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
      });
  }
  const range = /^(.+)\.\.(.+)$/.exec(expr);
  if (range) {
    const [, lo, hi] = range;
    return (vals) => vals.some((v) => compareLoose(v, lo) >= 0 && compareLoose(v, hi) <= 0);
  }
  if (expr.includes("*")) {
    const re = wildcard(expr);
    return (vals) => vals.some((v) => v !== null && re.test(String(v)));
  }
  return (vals) => vals.some((v) => v !== null && equals(v, expr));
}

/** One filter `path=expr`. */
export function parseFilter(path: string, expr: string): Predicate {
  const alternatives = expr.split("|").map(term);
  return (record) => {
    const vals = valuesAt(record, path);
    return alternatives.some((t) => t(vals));
  };
}
