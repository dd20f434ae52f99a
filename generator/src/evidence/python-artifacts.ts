// Evidence from the netapp_ontap files gathered under an artifacts folder (MANIFEST.json: which
// file of which wheel, at which commit of which repository, for which release).
import { readFileSync } from "node:fs";
import path from "node:path";
import { isDated, readManifest, type DatedEntry as ManifestEntry } from "./artifact-manifest.js";
import type { ArtifactRead, EvidenceRow, PythonClientSource, SourceRegistry } from "./model.js";
import { parsePythonSchemas, type PySchema } from "./python-client.js";
import { fieldSubject, type ResourceDef } from "./resources.js";

export interface PythonEvidence {
  sources: SourceRegistry;
  entries: { release: string; resource: string; rows: EvidenceRow[]; artifacts: ArtifactRead[] }[];
}

const SIDES = ["get", "post", "patch"] as const;

function pythonSourceId(e: Pick<ManifestEntry, "artifactVersion" | "commit" | "indexId">): string {
  return e.commit ? `netapp_ontap-${e.artifactVersion}@${e.commit.slice(0, 8)}` : `netapp_ontap-${e.artifactVersion}@index-${e.indexId ?? "unknown"}`;
}

/** Path a row cites: the file in its repository, or (found by content) the local copy's path. */
const citedPath = (e: ManifestEntry) => e.path ?? e.local;

export function readPythonArtifacts(dir: string, resources: ResourceDef[]): PythonEvidence {
  const out: PythonEvidence = { sources: {}, entries: [] };
  const manifest = readManifest(dir).filter(isDated).filter((e) => e.kind === "netapp_ontap");
  const moduleOf = (e: ManifestEntry) => /netapp_ontap\/(resources|models)\/(\w+)\.py$/.exec(e.local);
  const byModule = new Map<string, ManifestEntry>();
  for (const e of manifest) {
    const m = moduleOf(e);
    if (m) byModule.set(`${e.artifactVersion}|netapp_ontap.${m[1]}.${m[2]}`, e);
  }
  const register = (e: ManifestEntry) => {
    const id = pythonSourceId(e);
    const p = citedPath(e);
    const root = p.slice(0, p.lastIndexOf("netapp_ontap/") + "netapp_ontap".length);
    const src: PythonClientSource = { kind: "netapp_ontap", repo: e.repo, commit: e.commit, ...(e.indexId ? { indexId: e.indexId } : {}), root, release: e.release, artifactVersion: e.artifactVersion, datedBy: e.datedBy };
    out.sources[id] = src;
    return id;
  };
  for (const e of manifest) {
    const m = moduleOf(e);
    if (!m || m[1] !== "resources") continue;
    const res = resources.find((r) => r.pythonModule === m[2]);
    if (!res) continue;
    const rows: EvidenceRow[] = [];
    const artifacts: ArtifactRead[] = [];
    const readSchema = (entry: ManifestEntry): PySchema | undefined => {
      const text = readFileSync(path.join(dir, entry.local), "utf8");
      const mod = moduleOf(entry)![2]!;
      const want = mod.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase()) + "Schema";
      const schemas = parsePythonSchemas(text);
      return schemas.find((s) => s.name.toLowerCase() === want.toLowerCase()) ?? schemas[0];
    };
    const emit = (entry: ManifestEntry, schema: PySchema, prefix: string, inherited: Record<(typeof SIDES)[number], boolean> | undefined, depth: number) => {
      const source = register(entry);
      artifacts.push({ source, path: citedPath(entry), covers: "fields", prefix, complete: true });
      const listed = (side: (typeof SIDES)[number], attr: string) => (schema.lists[side] ?? []).some((x) => x === attr || x.startsWith(attr + "."));
      for (const f of schema.fields) {
        const dotted = prefix + f.key;
        const subject = fieldSubject(dotted);
        const row = (fact: EvidenceRow["fact"], value: EvidenceRow["value"]) => rows.push({ subject, fact, value, source, path: citedPath(entry), line: f.line });
        row("present", true);
        row("type", f.type);
        for (const side of SIDES) if (schema.lists[side] !== undefined) row(side, (inherited ? inherited[side] : true) && listed(side, f.attr));
        if (f.type === "string" || f.type === "integer" || f.type === "number") {
          // The client validates enums written in the field itself and drops those of a shared
          // definition it references (scope, family), so only a list it has is a statement.
          if (f.enum) row("enum", [...f.enum].sort() as string[]);
          if (f.type === "string") {
            row("minLength", f.minLength ?? null);
            row("maxLength", f.maxLength ?? null);
          } else {
            row("minimum", f.minimum ?? null);
            row("maximum", f.maximum ?? null);
          }
        }
        if (f.key === "_links") continue;
        // Dotted entries of the lists name nested fields this file does not define.
        const sub = new Map<string, Record<(typeof SIDES)[number], boolean>>();
        for (const side of SIDES)
          for (const x of schema.lists[side] ?? [])
            if (x.startsWith(f.attr + ".")) {
              const rest = x.slice(f.attr.length + 1).replace(/(^|\.)links$/, "$1_links");
              if (!sub.has(rest)) sub.set(rest, { get: false, post: false, patch: false });
              sub.get(rest)![side] = !inherited || inherited[side];
            }
        for (const [rest, sides] of sub) {
          const s = fieldSubject(`${dotted}.${rest}`);
          rows.push({ subject: s, fact: "present", value: true, source, path: citedPath(entry), line: f.line });
          for (const side of SIDES) if (schema.lists[side] !== undefined) rows.push({ subject: s, fact: side, value: sides[side], source, path: citedPath(entry), line: f.line });
        }
        // A nested model listed whole: its own file (when gathered) tells its fields. A nested
        // *resource* (netapp_ontap.resources.*) is only a reference to a record of another
        // resource (certificate, svm): the lists' dotted entries above name the fields it carries,
        // and that resource's own file describes the other record, not this one.
        const isModel = f.nested?.startsWith("netapp_ontap.models.") ?? false;
        const nestedEntry = f.nested && isModel ? byModule.get(`${entry.artifactVersion}|${f.nested}`) : undefined;
        if (nestedEntry && depth < 4) {
          const whole = Object.fromEntries(SIDES.map((side) => [side, (schema.lists[side] ?? []).includes(f.attr) && (!inherited || inherited[side])])) as Record<(typeof SIDES)[number], boolean>;
          const ns = readSchema(nestedEntry);
          if (ns) emit(nestedEntry, ns, dotted + ".", whole, depth + 1);
        }
      }
    };
    const schema = readSchema(e);
    if (!schema) continue;
    emit(e, schema, "", undefined, 0);
    out.entries.push({ release: e.release, resource: res.id, rows, artifacts });
  }
  return out;
}
