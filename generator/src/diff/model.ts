// The result of comparing two sliced documents. This is the JSON shape of `ontap-sec diff --format json`
// (documented in RULES.md); keep it stable.
import { type Level, type RuleId, rule, levelRank } from "./rules.js";

export interface Change {
  /** Rule id, see RULES.md. */
  id: RuleId;
  level: Level;
  /** `METHOD /path` of the operation; absent for catalog and document changes. */
  operation?: string;
  operationId?: string;
  /**
   * Where in the operation (or document): `operation`, `parameter:<in>:<name>`, `request-body`,
   * `response:<status>`, `response-body:<status>`, `errors`, `catalog`, `document`. A media type is
   * appended (`request-body:application/json`) only where an operation documents more than one.
   */
  location: string;
  /** Property path inside the location's schema: `certificate.ca`, `records[].name`; absent at the root. */
  path?: string;
  message: string;
  before?: unknown;
  after?: unknown;
}

export type Direction = "upgrade" | "downgrade" | "same" | "revision";

export interface DiffResult {
  from: string;
  to: string;
  direction: Direction;
  summary: Record<Level, number>;
  changes: Change[];
}

/** Builds a change; the level always comes from the rule table. */
export function change(id: RuleId, fields: Omit<Change, "id" | "level">): Change {
  const c: Change = { id, level: rule(id).level, ...fields };
  for (const k of Object.keys(c) as (keyof Change)[]) if (c[k] === undefined) delete c[k];
  return c;
}

const METHOD_ORDER = ["get", "put", "post", "patch", "delete", "options", "head", "trace"];
const LOCATION_ORDER = ["operation", "parameter", "request-body", "response", "response-body", "errors", "catalog", "document"];

function opKey(op: string | undefined): [number, string, number] {
  if (!op) return [1, "", 0];
  const [method = "", path = ""] = op.split(" ");
  return [0, path, METHOD_ORDER.indexOf(method.toLowerCase())];
}

function locKey(loc: string): [number, string] {
  const head = loc.split(":")[0]!;
  return [LOCATION_ORDER.indexOf(head), loc];
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: operation (path, then method), location, property path, rule, values. */
export function compareChanges(a: Change, b: Change): number {
  const [ag, ap, am] = opKey(a.operation);
  const [bg, bp, bm] = opKey(b.operation);
  const [al, als] = locKey(a.location);
  const [bl, bls] = locKey(b.location);
  return (
    ag - bg ||
    cmpStr(ap, bp) ||
    am - bm ||
    al - bl ||
    cmpStr(als, bls) ||
    cmpStr(a.path ?? "", b.path ?? "") ||
    cmpStr(a.id, b.id) ||
    cmpStr(JSON.stringify(a.before ?? null), JSON.stringify(b.before ?? null)) ||
    cmpStr(JSON.stringify(a.after ?? null), JSON.stringify(b.after ?? null)) ||
    cmpStr(a.message, b.message)
  );
}

export function summarize(changes: Change[]): Record<Level, number> {
  const s: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const c of changes) s[c.level]++;
  return s;
}

/** Whether any change is at `level` or more severe. */
export function hasLevel(changes: Change[], level: Level): boolean {
  return changes.some((c) => levelRank(c.level) <= levelRank(level));
}
