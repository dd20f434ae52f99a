// Shared by the generator tests: the repository's spec and packages, generated once per test file.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PACKAGES_DIR, REPO_ROOT, SPEC_ROOT } from "../../generator/src/paths.js";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";
import { runGenerate, type RunGenerateOptions, type RunGenerateResult } from "../../generator/src/generate/run-generate.js";

export { PACKAGES_DIR, REPO_ROOT };

let releases: Promise<string[]> | undefined;
export const specReleases = () => (releases ??= loadCheckedSpec(SPEC_ROOT).then((s) => s.releases));

/** Generates every release in memory (`--check` against packages/), once per test file. */
let checked: Promise<RunGenerateResult> | undefined;
export const checkRun = () => (checked ??= generate({ check: true }));

/** runGenerate on a spec file (default: the repository's), loaded and checked as the command does. */
export async function generate(o: Partial<RunGenerateOptions> & { specFile?: string } = {}): Promise<RunGenerateResult> {
  const { specFile = SPEC_ROOT, ...rest } = o;
  return runGenerate({ checked: await loadCheckedSpec(specFile), packagesDir: PACKAGES_DIR, ...rest });
}

export const packageDir = (release: string) => path.join(PACKAGES_DIR, `client-${release}`);

/** Runs the workspace's tsc on a project file; returns its output (empty when clean). */
export function tsc(project: string): { status: number | null; output: string } {
  const bin = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [bin, "-p", project, "--pretty", "false"], { cwd: REPO_ROOT, encoding: "utf8" });
  return { status: r.status, output: (r.stdout + r.stderr).trim() };
}
