import type { DiffResult } from "./model.js";
import { changeLine, groupByLevelAndOperation, LEVEL_TITLE } from "./render-common.js";

const md = (s: string) => s.replace(/\|/g, "\\|").replace(/</g, "&lt;");

/** What a release note would paste: grouped by level, then operation. */
export function renderMarkdown(d: DiffResult): string {
  const lines: string[] = [`## ONTAP ${d.from} → ${d.to}`, ""];
  if (d.direction === "downgrade")
    lines.push(`> **Downgrade.** ${d.to} is older than ${d.from}: changes are judged for a client written against ${d.from} running against ${d.to}.`, "");
  const s = d.summary;
  lines.push(`**${s.breaking}** breaking · **${s.warning}** warning${s.warning === 1 ? "" : "s"} · **${s.info}** info`, "");
  if (d.changes.length === 0) lines.push("No changes.", "");
  for (const { level, groups } of groupByLevelAndOperation(d)) {
    lines.push(`### ${LEVEL_TITLE[level]}`, "");
    for (const g of groups) {
      lines.push(`#### \`${g.label}\`${g.operationId ? ` — ${g.operationId}` : ""}`, "");
      for (const c of g.changes) lines.push(`- ${md(changeLine(c))} <sub>\`${c.id}\`</sub>`);
      lines.push("");
    }
  }
  return lines.join("\n").replace(/\n+$/, "\n");
}
