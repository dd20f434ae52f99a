// Every file of one release package, in memory: path (relative to the package folder) → content.
import { emitClient } from "./emit-client.js";
import { emitContract } from "./emit-contract.js";
import { emitErrors } from "./emit-errors.js";
import { emitIndex } from "./emit-index.js";
import { emitPackageJson, emitTsconfigBuild } from "./emit-package-json.js";
import { emitReadme } from "./emit-readme.js";
import type { ReleaseSummary } from "../evidence/compare.js";
import { emitTypes } from "./emit-types.js";
import { emitGuards } from "./guards/index.js";
import { jsonHeader, mdHeader, openapiJson, tsHeader } from "./header.js";
import { buildModel, type ReleaseModel } from "./model.js";
import { RUNTIME_REEXPORTS } from "./runtime-exports.js";
import type { Render } from "./templates.js";
import type { SliceDocument } from "@ontap-sec/slice-model";

export type PackageFiles = Map<string, string>;

/** Optional per-stage timing hook (benchmarks): called with a stage name and its duration in ms. */
export type TimingHook = (stage: string, ms: number) => void;

export interface ReleaseInputs {
  slice: SliceDocument;
  render: Render;
  /** The package's current version (carried over), see versionFromPackageJson. */
  version: string;
  timing?: TimingHook | undefined;
  /** Evidence counts of the release, shown in the README. */
  evidence?: ReleaseSummary | undefined;
}

export interface GeneratedRelease {
  release: string;
  model: ReleaseModel;
  files: PackageFiles;
}

export async function generateRelease({ slice, render, version, timing, evidence }: ReleaseInputs): Promise<GeneratedRelease> {
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timing?.(stage, now - t);
    t = now;
  };
  const model = buildModel(slice);
  const facts = { release: model.release };
  const ts = tsHeader(facts);
  lap("model");
  const src: Record<string, string> = {};
  // types.ts: openapi-typescript's printer output, re-indented to two spaces (what prettier would
  // make of it, without prettier's cost on the largest file).
  src["types.ts"] = await emitTypes(slice, ts);
  lap("openapi-typescript");
  const guards = emitGuards(structuredClone(slice), { header: ts });
  // guards.ts: the guards emitter's own layout (ts-morph's writer), not run through prettier.
  src["guards.ts"] = guards.startsWith(ts) ? guards : ts + guards;
  lap("guards");
  // errors.ts, contract.ts, client.ts: the templates emit prettier's layout themselves (layout.ts
  // computes the width-dependent parts), so they skip prettier; packages.test.ts checks they are
  // unchanged by it.
  src["errors.ts"] = emitErrors(render, model, ts);
  src["contract.ts"] = emitContract(render, model, ts);
  src["client.ts"] = emitClient(render, model, ts);
  lap("templates");
  // Already laid out as prettier would (emitIndex writes prettier's layout of export lists).
  src["index.ts"] = emitIndex(src, ts, RUNTIME_REEXPORTS);
  lap("index");

  const files: PackageFiles = new Map();
  files.set("package.json", emitPackageJson(render, model, jsonHeader(facts), version));
  files.set("openapi.json", openapiJson(slice, model.release));
  files.set("README.md", emitReadme(render, model, mdHeader(facts), evidence));
  files.set("tsconfig.build.json", emitTsconfigBuild(render, ts));
  for (const f of Object.keys(src).sort()) files.set(`src/${f}`, src[f]!);
  lap("templates");
  return { release: model.release, model, files };
}
