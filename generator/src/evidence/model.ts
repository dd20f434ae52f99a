// The evidence base (spec/evidence/): what NetApp's per-release artifacts state about the
// operations, fields and query parameters the spec covers, one row per fact, each citing its source.
import type { Release } from "../releases.js";

/** The facts an artifact can state. Values: booleans for presence, a JSON type name, a sorted
 *  list of enum values, a number for limits; `null` means "the artifact states there is none". */
export type FactName =
  | "present" // operation, parameter or field exists in the release
  | "get" // field is returned by GET
  | "post" // field is accepted in a POST body
  | "patch" // field is accepted in a PATCH body
  | "readOnly"
  | "type"
  | "enum"
  | "minLength"
  | "maxLength"
  | "minimum"
  | "maximum"
  | "message"; // an error code's message, exactly as the operation's error table words it

export const FACT_NAMES: readonly FactName[] = ["present", "get", "post", "patch", "readOnly", "type", "enum", "minLength", "maxLength", "minimum", "maximum", "message"];

export type FactValue = boolean | string | number | (string | number)[] | null;

export interface EvidenceRow {
  /** `operation:GET /path`, `parameter:GET /path?name`, `field:dotted.name` (relative to the
   *  resource's record) or `error:GET /path#code` (an ONTAP error code the operation documents). */
  subject: string;
  fact: FactName;
  value: FactValue;
  /** Id in spec/evidence/sources.json. */
  source: string;
  /** File inside the source that states the fact. */
  path: string;
  line?: number;
}

/** One artifact file read for a release and resource, and what it is complete for: a subject
 *  of that kind missing from a complete artifact is absent in the release. */
export interface ArtifactRead {
  source: string;
  path: string;
  covers: "operations" | "fields" | "parameters" | "errors";
  /** For fields: the file is complete only for the direct children of this dotted prefix
   *  ("" = top-level fields); absent = complete at every depth. */
  prefix?: string;
  /** Operation whose parameters (covers = parameters) or error codes (covers = errors) the file lists. */
  operation?: string;
  complete: boolean;
}

export interface EvidenceFile {
  release: Release;
  resource: string;
  artifacts: ArtifactRead[];
  rows: EvidenceRow[];
  /** Subjects known from another release's artifacts that no artifact of this release speaks of. */
  unverified: string[];
}

export interface TridentSource {
  kind: "trident";
  repo: "NetApp/trident";
  commit: string;
  root: string;
  release: Release;
  /** The ONTAP release of the swagger the bindings were generated from, as the commit says it. */
  artifactRelease: string;
  datedBy: string;
}

export interface PythonClientSource {
  kind: "netapp_ontap";
  /** null when the file was found by content in a code index that did not name its repository. */
  repo: string | null;
  commit: string | null;
  indexId?: string;
  /** Path of the package inside the repository (…/netapp_ontap). */
  root: string;
  release: Release;
  artifactVersion: string;
  datedBy: string;
}

/** NetApp's reference-site index of one release (NetAppDocs `*-x-doc.yml`: documented paths and methods). */
export interface DocsIndexSource {
  kind: "netappdocs";
  repo: string;
  commit: string;
  path: string;
  release: Release;
  artifactVersion: string;
  datedBy: string;
}

export interface PageSource {
  kind: "page";
  url: string;
  release: Release;
  datedBy: string;
}

export type EvidenceSource = TridentSource | PythonClientSource | DocsIndexSource | PageSource;

export type SourceRegistry = Record<string, EvidenceSource>;

/** Human citation of a row: repository, path and commit, or the page. */
export function citeRow(row: Pick<EvidenceRow, "source" | "path" | "line">, sources: SourceRegistry): string {
  const s = sources[row.source];
  if (!s) return `${row.source} (unknown source)`;
  if (s.kind === "page") return s.url;
  if (!s.commit) return `${row.path}${row.line ? `#L${row.line}` : ""} (found by content, ${s.datedBy})`;
  return `${s.repo}@${s.commit.slice(0, 12)}:${row.path}${row.line ? `#L${row.line}` : ""}`;
}
