// `pnpm generate` as a function: load the checked spec, generate the requested releases in
// memory, then either compare with disk (--check) or swap them in atomically (and write changesets).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CleanSpec } from "../curated-spec/check-spec.js";
import { evidenceStatus } from "../evidence/status.js";
import { evidenceDirOf } from "../evidence/lint-evidence.js";
import { writeChangeset } from "../write-changeset.js";
import { planChangeset, planFleetChangeset, releaseChangesetFile } from "./changesets.js";
import { checkPackages, isClean, type Staleness } from "./check-packages.js";
import { CLI_DATA_DIR, cliChangesetText, cliData, planCliChangeset } from "./cli-data.js";
import { versionFromPackageJson } from "./emit-package-json.js";
import { emitFleet, FLEET_DIR, fleetReleasesOf } from "./emit-fleet.js";
import type { GeneratedRelease } from "./generate-release.js";
import { PACKAGE_DIR_RE, packageDirName } from "./naming.js";
import { generateReleases, type PipelineOptions } from "./pipeline.js";
import { readPackageTree } from "./package-tree.js";
import { existingReleaseDirs, writePackagesAtomically, type PackageToWrite, type WriteOptions } from "./write-packages.js";

export interface RunGenerateOptions {
  /** The spec, loaded and checked by the caller (loadCheckedSpec), with its slices. */
  checked: CleanSpec;
  packagesDir: string;
  /** Where --changeset writes (default: <repo>/.changeset next to packages/). */
  changesetDir?: string;
  /** Subset of releases (default: all of the spec). */
  releases?: string[];
  check?: boolean;
  changeset?: boolean;
  templatesDir?: string;
  beforeRelease?: PipelineOptions["beforeRelease"];
  beforeRename?: WriteOptions["beforeRename"];
  log?: (line: string) => void;
}

export interface RunGenerateResult {
  releases: GeneratedRelease[];
  ms: number;
  /** Only for check. */
  staleness?: Staleness;
  written: boolean;
  removed: string[];
  changesets: string[];
}

export async function runGenerate(o: RunGenerateOptions): Promise<RunGenerateResult> {
  const log = o.log ?? (() => {});
  const t0 = performance.now();
  const { spec, releases: all, slices } = o.checked;
  const releases = o.releases?.length ? all.filter((r) => o.releases!.includes(r)) : all;
  // The READMEs say how many of each release's facts NetApp's artifacts verify.
  // (A spec without an evidence folder, e.g. a test fixture, gets no evidence section.)
  const evidence = existsSync(path.join(evidenceDirOf(spec.rootPath), "sources.json")) ? evidenceStatus(spec, all) : undefined;
  const generated = await generateReleases({
    slices,
    releases,
    ...(evidence ? { evidence: (r: string) => evidence.summaryOf(r) } : {}),
    packagesDir: o.packagesDir,
    ...(o.templatesDir ? { templatesDir: o.templatesDir } : {}),
    ...(o.beforeRelease ? { beforeRelease: o.beforeRelease } : {}),
    onProgress: (p) =>
      log(`[${p.index}/${p.total}] ${p.release} … ${p.files} files, ${Math.round(p.ms)} ms`),
  });
  const cli = cliData(slices, all, generated);
  const packages: PackageToWrite[] = [...generated.map((g) => ({ dir: packageDirName(g.release), files: g.files })), cli];
  // The fleet package's table follows the spec's whole release list (not a --release subset), and
  // is written in the same all-or-nothing swap as the release packages.
  const fleetJson = path.join(o.packagesDir, FLEET_DIR, "package.json");
  const fleetJsonText = existsSync(fleetJson) ? readFileSync(fleetJson, "utf8") : undefined;
  const fleetVersion = versionFromPackageJson(fleetJsonText);
  packages.push({ dir: FLEET_DIR, files: await emitFleet(all, fleetVersion), owns: "files" });
  // Release packages of releases the spec no longer has: only judged when generating them all.
  const orphans = o.releases?.length
    ? []
    : existingReleaseDirs(o.packagesDir, PACKAGE_DIR_RE).filter((d) => !all.includes(PACKAGE_DIR_RE.exec(d)![1]!));
  const result: RunGenerateResult = { releases: generated, ms: 0, written: false, removed: [], changesets: [] };

  if (o.check) {
    result.staleness = checkPackages(o.packagesDir, packages, orphans);
    result.ms = performance.now() - t0;
    return result;
  }

  // The changesets need the old slices: read them before the swap.
  const oldSlices = new Map<string, string | undefined>();
  for (const g of generated) {
    const f = path.join(o.packagesDir, packageDirName(g.release), "openapi.json");
    oldSlices.set(g.release, existsSync(f) ? readFileSync(f, "utf8") : undefined);
  }
  const oldCliData = readPackageTree(path.join(o.packagesDir, CLI_DATA_DIR));
  writePackagesAtomically(o.packagesDir, packages, { remove: orphans, ...(o.beforeRename ? { beforeRename: o.beforeRename } : {}) });
  result.written = true;
  result.removed = orphans;

  if (o.changeset) {
    const dir = o.changesetDir ?? path.join(path.dirname(o.packagesDir), ".changeset");
    for (const g of generated) {
      const plan = planChangeset(g.release, oldSlices.get(g.release), g.files.get("openapi.json")!);
      if (plan) result.changesets.push(writeChangeset(dir, releaseChangesetFile(plan)));
    }
    const cliPlan = planCliChangeset(oldCliData, cli.files);
    if (cliPlan) result.changesets.push(writeChangeset(dir, { prefix: "cli", text: cliChangesetText(cliPlan) }));
    const fleet = planFleetChangeset(fleetReleasesOf(fleetJsonText), all);
    if (fleet) result.changesets.push(writeChangeset(dir, fleet));
  }
  result.ms = performance.now() - t0;
  return result;
}

export function describeStaleness(s: Staleness): string[] {
  return [
    ...s.stale.map((f) => `stale:   packages/${f}`),
    ...s.missing.map((f) => `missing: packages/${f}`),
    ...s.extra.map((f) => `extra:   packages/${f}`),
  ];
}

export { isClean };
