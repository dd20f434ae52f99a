import type { DiffResult } from "./model.js";

/** The stable JSON shape (see RULES.md, "JSON output"); keys in a fixed order. */
export function renderJson(d: DiffResult): string {
  const changes = d.changes.map((c) => {
    const o: Record<string, unknown> = { id: c.id, level: c.level };
    if (c.operation !== undefined) o.operation = c.operation;
    if (c.operationId !== undefined) o.operationId = c.operationId;
    o.location = c.location;
    if (c.path !== undefined) o.path = c.path;
    o.message = c.message;
    if (c.before !== undefined) o.before = c.before;
    if (c.after !== undefined) o.after = c.after;
    return o;
  });
  const out = {
    from: d.from,
    to: d.to,
    direction: d.direction,
    summary: { breaking: d.summary.breaking, warning: d.summary.warning, info: d.summary.info },
    changes,
  };
  return JSON.stringify(out, null, 2) + "\n";
}
