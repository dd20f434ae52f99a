import type { DiffResult } from "./model.js";
import { changeLine, groupByLevelAndOperation, headline, LEVEL_TITLE, summaryLine } from "./render-common.js";
import type { Level } from "./rules.js";

const MARK: Record<Level, string> = { breaking: "✖", warning: "⚠", info: "·" };
const COLOUR: Record<Level, string> = { breaking: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[2m" };

/** Terminal rendering; colour only when asked (the command asks when stdout is a terminal). */
export function renderText(d: DiffResult, opts: { colour?: boolean } = {}): string {
  const paint = (level: Level, s: string) => (opts.colour ? `${COLOUR[level]}${s}\x1b[0m` : s);
  const bold = (s: string) => (opts.colour ? `\x1b[1m${s}\x1b[0m` : s);
  const lines = [bold(headline(d)), summaryLine(d)];
  if (d.changes.length === 0) lines.push("", "No changes.");
  for (const { level, groups } of groupByLevelAndOperation(d)) {
    lines.push("", paint(level, bold(`${LEVEL_TITLE[level].toUpperCase()} (${groups.reduce((n, g) => n + g.changes.length, 0)})`)));
    for (const g of groups) {
      lines.push(`  ${bold(g.label)}${g.operationId ? `  [${g.operationId}]` : ""}`);
      for (const c of g.changes) lines.push(`    ${paint(level, MARK[level])} ${changeLine(c)}  (${c.id})`);
    }
  }
  return lines.join("\n") + "\n";
}
