// The evidence lint: each release's spec facts held against that release's evidence rows. A
// disagreement is an error unless an `x-ontap-decision` on the spec node names the fact, the
// counter-evidence source and the reason (spec/README.md, "Evidence").
import { isObject } from "@ontap-sec/slice-model";
import type { SpecLocation } from "../diagnostics.js";
import { inRange, type Release } from "../releases.js";
import type { LoadedSpec } from "../curated-spec/load-spec.js";
import { childAt } from "../curated-spec/spec-nodes.js";
import { DECISION, ERRORS } from "../curated-spec/vocabulary.js";
import { coveredSubjects, fieldCoveredBy } from "./build-evidence.js";
import { FACT_NAMES, type EvidenceFile, type EvidenceRow, type FactName, type FactValue, type SourceRegistry } from "./model.js";
import type { ResourceDef } from "./resources.js";
import { nearestSpecNode, specSubjects } from "./spec-facts.js";

export interface Decision {
  fact: FactName | "error";
  against: string | string[];
  reason: string;
  release?: Release;
  introduced?: Release;
  removed?: Release;
  /** A field below this node that the spec does not have (the decision keeps it out). */
  field?: string;
  /** On an operation: the error code whose listing (`fact: error`) or wording (`fact: message`) is argued. */
  code?: string;
}

/** Decision facts: the evidence facts, and `error` for whether an operation lists an error code. */
export const DECISION_FACTS: readonly string[] = [...FACT_NAMES, "error"];

const errorCodeOf = (subject: string) => (subject.startsWith("error:") ? subject.slice(subject.lastIndexOf("#") + 1) : undefined);
const operationOfError = (subject: string) => `operation:${subject.slice("error:".length, subject.lastIndexOf("#"))}`;

export type FactStatus = "verified" | "decided" | "contradicted" | "unverified";

export interface SourceVerdict {
  source: string;
  value: FactValue;
  /** Citation of the row (absent when the fact is the omission from a complete artifact). */
  path?: string;
  line?: number;
  agrees: boolean;
  decision?: Decision;
  /** A disagreement that the precedence rule settles without a decision (swagger readOnly over write lists). */
  overriddenBy?: string;
}

export interface FactCheck {
  release: Release;
  resource: string;
  subject: string;
  fact: FactName;
  specValue: FactValue;
  status: FactStatus;
  location: SpecLocation;
  verdicts: SourceVerdict[];
}

/** HAL `_links` are added by the server to every HAL record whatever the swagger says: out of scope. */
const isHalLink = (subject: string) => /^field:(.*\.)?_links(\.|$)/.test(subject);

const same = (a: FactValue | undefined, b: FactValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function decisionsOf(node: unknown): Decision[] {
  const d = isObject(node) ? node[DECISION] : undefined;
  return Array.isArray(d) ? (d as Decision[]) : [];
}

/** `against` names source ids, or a kind of source (`netapp_ontap`, `trident`) for a disagreement
 *  that comes from how that kind of artifact is generated, in whatever release it is read. */
function decides(d: Decision, r: Release, fact: FactName, source: string, kind: string | undefined, missing: string | undefined, code: string | undefined): boolean {
  // An error code's presence is argued as fact `error`, its wording as `message`, both naming the code.
  const decisionFact = code !== undefined && fact === "present" ? "error" : fact;
  if (d.fact !== decisionFact) return false;
  if ((d.code ?? undefined) !== code) return false;
  const against = Array.isArray(d.against) ? d.against : [d.against];
  if (!against.includes(source) && !(kind && against.includes(kind))) return false;
  if ((d.field ?? undefined) !== (missing ?? undefined)) return false;
  if (d.release !== undefined) return d.release === r;
  return inRange({ introduced: d.introduced, removed: d.removed }, r);
}

/** Checks one release and resource. */
export function checkResource(spec: LoadedSpec, res: ResourceDef, r: Release, ev: EvidenceFile | undefined, sources: SourceRegistry = {}): FactCheck[] {
  const subjects = specSubjects(spec.root, res, r);
  const rows = ev?.rows ?? [];
  const artifacts = ev?.artifacts ?? [];
  const covered = coveredSubjects(artifacts, rows);
  const bySubject = new Map<string, EvidenceRow[]>();
  for (const row of rows) {
    if (isHalLink(row.subject)) continue;
    if (!bySubject.has(row.subject)) bySubject.set(row.subject, []);
    bySubject.get(row.subject)!.push(row);
  }
  // Sources complete for a kind of subject: their silence is a statement of absence.
  const completeSources = (subject: string) => {
    const kind = subject.split(":")[0];
    return [
      ...new Set(
        artifacts
          .filter(
            (a) =>
              a.complete &&
              (kind === "operation"
                ? a.covers === "operations"
                : kind === "field"
                  ? a.covers === "fields" && fieldCoveredBy(a, subject)
                  : kind === "error"
                    ? a.covers === "errors" && a.operation === operationOfError(subject)
                    : a.covers === "parameters" && a.operation === `operation:${subject.slice("parameter:".length).split("?")[0]}`),
          )
          .map((a) => a.source),
      ),
    ];
  };
  const out: FactCheck[] = [];
  const all = new Set([...subjects.keys(), ...[...bySubject.keys()].filter((s) => bySubject.get(s)!.some((x) => x.fact === "present" && x.value === true))]);
  const getOperation = childAt(spec.root, "paths", res.sides.get.path, res.sides.get.method);
  const resourceRoot = isObject(getOperation) ? getOperation : spec.root;
  for (const subject of [...all].sort()) {
    const s = subjects.get(subject);
    const code = errorCodeOf(subject);
    // Codes of an operation the spec does not have in r: the operation's own presence is the fact.
    if (code !== undefined && subjects.get(operationOfError(subject))?.facts.present !== true) continue;
    const place = s
      ? { node: s.node, missing: undefined as string | undefined, at: s.at ?? [] }
      : code !== undefined
        ? errorPlace(subjects.get(operationOfError(subject))!.node)
        : { ...(subject.startsWith("parameter:") ? parameterPlace(spec.root, subject, resourceRoot) : nearestSpecNode(subjects, subject, resourceRoot)), at: [] as (string | number)[] };
    const subjectLocation = spec.locate(place.node, ...place.at);
    const decisions = decisionsOf(s?.decisionNode ?? place.node);
    const specFacts: Partial<Record<FactName, FactValue>> = s?.facts ?? { present: false };
    const evRows = bySubject.get(subject) ?? [];
    for (const [fact, specValue] of Object.entries(specFacts) as [FactName, FactValue][]) {
      const stated = evRows.filter((x) => x.fact === fact);
      let verdicts: SourceVerdict[] = stated.map((x) => ({ source: x.source, value: x.value, path: x.path, line: x.line, agrees: same(x.value, specValue) }));
      // A table that lists one code twice with two wordings (NetApp's 9.x certificate create and
      // 9.19.1 SSH tables do) states both; the spec agrees with that source if it has either.
      if (fact === "message") verdicts = verdicts.filter((v) => v.agrees || !verdicts.some((o) => o.agrees && o.source === v.source));
      if (fact === "present" && covered(subject) && !s?.commonError)
        for (const src of completeSources(subject))
          if (!stated.some((x) => x.source === src)) verdicts.push({ source: src, value: false, agrees: same(false, specValue) });
      // Precedence 2: readOnly in the swagger outweighs a client's write lists.
      if ((fact === "post" || fact === "patch") && specValue === false)
        for (const v of verdicts) {
          const ro = evRows.find((x) => x.fact === "readOnly" && x.value === true);
          if (!v.agrees && ro) v.overriddenBy = ro.source;
        }
      for (const v of verdicts)
        if (!v.agrees && !v.overriddenBy) v.decision = decisions.find((d) => decides(d, r, fact, v.source, sources[v.source]?.kind, place.missing, code));
      const open = verdicts.filter((v) => !v.agrees && !v.overriddenBy && !v.decision);
      const status: FactStatus =
        verdicts.length === 0 ? "unverified" : open.length > 0 ? "contradicted" : verdicts.some((v) => v.decision) ? "decided" : "verified";
      // A fact the spec does not state (a subject it lacks, no evidence saying it is there) is not counted.
      if (!s && fact === "present" && verdicts.every((v) => v.value === false)) continue;
      const written = s?.factAt?.[fact];
      const location = written ? spec.locate(written.node, ...written.keys) : subjectLocation;
      out.push({ release: r, resource: res.id, subject, fact, specValue, status, location, verdicts });
    }
  }
  return out;
}

export interface FactCounts {
  checked: number;
  verified: number;
  decided: number;
  unverified: number;
  contradicted: number;
}

export interface ReleaseSummary extends FactCounts {
  release: Release;
  /** The part of the counts about error codes (subjects `error:…`: presence and message). */
  errors: FactCounts;
}

function count(c: FactCheck[]): FactCounts {
  const n = (st: FactStatus) => c.filter((x) => x.status === st).length;
  return { checked: c.length - n("unverified"), verified: n("verified"), decided: n("decided"), unverified: n("unverified"), contradicted: n("contradicted") };
}

export function summarize(checks: FactCheck[], releases: Release[]): ReleaseSummary[] {
  return releases.map((release) => {
    const c = checks.filter((x) => x.release === release);
    return { release, ...count(c), errors: count(c.filter((x) => x.subject.startsWith("error:"))) };
  });
}

const show = (v: FactValue | undefined) => (v === null || v === undefined ? "none" : JSON.stringify(v));

export function describeContradiction(c: FactCheck, sources: SourceRegistry, cite: (v: SourceVerdict) => string): string {
  const against = c.verdicts.filter((v) => !v.agrees && !v.overriddenBy && !v.decision);
  const agree = c.verdicts.filter((v) => v.agrees);
  const what = c.subject.replace(/^(\w+):/, "$1 ");
  return (
    `release ${c.release}: ${what} ${c.fact} is ${show(c.specValue)} in the spec, ` +
    against.map((v) => `${show(v.value)} in ${v.source} (${cite(v)})`).join("; ") +
    (agree.length ? `; agreeing: ${agree.map((v) => v.source).join(", ")}` : "") +
    (sources ? "" : "")
  );
}

/** A query parameter the spec lacks is placed on its operation, named by the parameter. */
function parameterPlace(root: Record<string, unknown>, subject: string, fallback: object): { node: object; missing: string } {
  const m = /^parameter:(\w+) ([^?]+)\?(.+)$/.exec(subject)!;
  const item = isObject(root.paths) ? root.paths[m[2]!] : undefined;
  const op = isObject(item) ? item[m[1]!.toLowerCase()] : undefined;
  return { node: isObject(op) ? op : fallback, missing: m[3]! };
}

/** An error code the spec does not list is placed on its operation's x-ontap-errors (or the operation). */
function errorPlace(op: object): { node: object; missing: undefined; at: (string | number)[] } {
  return { node: op, missing: undefined, at: ERRORS in op ? [ERRORS] : [] };
}
