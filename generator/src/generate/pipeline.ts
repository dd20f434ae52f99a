// Generates release packages in memory, one release after the other; nothing touches the disk here.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Slice } from "../slice/slice-spec.js";
import type { ReleaseSummary } from "../evidence/compare.js";
import { versionFromPackageJson } from "./emit-package-json.js";
import { generateRelease, type GeneratedRelease, type TimingHook } from "./generate-release.js";
import { packageDirName } from "./naming.js";
import { loadTemplates, type Render } from "./templates.js";

export interface PipelineOptions {
  /** Each release's slice, made once when the spec was checked (CleanSpec.slices). */
  slices: ReadonlyMap<string, Slice>;
  releases: string[];
  /** packages/ folder: committed versions are read from it. */
  packagesDir: string;
  templatesDir?: string;
  /** Called before each release is generated (tests inject failures here). */
  beforeRelease?: (release: string, index: number) => void | Promise<void>;
  onProgress?: (p: { index: number; total: number; release: string; files: number; ms: number }) => void;
  /** Per-stage timing (benchmarks): slice, model, openapi-typescript, guards, templates, index. */
  timing?: TimingHook;
  /** Evidence counts per release, for the READMEs (absent: no evidence section). */
  evidence?: (release: string) => ReleaseSummary | undefined;
}

export async function generateReleases(opts: PipelineOptions): Promise<GeneratedRelease[]> {
  const render: Render = loadTemplates(opts.templatesDir);
  const out: GeneratedRelease[] = [];
  for (const [i, release] of opts.releases.entries()) {
    const t0 = performance.now();
    await opts.beforeRelease?.(release, i);
    const pkgJson = path.join(opts.packagesDir, packageDirName(release), "package.json");
    const version = versionFromPackageJson(existsSync(pkgJson) ? readFileSync(pkgJson, "utf8") : undefined);
    let gen: GeneratedRelease;
    try {
      const slice = opts.slices.get(release);
      if (!slice) throw new Error("not in the checked spec's slices");
      gen = await generateRelease({ slice, render, version, timing: opts.timing, evidence: opts.evidence?.(release) });
    } catch (e) {
      throw new Error(`release ${release}: ${(e as Error).message}`, { cause: e });
    }
    out.push(gen);
    opts.onProgress?.({ index: i + 1, total: opts.releases.length, release, files: gen.files.size, ms: performance.now() - t0 });
  }
  return out;
}
