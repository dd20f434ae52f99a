// Evidence status per release and per fact, in the shape the matrix and the package READMEs show:
// verified (a NetApp artifact of the release states it), decided (the spec disagrees with a source
// on purpose, for a recorded reason) or unverified (no artifact of the release speaks of it).
import type { Release } from "../releases.js";
import type { LoadedSpec } from "../curated-spec/load-spec.js";
import type { FactCheck, ReleaseSummary } from "./compare.js";
import { evidenceDirOf, lintEvidence, loadEvidence } from "./lint-evidence.js";
import { citeRow, type FactName, type SourceRegistry } from "./model.js";
import { fieldSubject, operationSubject } from "./resources.js";

export type EvidenceState = "verified" | "decided" | "unverified";

export interface CellEvidence {
  status: EvidenceState;
  /** Citations of the sources that agree (verified) or that the spec decided against (decided). */
  sources: string[];
  /** For decided facts: "<fact> against <source>: <reason>". */
  notes: string[];
}

/** Where a named component's properties live in the evidence: a resource and the dotted prefixes
 *  of its uses (a component used twice, like an endpoint, combines both). */
const COMPONENT_FIELDS: Record<string, { resource: string; prefixes: string[] }> = {
  security_config: { resource: "security", prefixes: [""] },
  ipsec: { resource: "ipsec", prefixes: [""] },
  ipsec_policy: { resource: "ipsec-policies", prefixes: [""] },
  ipsec_endpoint: { resource: "ipsec-policies", prefixes: ["local_endpoint.", "remote_endpoint."] },
  ipsec_policy_certificate: { resource: "ipsec-policies", prefixes: ["certificate."] },
  security_association: { resource: "ipsec-security-associations", prefixes: [""] },
  ipsec_ca_certificate: { resource: "ipsec-ca-certificates", prefixes: [""] },
};

export interface EvidenceStatus {
  releases: Release[];
  summary: ReleaseSummary[];
  sources: SourceRegistry;
  summaryOf(release: Release): ReleaseSummary | undefined;
  /** An operation (method in any case, path as in the spec). */
  operation(release: Release, method: string, path: string): CellEvidence;
  /** A field of a resource's record, dotted. `fact` narrows to one fact (e.g. `enum`). */
  field(release: Release, resource: string, dotted: string, fact?: FactName): CellEvidence;
  /** A property row of a named component (matrix rows); undefined for shared components. */
  component(release: Release, component: string, dotted: string, fact?: FactName): CellEvidence | undefined;
}

const UNVERIFIED: CellEvidence = { status: "unverified", sources: [], notes: [] };

function evidenceStatusFrom(checks: FactCheck[], summary: ReleaseSummary[], sources: SourceRegistry, releases: Release[]): EvidenceStatus {
  const index = new Map<string, FactCheck[]>();
  for (const c of checks) {
    const k = `${c.release}|${c.resource}|${c.subject}`;
    if (!index.has(k)) index.set(k, []);
    index.get(k)!.push(c);
  }
  const cite = (v: FactCheck["verdicts"][number]) => (v.path ? citeRow({ source: v.source, path: v.path, line: v.line }, sources) : v.source);
  const combine = (list: FactCheck[], fact?: FactName): CellEvidence => {
    const facts = fact ? list.filter((c) => c.fact === fact) : list;
    const decided = facts.filter((c) => c.status === "decided");
    if (decided.length) {
      const vs = decided.flatMap((c) => c.verdicts.filter((v) => v.decision).map((v) => ({ c, v })));
      return {
        status: "decided",
        sources: [...new Set(vs.map(({ v }) => cite(v)))].sort(),
        notes: [...new Set(vs.map(({ c, v }) => `${c.fact} against ${v.source}: ${v.decision!.reason.replace(/\s+/g, " ").trim()}`))].sort(),
      };
    }
    const verified = facts.filter((c) => c.status === "verified");
    if (verified.length)
      return { status: "verified", sources: [...new Set(verified.flatMap((c) => c.verdicts.filter((v) => v.agrees).map(cite)))].sort(), notes: [] };
    return UNVERIFIED;
  };
  const bySubject = (release: Release, resource: string, subject: string) => index.get(`${release}|${resource}|${subject}`) ?? [];
  const field = (release: Release, resource: string, dotted: string, fact?: FactName) => combine(bySubject(release, resource, fieldSubject(dotted)), fact);
  return {
    releases,
    summary,
    sources,
    summaryOf: (release) => summary.find((s) => s.release === release),
    operation(release, method, path) {
      const subject = operationSubject(method, path);
      return combine(checks.filter((c) => c.release === release && c.subject === subject));
    },
    field,
    component(release, component, dotted, fact) {
      const where = COMPONENT_FIELDS[component];
      if (!where) return undefined;
      const key = dotted.replace(/\[\]/g, "");
      return combine(where.prefixes.flatMap((p) => bySubject(release, where.resource, fieldSubject(p + key))), fact);
    },
  };
}

/** The evidence status of every release of a loaded spec, from the evidence folder next to it. */
export function evidenceStatus(spec: LoadedSpec, releases: Release[], evidenceDir = evidenceDirOf(spec.rootPath)): EvidenceStatus {
  const base = loadEvidence(evidenceDir);
  const lint = lintEvidence(spec, releases, base);
  return evidenceStatusFrom(lint.checks, lint.summary, base.sources, releases);
}
