// `generate --changeset`: one changeset per release package whose openapi.json changed, with the
// semver bump computed from the old and new slice by computeReleaseBump (generator/src/diff/bump.ts).
import { computeReleaseBump, type Bump } from "../diff/bump.js";
import type { PlannedChangesetFile } from "../write-changeset.js";
import { packageName } from "./naming.js";

export type { Bump };

export interface PlannedChangeset {
  release: string;
  bump: Bump;
  reasons: string[];
}

/** The changeset a package needs for this slice change; undefined when none (new package or same document). */
export function planChangeset(release: string, oldText: string | undefined, newText: string): PlannedChangeset | undefined {
  // A new package is published at its initial version as is; it needs no changeset.
  if (oldText === undefined || oldText === newText) return undefined;
  const { bump, reasons } = computeReleaseBump(JSON.parse(oldText), JSON.parse(newText));
  return bump ? { release, bump, reasons } : undefined;
}

export function changesetText({ release, bump, reasons }: PlannedChangeset): string {
  const body = reasons.length ? reasons.map((n) => `- ${n}`).join("\n") : `- regenerated from spec/`;
  return `---\n${JSON.stringify(packageName(release))}: ${bump}\n---\n\nONTAP ${release}: the spec changed.\n\n${body}\n`;
}

/** The file prefix of a release package's changesets: `client-9-10`. */
export const releaseChangesetPrefix = (release: string) => `client-${release.replace(/\./g, "-")}`;

/** The changeset file of a planned release bump (written by write-changeset.ts). */
export function releaseChangesetFile(plan: PlannedChangeset): PlannedChangesetFile {
  return { prefix: releaseChangesetPrefix(plan.release), text: changesetText(plan) };
}

/**
 * The changeset of the fleet package (@ontap-sec/client) when the releases it serves change: a
 * release removed breaks code narrowing on it (major); one added widens the union (minor).
 * Undefined for a new fleet package or the same releases.
 */
export function planFleetChangeset(oldReleases: readonly string[] | undefined, newReleases: readonly string[]): (PlannedChangesetFile & { bump: Bump }) | undefined {
  if (oldReleases === undefined) return undefined;
  const added = newReleases.filter((r) => !oldReleases.includes(r));
  const removed = oldReleases.filter((r) => !newReleases.includes(r));
  if (added.length + removed.length === 0) return undefined;
  const bump: Bump = removed.length ? "major" : "minor";
  const lines = [...added.map((r) => `- serves ONTAP ${r} (${packageName(r)})`), ...removed.map((r) => `- no longer serves ONTAP ${r}: \`release\` is never "${r}"`)];
  return { prefix: "client-fleet", bump, text: `---\n"@ontap-sec/client": ${bump}\n---\n\nThe releases connect() serves changed.\n\n${lines.join("\n")}\n` };
}
