// Figure 3: regenerating every release package of the spec with the generator's in-memory pipeline (slice,
// openapi-typescript, templates, guards, ts-morph index, prettier; nothing written) versus bare
// openapi-typescript (+ astToString) over the same slices (read from packages/client-<r>/openapi.json).
// Both run in this process, interleaved, after a warm-up run (module loading and JIT are not
// what the figure is about); medians. The pipeline's optional `timing` hook gives the stages.
import { readFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";
import { SPEC_ROOT, PACKAGES_DIR } from "../../generator/src/paths.js";
import { generateReleases } from "../../generator/src/generate/pipeline.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { OPENAPI_TS_OPTIONS } from "../../generator/src/generate/emit-types.js";
import { fmtMs, interleave, median, type Figure } from "../lib/stats.js";

export async function generationFigures(opts: { rounds?: number } = {}): Promise<{ figures: Figure[]; stages: Record<string, number> }> {
  // Each round is under a second; 9 interleaved rounds keep one busy moment from deciding the median.
  const rounds = opts.rounds ?? 9;
  const { spec, releases } = await loadCheckedSpec(SPEC_ROOT);
  // The pipeline takes the slices the spec check made; slicing is timed here as its first stage.
  const sliceAll = (stages: Record<string, number>) => {
    const t0 = performance.now();
    const out = new Map(releases.map((r) => [r, sliceSpec(spec.root, r)]));
    stages.slice = performance.now() - t0;
    return out;
  };
  const slices = releases.map((r) => JSON.parse(readFileSync(path.join(PACKAGES_DIR, `client-${r}`, "openapi.json"), "utf8")));
  let stages: Record<string, number> = {};
  const stageRuns: Record<string, number[]> = {};
  const pipeline = async () => {
    stages = {};
    await generateReleases({
      slices: sliceAll(stages),
      releases,
      packagesDir: PACKAGES_DIR,
      timing: (stage: string, ms: number) => (stages[stage] = (stages[stage] ?? 0) + ms),
    } as Parameters<typeof generateReleases>[0]);
    for (const [k, v] of Object.entries(stages)) (stageRuns[k] ??= []).push(v);
  };
  const bare = async () => {
    for (const s of slices) astToString(await openapiTS(structuredClone(s), OPENAPI_TS_OPTIONS));
  };
  const t = await interleave({ pipeline, bare }, { rounds, warmup: 1 });
  const p = median(t.pipeline!);
  const b = median(t.bare!);
  const stageMedians = Object.fromEntries(Object.entries(stageRuns).map(([k, v]) => [k, median(v)]));
  const total = Object.values(stageMedians).reduce((a, x) => a + x, 0);
  const breakdown = Object.entries(stageMedians)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${fmtMs(v)}`)
    .join(", ");
  return {
    figures: [
      {
        name: `generation: pipeline, ${releases.length} releases, vs bare openapi-typescript`,
        measured: `${fmtMs(p)} vs ${fmtMs(b)}`,
        ratio: p / b,
        target: "≤ 2×",
        ok: p / b <= 2,
      },
      ...(total > 0
        ? [{ name: "generation: stages (median per run, info)", measured: breakdown, ratio: total / p, target: "info (share timed)" }]
        : []),
    ],
    stages: stageMedians,
  };
}
