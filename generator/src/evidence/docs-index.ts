// Evidence from NetApp's reference-site index of one release (NetAppDocs `*-x-doc.yml`): every
// documented path with its methods. Complete for operations: a covered path's method that the
// index does not list is not documented in that release.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { ArtifactRead, DocsIndexSource, EvidenceRow, SourceRegistry } from "./model.js";
import { isDated, readManifest, type ManifestEntry } from "./artifact-manifest.js";
import { operationSubject, type ResourceDef } from "./resources.js";

const METHODS = ["get", "post", "patch", "delete"];

export interface DocsOperation {
  method: string;
  path: string;
  line: number;
}

/** Operations of an x-doc index: `paths: {"/p": {get: {x-doc: …}}}`. */
export function parseDocsIndex(text: string): DocsOperation[] {
  const doc = parse(text) as { paths?: Record<string, Record<string, unknown>> } | null;
  const lines = text.split(/\r?\n/);
  const out: DocsOperation[] = [];
  for (const [p, item] of Object.entries(doc?.paths ?? {})) {
    const at = lines.findIndex((l) => l.trim().startsWith(`"${p}":`) || l.trim().startsWith(`${p}:`));
    for (const m of METHODS) {
      if (!item || typeof item !== "object" || !(m in item)) continue;
      let line = at + 1;
      for (let i = at + 1; at >= 0 && i < lines.length && !/^\s{2}\S/.test(lines[i]!); i++)
        if (lines[i]!.trim() === `${m}:`) {
          line = i + 1;
          break;
        }
      out.push({ method: m, path: p, line });
    }
  }
  return out;
}

function docsSourceId(e: Pick<ManifestEntry, "release" | "commit">): string {
  return `netappdocs-${e.release}@${(e.commit ?? "unknown").slice(0, 8)}`;
}

export function readDocsIndexes(dir: string, resources: ResourceDef[]): { sources: SourceRegistry; entries: { release: string; resource: string; rows: EvidenceRow[]; artifacts: ArtifactRead[] }[] } {
  const out = { sources: {} as SourceRegistry, entries: [] as { release: string; resource: string; rows: EvidenceRow[]; artifacts: ArtifactRead[] }[] };
  const manifest = readManifest(dir).filter(isDated);
  for (const e of manifest) {
    if (e.kind !== "docs" || !/-x-doc\.ya?ml$/.test(e.local) || !/^\d+\.\d+$/.test(e.release) || !e.repo || !e.commit || !e.path) continue;
    const id = docsSourceId(e);
    const src: DocsIndexSource = { kind: "netappdocs", repo: e.repo, commit: e.commit, path: e.path, release: e.release, artifactVersion: e.artifactVersion, datedBy: e.datedBy };
    out.sources[id] = src;
    const ops = parseDocsIndex(readFileSync(path.join(dir, e.local), "utf8"));
    for (const res of resources) {
      const paths = new Set(res.operations.map((o) => o.path));
      const rows: EvidenceRow[] = ops
        .filter((o) => paths.has(o.path))
        .map((o) => ({ subject: operationSubject(o.method, o.path), fact: "present" as const, value: true, source: id, path: e.path!, line: o.line }));
      out.entries.push({ release: e.release, resource: res.id, rows, artifacts: [{ source: id, path: e.path, covers: "operations", complete: true }] });
    }
  }
  return out;
}
