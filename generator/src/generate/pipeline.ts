// Generates release packages in memory, one release after the other; nothing touches the disk here.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { sliceSpec } from "../slice/slice-spec.js";
import type { ReleaseSummary } from "../evidence/compare.js";
import { versionFromPackageJson } from "./emit-package-json.js";
import { generateRelease, type GeneratedRelease, type TimingHook } from "./generate-release.js";
import { findEmitGuards, type EmitGuards } from "./guards-source.js";
import { packageDirName } from "./naming.js";
import { loadTemplates, type Render } from "./templates.js";

export interface PipelineOptions {
  /** The resolved spec root (LoadedSpec.root). */
  specRoot: any;
  releases: string[];
  /** packages/ folder: committed versions are read from it. */
  packagesDir: string;
  templatesDir?: string;
  /** Override the guards emitter (tests); default: the one in generator/src/generate/guards/, if any. */
  emitGuards?: EmitGuards | null;
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
  const emitGuards = opts.emitGuards === null ? undefined : (opts.emitGuards ?? (await findEmitGuards()));
  const out: GeneratedRelease[] = [];
  for (const [i, release] of opts.releases.entries()) {
    const t0 = performance.now();
    await opts.beforeRelease?.(release, i);
    const pkgJson = path.join(opts.packagesDir, packageDirName(release), "package.json");
    const version = versionFromPackageJson(existsSync(pkgJson) ? readFileSync(pkgJson, "utf8") : undefined);
    let gen: GeneratedRelease;
    try {
      const s0 = performance.now();
      const slice = sliceSpec(opts.specRoot, release);
      opts.timing?.("slice", performance.now() - s0);
      gen = await generateRelease({ slice, render, version, emitGuards, timing: opts.timing, evidence: opts.evidence?.(release) });
    } catch (e) {
      throw new Error(`release ${release}: ${(e as Error).message}`, { cause: e });
    }
    out.push(gen);
    opts.onProgress?.({ index: i + 1, total: opts.releases.length, release, files: gen.files.size, ms: performance.now() - t0 });
  }
  return out;
}
