// The one changeset writer. Several planners decide what a changeset says — a release package's
// bump from its old and new slice (`generate --changeset`: generate/changesets.ts; `ontap-sec
// changeset`: diff/changeset.ts), the published CLI's packed releases (generate/cli-data.ts) and
// the fleet package's release table (generate/changesets.ts) — and all of them are written here,
// as `.changeset/<prefix>-<hash of the text>.md`: the standard changesets format, and a rerun
// with the same content names the same file instead of adding a duplicate.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface PlannedChangesetFile {
  /** File name prefix, e.g. `client-9-10`, `cli`, `client-fleet`. */
  prefix: string;
  /** The whole changeset: front matter naming the package and bump, then the summary. */
  text: string;
}

/** Where the changeset goes: `<dir>/<prefix>-<first 8 hex of sha256(text)>.md`. */
export function changesetPath(changesetDir: string, c: PlannedChangesetFile): string {
  const hash = createHash("sha256").update(c.text).digest("hex").slice(0, 8);
  return path.join(changesetDir, `${c.prefix}-${hash}.md`);
}

/** Writes the changeset (unless dryRun) and returns its path. */
export function writeChangeset(changesetDir: string, c: PlannedChangesetFile, opts: { dryRun?: boolean | undefined } = {}): string {
  const file = changesetPath(changesetDir, c);
  if (!opts.dryRun) {
    mkdirSync(changesetDir, { recursive: true });
    writeFileSync(file, c.text);
  }
  return file;
}
