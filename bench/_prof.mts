import { loadCheckedSpec } from "../generator/src/spec/check-spec.js";
import { SPEC_ROOT, PACKAGES_DIR } from "../generator/src/paths.js";
import { generateReleases } from "../generator/src/generate/pipeline.js";
const { spec, releases } = await loadCheckedSpec(SPEC_ROOT);
await generateReleases({ specRoot: spec.root, releases: releases.slice(0, 2), packagesDir: PACKAGES_DIR });
const t = performance.now();
await generateReleases({ specRoot: spec.root, releases, packagesDir: PACKAGES_DIR });
console.log(performance.now() - t);
