import type { Cell, Matrix } from "./build-matrix.js";

const esc = (s: string) => s.replace(/\|/g, "\\|");

/** Evidence marks: verified by an artifact of the release, decided against one, unverified. */
const EVIDENCE_MARK = { verified: "ᵛ", decided: "ᵈ", unverified: "ᵘ" } as const;
const evidenceMark = (c: Cell) => (c.evidence ? EVIDENCE_MARK[c.evidence.status] : "");

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
  if (m.evidence) {
    lines.push(
      "Evidence (per present cell): `ᵛ` verified by NetApp's artifacts of that release · `ᵈ` the spec decided against a source (reason below) · `ᵘ` no artifact of that release speaks of it. Sources: `spec/evidence/sources.json`.",
      "",
      `| facts | ${m.releases.join(" | ")} |`,
      `| --- | ${m.releases.map(() => "---:").join(" | ")} |`,
    );
    for (const k of ["checked", "verified", "decided", "unverified"] as const)
      lines.push(`| ${k} | ${m.releases.map((r) => String(m.evidence!.find((s) => s.release === r)?.[k] ?? 0)).join(" | ")} |`);
    lines.push("");
  }
  const head = `| | ${m.releases.join(" | ")} |`;
  const rule = `| --- | ${m.releases.map(() => ":---:").join(" | ")} |`;
  for (const s of m.sections) {
    lines.push(`## ${s.title}`, "");
    for (const g of s.groups) {
      if (s.groups.length > 1) lines.push(`### ${g.title}`, "");
      lines.push(head, rule);
      for (const r of g.rows) {
        const label = `${"&nbsp;&nbsp;".repeat(r.depth)}${r.kind === "enum-value" ? esc(r.label) : `\`${esc(r.label)}\``}`;
        lines.push(`| ${label} | ${r.cells.map((c) => cellText(c, r.kind) + evidenceMark(c)).join(" | ")} |`);
      }
      lines.push("");
    }
  }
  const decided = new Map<string, Set<string>>();
  for (const s of m.sections)
    for (const g of s.groups)
      for (const r of g.rows)
        for (const c of r.cells)
          if (c.evidence?.status === "decided") {
            const k = `\`${esc(r.label)}\` (${g.name})`;
            if (!decided.has(k)) decided.set(k, new Set());
            for (const n of c.evidence.notes) decided.get(k)!.add(`${c.release}: ${esc(n)}`);
          }
  if (decided.size) {
    lines.push("## Decided against a source", "");
    for (const [k, notes] of decided) lines.push(`- ${k}`, ...[...notes].map((n) => `  - ${n}`));
    lines.push("");
  }
  return lines.join("\n");
}
