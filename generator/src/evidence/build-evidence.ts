// Turns the artifacts of every release into the evidence files: deterministic, so adding a release
// or a resource is rerunning `ontap-sec evidence`.
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { compareReleases } from "../releases.js";
import type { ArtifactRead, EvidenceFile, EvidenceRow, SourceRegistry } from "./model.js";
import { RESOURCES, type ResourceDef } from "./resources.js";
import { gitTreeReader, readTridentRelease, TRIDENT_COMMITS, tridentSource, tridentSourceId } from "./trident.js";
import { readPythonArtifacts } from "./python-artifacts.js";
import { readDocsIndexes } from "./docs-index.js";

/** Releases the evidence covers (the spec's releases are checked against their slice of it). */
const EVIDENCE_RELEASES = ["9.8", "9.9", "9.10", "9.11", "9.12", "9.13", "9.14", "9.15", "9.16", "9.17", "9.18", "9.19"];

export interface BuildOptions {
  tridentGitDir?: string;
  artifactsDir?: string;
  resources?: ResourceDef[];
  releases?: string[];
}

export interface BuiltEvidence {
  sources: SourceRegistry;
  files: EvidenceFile[];
}

export function buildEvidence(opts: BuildOptions): BuiltEvidence {
  const resources = opts.resources ?? RESOURCES;
  const releases = opts.releases ?? EVIDENCE_RELEASES;
  const sources: SourceRegistry = {};
  const acc = new Map<string, { rows: EvidenceRow[]; artifacts: ArtifactRead[] }>();
  const slot = (release: string, resource: string) => {
    const k = `${release}|${resource}`;
    if (!acc.has(k)) acc.set(k, { rows: [], artifacts: [] });
    return acc.get(k)!;
  };
  if (opts.tridentGitDir)
    for (const c of TRIDENT_COMMITS) {
      if (!releases.includes(c.release)) continue;
      const id = tridentSourceId(c.release);
      sources[id] = tridentSource(c);
      const ev = readTridentRelease(gitTreeReader(opts.tridentGitDir, c.commit), resources, id);
      for (const [res, r] of ev.byResource) {
        const s = slot(c.release, res);
        s.rows.push(...r.rows);
        s.artifacts.push(...r.artifacts);
      }
    }
  if (opts.artifactsDir) {
    const py = readPythonArtifacts(opts.artifactsDir, resources);
    const docs = readDocsIndexes(opts.artifactsDir, resources);
    Object.assign(sources, py.sources, docs.sources);
    for (const e of [...py.entries, ...docs.entries]) {
      if (!releases.includes(e.release)) continue;
      const s = slot(e.release, e.resource);
      s.rows.push(...e.rows);
      s.artifacts.push(...e.artifacts);
    }
  }
  const files: EvidenceFile[] = [];
  for (const res of resources) {
    const known = new Set<string>();
    for (const r of releases) for (const row of acc.get(`${r}|${res.id}`)?.rows ?? []) known.add(row.subject);
    for (const release of [...releases].sort(compareReleases)) {
      const s = acc.get(`${release}|${res.id}`) ?? { rows: [], artifacts: [] };
      const covered = coveredSubjects(s.artifacts, s.rows);
      const unverified = [...known].filter((subj) => !covered(subj)).sort();
      files.push({
        release,
        resource: res.id,
        artifacts: dedupeArtifacts(s.artifacts),
        rows: sortRows(s.rows),
        unverified,
      });
    }
  }
  return { sources: sortKeys(sources), files };
}

/** Whether an artifact of the release speaks of a subject (states it, or is complete for its kind). */
export function coveredSubjects(artifacts: ArtifactRead[], rows: EvidenceRow[]): (subject: string) => boolean {
  const stated = new Set(rows.map((r) => r.subject));
  const ops = artifacts.some((a) => a.covers === "operations" && a.complete);
  const fieldArtifacts = artifacts.filter((a) => a.covers === "fields" && a.complete);
  const paramOps = new Set(artifacts.filter((a) => a.covers === "parameters" && a.complete).map((a) => a.operation));
  const errorOps = new Set(artifacts.filter((a) => a.covers === "errors" && a.complete).map((a) => a.operation));
  return (subject) => {
    if (stated.has(subject)) return true;
    if (subject.startsWith("operation:")) return ops;
    if (subject.startsWith("field:")) return fieldArtifacts.some((a) => fieldCoveredBy(a, subject));
    if (subject.startsWith("parameter:")) return paramOps.has(`operation:${subject.slice("parameter:".length).split("?")[0]}`);
    if (subject.startsWith("error:")) return errorOps.has(`operation:${subject.slice("error:".length).split("#")[0]}`);
    return false;
  };
}

function dedupeArtifacts(list: ArtifactRead[]): ArtifactRead[] {
  const seen = new Map<string, ArtifactRead>();
  for (const a of list) seen.set(`${a.source}|${a.path}|${a.covers}|${a.operation ?? ""}`, a);
  return [...seen.values()].sort((a, b) => a.source.localeCompare(b.source) || a.path.localeCompare(b.path) || a.covers.localeCompare(b.covers));
}

function sortRows(rows: EvidenceRow[]): EvidenceRow[] {
  return [...rows].sort((a, b) => a.subject.localeCompare(b.subject) || a.fact.localeCompare(b.fact) || a.source.localeCompare(b.source));
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** Writes every file or none: into a fresh folder, then swapped in. */
export async function writeEvidence(dir: string, built: BuiltEvidence): Promise<number> {
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  let n = 0;
  const write = async (rel: string, data: unknown) => {
    const p = path.join(tmp, rel);
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, formatJson(data));
    n++;
  };
  await write("sources.json", built.sources);
  for (const f of built.files) await write(path.join(f.release, `${f.resource}.json`), f);
  const old = `${dir}.old-${process.pid}`;
  const exists = await readdir(dir).then(() => true, () => false);
  if (exists) await rename(dir, old);
  await rename(tmp, dir);
  if (exists) await rm(old, { recursive: true, force: true });
  return n;
}

/** Whether a complete field artifact lists every field at the depth of `subject`. */
export function fieldCoveredBy(a: ArtifactRead, subject: string): boolean {
  if (a.prefix === undefined) return true;
  const dotted = subject.slice("field:".length);
  return dotted.startsWith(a.prefix) && !dotted.slice(a.prefix.length).includes(".");
}

/** JSON with one row (or artifact) per line: small files that diff line by line. */
function formatJson(data: unknown): string {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return JSON.stringify(data) + "\n";
  const parts = Object.entries(data).map(([k, v]) => {
    const value = Array.isArray(v) ? (v.length === 0 ? "[]" : "[\n" + v.map((x) => "  " + JSON.stringify(x)).join(",\n") + "\n ]") : JSON.stringify(v);
    return ` ${JSON.stringify(k)}: ${value}`;
  });
  return "{\n" + parts.join(",\n") + "\n}\n";
}
