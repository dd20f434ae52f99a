// The data the published CLI (@ontap-sec/cli) packs: the list of releases and each release's slice,
// byte for byte the openapi.json of @ontap-sec/client-<release>. Written by `pnpm generate` into
// packages/cli/data/ with the release packages (same atomic swap, same `--check`), so the CLI's
// releases come from the spec and never from a hand-kept list.
import type { Bump } from "../diff/bump.js";
import type { Slice } from "../slice/slice-spec.js";
import { formatJson } from "./format.js";
import { jsonHeader, openapiJson } from "./header.js";
import type { GeneratedRelease } from "./generate-release.js";
import { packageName } from "./naming.js";
import type { PackageToWrite } from "./write-packages.js";

/** Folder under packages/ that the generator owns for the CLI. */
export const CLI_DATA_DIR = "cli/data";

export interface CliReleases {
  "//": string;
  releases: { release: string; package: string; slice: string }[];
}

/**
 * All releases of the spec, in order. Releases generated in this run reuse their openapi.json;
 * the others (outside a `--release` subset) are formatted from the checked spec's slices, so the
 * folder is always complete.
 */
export function cliData(slices: ReadonlyMap<string, Slice>, releases: string[], generated: GeneratedRelease[]): PackageToWrite {
  const files = new Map<string, string>();
  const index: CliReleases = {
    "//": jsonHeader({ package: CLI_PACKAGE }),
    releases: [],
  };
  for (const release of releases) {
    const slice = `slices/${release}.json`;
    const text = generated.find((g) => g.release === release)?.files.get("openapi.json") ?? openapiJson(slices.get(release)!, release);
    files.set(slice, text);
    index.releases.push({ release, package: packageName(release), slice });
  }
  files.set("releases.json", formatJson(index));
  return { dir: CLI_DATA_DIR, files };
}

/** The npm name of the published CLI. */
const CLI_PACKAGE = "@ontap-sec/cli";

/**
 * The CLI's changeset when its data changed: a release dropped breaks `ontap-sec diff <it> …`
 * (major), a release added is a feature (minor), a changed slice changes the reports (patch).
 * Undefined when nothing changed or there was no data before (a new package needs none).
 */
export function planCliChangeset(old: Map<string, string>, fresh: Map<string, string>): { bump: Bump; reasons: string[] } | undefined {
  const oldIndex = old.get("releases.json");
  if (oldIndex === undefined) return undefined;
  const before = (JSON.parse(oldIndex) as CliReleases).releases.map((r) => r.release);
  const after = (JSON.parse(fresh.get("releases.json")!) as CliReleases).releases.map((r) => r.release);
  const removed = before.filter((r) => !after.includes(r));
  const added = after.filter((r) => !before.includes(r));
  const changed = after.filter((r) => before.includes(r) && old.get(`slices/${r}.json`) !== fresh.get(`slices/${r}.json`));
  const reasons = [
    ...removed.map((r) => `ONTAP ${r} removed: \`ontap-sec diff\`, \`matrix\` and \`mock\` no longer know it`),
    ...added.map((r) => `ONTAP ${r} added`),
    ...changed.map((r) => `ONTAP ${r}: its document changed (as in ${packageName(r)})`),
  ];
  if (reasons.length === 0) return undefined;
  return { bump: removed.length ? "major" : added.length ? "minor" : "patch", reasons };
}

export function cliChangesetText(plan: { bump: Bump; reasons: string[] }): string {
  return `---\n${JSON.stringify(CLI_PACKAGE)}: ${plan.bump}\n---\n\nThe releases packed with the CLI changed.\n\n${plan.reasons.map((r) => `- ${r}`).join("\n")}\n`;
}
