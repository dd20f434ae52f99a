// Pieces shared by the text, Markdown and HTML renderings.
import type { Change, DiffResult } from "./model.js";
import { LEVELS, type Level } from "./rules.js";

export const LEVEL_TITLE: Record<Level, string> = { breaking: "Breaking changes", warning: "Warnings", info: "Other changes" };

/** A location as a reader says it: `query parameter fields`, `response 200 body`. */
export function describeLocation(location: string): string {
  const [head, ...rest] = location.split(":");
  switch (head) {
    case "parameter":
      return `${rest[0]} parameter ${rest.slice(1).join(":")}`;
    case "request-body":
      return `request body${rest.length ? ` (${rest.join(":")})` : ""}`;
    case "response":
      return `response ${rest.join(":")}`;
    case "response-body":
      return `response ${rest[0]} body${rest.length > 1 ? ` (${rest.slice(1).join(":")})` : ""}`;
    default:
      return location;
  }
}

export function headline(d: DiffResult): string {
  const arrow = `ONTAP ${d.from} → ${d.to}`;
  switch (d.direction) {
    case "downgrade":
      return `${arrow} (DOWNGRADE: a client written against ${d.from} running against the older ${d.to})`;
    case "same":
      return `${arrow} (same release)`;
    case "revision":
      return `${arrow} (revision of the same document)`;
    default:
      return `${arrow} (upgrade)`;
  }
}

export function summaryLine(d: DiffResult): string {
  const s = d.summary;
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  return `${n(s.breaking, "breaking change")}, ${n(s.warning, "warning")}, ${n(s.info, "info change")}`;
}

/** Level → operation label → changes, in the result's (deterministic) order. */
export function groupByLevelAndOperation(d: DiffResult): { level: Level; groups: { label: string; operationId?: string; changes: Change[] }[] }[] {
  const out: { level: Level; groups: { label: string; operationId?: string; changes: Change[] }[] }[] = [];
  for (const level of LEVELS) {
    const groups = new Map<string, { label: string; operationId?: string; changes: Change[] }>();
    for (const c of d.changes) {
      if (c.level !== level) continue;
      const label = c.operation ?? (c.location === "catalog" ? "Error catalog" : "Document");
      if (!groups.has(label)) groups.set(label, { label, operationId: c.operationId, changes: [] });
      groups.get(label)!.changes.push(c);
    }
    if (groups.size) out.push({ level, groups: [...groups.values()] });
  }
  return out;
}

/** `where: message` for one change line (the operation is the group's heading). */
export function changeLine(c: Change): string {
  const where = c.location === "operation" || c.location === "catalog" || c.location === "document" || c.location === "errors" ? "" : `${describeLocation(c.location)}: `;
  return `${where}${c.message}`;
}
