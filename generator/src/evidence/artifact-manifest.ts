// The list of gathered artifact files: MANIFEST.json plus any manifest.d/*.json beside it. The
// split lets several curators gather files for different groups at once without editing one file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface ManifestEntry {
  local: string;
  kind: string;
  /** null for a file no release could be dated to (kept for the record, never evidence). */
  release: string | null;
  artifactVersion: string;
  /** null when the file was found by content in an index that did not give its repository and path. */
  repo: string | null;
  path: string | null;
  commit: string | null;
  indexId?: string;
  datedBy: string;
}

class ManifestError extends Error {}

/** An entry dated to a release: the only kind that can be evidence of one. */
export type DatedEntry = ManifestEntry & { release: string };
export const isDated = (e: ManifestEntry): e is DatedEntry => e.release !== null;

function readList(file: string): ManifestEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ManifestError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new ManifestError(`${file}: expected an array of manifest entries`);
  parsed.forEach((entry: unknown, i) => {
    const e = entry as Partial<ManifestEntry> | null;
    if (!e || typeof e.local !== "string" || typeof e.kind !== "string" || (typeof e.release !== "string" && e.release !== null))
      throw new ManifestError(`${file}#/${i}: a manifest entry needs string "local" and "kind", and "release" (a string, or null when undated)`);
  });
  return parsed as ManifestEntry[];
}

/** Every entry, MANIFEST.json first, then manifest.d/*.json by file name; a later entry for the
 *  same local file is an error, since two curators then disagree about where it came from. */
export function readManifest(dir: string): ManifestEntry[] {
  const files: string[] = [];
  const main = path.join(dir, "MANIFEST.json");
  if (existsSync(main)) files.push(main);
  const extra = path.join(dir, "manifest.d");
  if (existsSync(extra))
    files.push(
      ...readdirSync(extra)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(extra, f)),
    );
  const seen = new Map<string, string>();
  const out: ManifestEntry[] = [];
  for (const f of files)
    for (const e of readList(f)) {
      const before = seen.get(e.local);
      if (before) throw new ManifestError(`${f}: ${e.local} is already listed in ${before}`);
      seen.set(e.local, f);
      out.push(e);
    }
  return out;
}
