// Computed changesets: when regeneration changes a release package's document, the semver bump
// follows from the diff of the committed packages/client-<r>/openapi.json against the new slice,
// and a changeset file (.changeset/*.md, the standard changesets format) records it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SliceDocument } from "@ontap-sec/slice-model";
import { releaseChangesetPrefix } from "../generate/changesets.js";
import { writeChangeset } from "../write-changeset.js";
import { computeReleaseBump, type Bump } from "./bump.js";

export interface PackageBump {
  release: string;
  packageName: string;
  bump: Bump | null;
  reasons: string[];
  /** Why nothing was computed (no committed document yet, …). */
  skipped?: string;
  file?: string;
  content?: string;
}

export interface ChangesetOptions {
  repoRoot: string;
  releases: string[];
  /** The new slice of a release. */
  slice: (release: string) => SliceDocument;
  /** Git revision holding the old documents; `worktree` reads them from disk. Default HEAD. */
  base?: string;
  /** Where a release's package lives, relative to repoRoot. Default packages/client-<r>. */
  packageDir?: (release: string) => string;
  /** Compute and return, but write nothing. */
  dryRun?: boolean;
  /** Listed reasons per changeset, at most (the rest are counted). */
  maxReasons?: number;
}

const defaultPackageDir = (r: string) => `packages/client-${r}`;

function readOld(repoRoot: string, rel: string, base: string): string | undefined {
  if (base === "worktree") {
    const f = path.join(repoRoot, rel);
    return existsSync(f) ? readFileSync(f, "utf8") : undefined;
  }
  try {
    return execFileSync("git", ["show", `${base}:${rel}`], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 });
  } catch {
    return undefined;
  }
}

function changesetText(packageName: string, bump: Bump, release: string, reasons: string[], maxReasons = 40): string {
  const shown = reasons.slice(0, maxReasons);
  const more = reasons.length - shown.length;
  return [
    "---",
    `"${packageName}": ${bump}`,
    "---",
    "",
    `ONTAP ${release} document regenerated from the curated spec (${bump}, computed by \`ontap-sec changeset\`):`,
    "",
    ...shown.map((r) => `- ${r}`),
    ...(more > 0 ? [`- … and ${more} more`] : []),
    "",
  ].join("\n");
}

export async function computeChangesets(opts: ChangesetOptions): Promise<PackageBump[]> {
  const base = opts.base ?? "HEAD";
  const dirOf = opts.packageDir ?? defaultPackageDir;
  const out: PackageBump[] = [];
  for (const release of opts.releases) {
    const dir = dirOf(release);
    let packageName = `@ontap-sec/client-${release}`;
    const pj = path.join(opts.repoRoot, dir, "package.json");
    if (existsSync(pj)) {
      try {
        packageName = JSON.parse(readFileSync(pj, "utf8")).name ?? packageName;
      } catch {
        // An unreadable package.json keeps the name derived from the folder.
      }
    }
    const oldText = readOld(opts.repoRoot, `${dir}/openapi.json`, base);
    if (oldText === undefined) {
      out.push({ release, packageName, bump: null, reasons: [], skipped: `no ${dir}/openapi.json at ${base} (new package: its first release needs no computed bump)` });
      continue;
    }
    const { bump, reasons } = computeReleaseBump(JSON.parse(oldText), opts.slice(release));
    const entry: PackageBump = { release, packageName, bump, reasons };
    if (bump) {
      const content = changesetText(packageName, bump, release, reasons, opts.maxReasons);
      const file = { prefix: releaseChangesetPrefix(release), text: content };
      const dir = path.join(opts.repoRoot, ".changeset");
      entry.content = content;
      entry.file = writeChangeset(dir, file, { dryRun: opts.dryRun });
    }
    out.push(entry);
  }
  return out;
}
