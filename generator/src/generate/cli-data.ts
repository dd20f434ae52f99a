// The data the published CLI (@ontap-sec/cli) packs: the list of releases and each release's slice,
// byte for byte the openapi.json of @ontap-sec/client-<release>. Written by `pnpm generate` into
// packages/cli/data/ with the release packages (same atomic swap, same `--check`), so the CLI's
// releases come from the spec and never from a hand-kept list.
import { sliceSpec } from "../slice/slice-spec.js";
import { formatJson } from "./format.js";
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
 * the others (a `--release` subset) are sliced here, so the folder is always complete.
 */
export function cliData(specRoot: unknown, releases: string[], generated: GeneratedRelease[]): PackageToWrite {
  const files = new Map<string, string>();
  const index: CliReleases = {
    "//": "GENERATED FILE — DO NOT EDIT. Written by `pnpm generate`: the releases of the curated spec and their slices (the openapi.json of each @ontap-sec/client-<release>), packed with @ontap-sec/cli.",
    releases: [],
  };
  for (const release of releases) {
    const slice = `slices/${release}.json`;
    const text = generated.find((g) => g.release === release)?.files.get("openapi.json") ?? formatJson(sliceSpec(specRoot, release));
    files.set(slice, text);
    index.releases.push({ release, package: packageName(release), slice });
  }
  files.set("releases.json", formatJson(index));
  return { dir: CLI_DATA_DIR, files };
}
