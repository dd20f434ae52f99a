// Reading a package folder as the generator sees it: its files, minus what is not generated.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Entries of a package folder that the generator does not own: kept across regenerations (moved
 * into the new folder on swap) and ignored by --check. CHANGELOG.md is written by `changeset version`.
 */
export const PRESERVED = ["node_modules", "CHANGELOG.md"] as const;
/** Build output and caches: ignored by --check, dropped on regeneration (stale by then). */
const IGNORED = ["dist"] as const;
const IGNORED_RE = /\.tsbuildinfo$/;

function isOwnedEntry(rel: string): boolean {
  const top = rel.split("/")[0]!;
  return !(PRESERVED as readonly string[]).includes(top) && !(IGNORED as readonly string[]).includes(top) && !IGNORED_RE.test(rel);
}

/** Files of `dir` the generator owns: relative path (with `/`) → content. */
export function readPackageTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (!isOwnedEntry(r)) continue;
      const abs = path.join(dir, r);
      if (statSync(abs).isDirectory()) walk(r);
      else out.set(r, readFileSync(abs, "utf8"));
    }
  };
  walk("");
  return out;
}
