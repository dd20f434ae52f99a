import type { Cell, Matrix } from "./build-matrix.js";

const esc = (s: string) => s.replace(/\|/g, "\\|");

function cellText(c: Cell, kind: string): string {
  switch (c.state) {
    case "absent":
      return "·";
    case "removed":
      return "**−**";
    case "added":
      return `**+**${c.flags.length ? ` ${c.flags.join(" ")}` : ""}`;
    case "changed":
      return kind === "operation" ? `Δ ${c.notes.length}${c.level === "breaking" ? " ✖" : c.level === "warning" ? " ⚠" : ""}` : `Δ ${esc(c.notes.join("; "))}`;
    default:
      return c.flags.length ? c.flags.join(" ") : "✓";
  }
}

export function renderMatrixMarkdown(m: Matrix): string {
  const lines = [
    "# ONTAP security API: compatibility matrix",
    "",
    "`·` absent · `✓` present · `+` first release with it · `−` gone from this release · `Δ` changed since the previous release (operations: number of changes, ✖ breaking, ⚠ warning; see `ontap-sec diff`). Flags: RO read-only, WO write-only, CO create-only, REQ required on create, SENS sensitive.",
    "",
  ];
  const head = `| | ${m.releases.join(" | ")} |`;
  const rule = `| --- | ${m.releases.map(() => ":---:").join(" | ")} |`;
  for (const s of m.sections) {
    lines.push(`## ${s.title}`, "");
    for (const g of s.groups) {
      if (s.groups.length > 1) lines.push(`### ${g.title}`, "");
      lines.push(head, rule);
      for (const r of g.rows) {
        const label = `${"&nbsp;&nbsp;".repeat(r.depth)}${r.kind === "enum-value" ? esc(r.label) : `\`${esc(r.label)}\``}`;
        lines.push(`| ${label} | ${r.cells.map((c) => cellText(c, r.kind)).join(" | ")} |`);
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}
