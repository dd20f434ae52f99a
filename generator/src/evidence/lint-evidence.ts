// The evidence stage of `ontap-sec lint`: loads spec/evidence/, checks every release of the spec
// against it, validates the x-ontap-decision annotations and turns contradictions into diagnostics.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "../curated-spec/load-spec.js";
import { DECISION } from "../curated-spec/vocabulary.js";
import { walkSpec } from "../curated-spec/walk-spec.js";
import { checkResource, DECISION_FACTS, decisionsOf, describeContradiction, summarize, type FactCheck, type ReleaseSummary } from "./compare.js";
import { citeRow, type EvidenceFile, type SourceRegistry } from "./model.js";
import { RESOURCES } from "./resources.js";

export interface EvidenceBase {
  dir: string;
  sources: SourceRegistry;
  file(release: string, resource: string): EvidenceFile | undefined;
}

export function evidenceDirOf(specRootPath: string): string {
  return path.join(path.dirname(specRootPath), "evidence");
}

export function loadEvidence(dir: string): EvidenceBase {
  const sourcesPath = path.join(dir, "sources.json");
  const sources: SourceRegistry = existsSync(sourcesPath) ? JSON.parse(readFileSync(sourcesPath, "utf8")) : {};
  const cache = new Map<string, EvidenceFile | undefined>();
  return {
    dir,
    sources,
    file(release, resource) {
      const p = path.join(dir, release, `${resource}.json`);
      if (!cache.has(p)) cache.set(p, existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as EvidenceFile) : undefined);
      return cache.get(p);
    },
  };
}

export interface EvidenceLint {
  checks: FactCheck[];
  summary: ReleaseSummary[];
  diagnostics: Diagnostic[];
}

export function lintEvidence(spec: LoadedSpec, releases: string[], base: EvidenceBase): EvidenceLint {
  const checks: FactCheck[] = [];
  for (const r of releases) for (const res of RESOURCES) checks.push(...checkResource(spec, res, r, base.file(r, res.id), base.sources));
  const diagnostics: Diagnostic[] = [];
  const cite = (v: { source: string; path?: string; line?: number }) =>
    v.path ? citeRow({ source: v.source, path: v.path, line: v.line }, base.sources) : `not in ${base.sources[v.source] ? citeRow({ source: v.source, path: "(complete artifact)" }, base.sources) : v.source}`;
  for (const c of checks)
    if (c.status === "contradicted")
      diagnostics.push({ ...c.location, rule: "evidence", message: describeContradiction(c, base.sources, cite) });

  // Every decision must be well formed, name a known source, and resolve at least one disagreement.
  const used = new Set<object>();
  for (const c of checks) for (const v of c.verdicts) if (v.decision) used.add(v.decision);
  walkSpec(spec.root, ({ node }) => {
    if (!node || typeof node !== "object" || !(DECISION in node)) return;
    const list = node[DECISION];
    if (!Array.isArray(list)) {
      diagnostics.push({ ...spec.locate(node, DECISION), rule: "bad-decision", message: `${DECISION} must be a list of {fact, against, reason, release? | introduced?/removed?, field?}` });
      return;
    }
    for (const [i, d] of decisionsOf(node).entries()) {
      const at = spec.locate(node, DECISION, i);
      if (!DECISION_FACTS.includes(d?.fact)) diagnostics.push({ ...at, rule: "bad-decision", message: `fact must be one of ${DECISION_FACTS.join(", ")}` });
      if (d?.fact === "error" && typeof d.code !== "string")
        diagnostics.push({ ...at, rule: "bad-decision", message: "a decision on fact error names the code it argues (code: \"<digits>\")" });
      if (typeof d?.reason !== "string" || d.reason.trim().length < 10) diagnostics.push({ ...at, rule: "bad-decision", message: "a decision needs a reason" });
      const against = Array.isArray(d?.against) ? d.against : [d?.against];
      const kinds = new Set<string>(Object.values(base.sources).map((x) => x.kind));
      for (const a of against)
        if (!base.sources[a] && !kinds.has(a))
          diagnostics.push({ ...at, rule: "bad-decision", message: `against ${JSON.stringify(a)} is neither a source of spec/evidence/sources.json nor a kind of source (${[...kinds].sort().join(", ")})` });
      if (!used.has(d)) diagnostics.push({ ...at, rule: "unused-decision", message: `this decision (${d?.fact} against ${against.join(", ")}) resolves no disagreement with the evidence; remove it` });
    }
  });
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.pointer.localeCompare(b.pointer) || a.message.localeCompare(b.message));
  return { checks, summary: summarize(checks, releases), diagnostics };
}

export function formatSummary(summary: ReleaseSummary[]): string[] {
  const lines = ["  evidence (facts per release: checked = verified + decided + contradicted; unverified = no artifact; error codes = the part about x-ontap-errors):"];
  for (const s of summary)
    lines.push(
      `    ${s.release.padEnd(5)} checked ${String(s.checked).padStart(4)}  verified ${String(s.verified).padStart(4)}  decided ${String(s.decided).padStart(3)}  contradicted ${String(s.contradicted).padStart(3)}  unverified ${String(s.unverified).padStart(4)}` +
        `  | error codes: checked ${String(s.errors.checked).padStart(3)}  verified ${String(s.errors.verified).padStart(3)}  decided ${String(s.errors.decided).padStart(2)}  contradicted ${String(s.errors.contradicted).padStart(2)}  unverified ${String(s.errors.unverified).padStart(3)}`,
    );
  return lines;
}
