// The releases every release-parameterised test iterates: the spec's x-ontap-releases, never a
// list of our own, so adding a release to the spec extends every such test.
import { SPEC_ROOT } from "../generator/src/paths.js";
import { compareReleases } from "../generator/src/releases.js";
import { loadCheckedSpec } from "../generator/src/curated-spec/check-spec.js";

export const RELEASES: readonly string[] = (await loadCheckedSpec(SPEC_ROOT)).releases;
export const OLDEST = RELEASES[0]!;
export const NEWEST = RELEASES[RELEASES.length - 1]!;

/** Whether `release` is `since` or later (for behaviour a release range of the spec gates). */
export const atLeast = (release: string, since: string) => compareReleases(release, since) >= 0;
