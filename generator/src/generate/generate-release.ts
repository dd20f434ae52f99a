// Every file of one release package, in memory: path (relative to the package folder) → content.
import { emitClient } from "./emit-client.js";
import { emitContract } from "./emit-contract.js";
import { emitErrors } from "./emit-errors.js";
import { emitIndex } from "./emit-index.js";
import { emitPackageJson, emitTsconfigBuild } from "./emit-package-json.js";
import { emitReadme } from "./emit-readme.js";
import { emitTypes } from "./emit-types.js";
import { formatJson, formatTs } from "./format.js";
import { placeholderGuards, type EmitGuards } from "./guards-source.js";
import { jsonHeader, mdHeader, tsHeader } from "./header.js";
import { buildModel, type ReleaseModel } from "./model.js";
import type { Render } from "./templates.js";

export type PackageFiles = Map<string, string>;

export interface ReleaseInputs {
  slice: any;
  render: Render;
  /** The package's current version (carried over), see versionFromPackageJson. */
  version: string;
  /** Undefined: emit the failing placeholder. */
  emitGuards: EmitGuards | undefined;
}

export interface GeneratedRelease {
  release: string;
  model: ReleaseModel;
  files: PackageFiles;
  placeholderGuards: boolean;
}

export async function generateRelease({ slice, render, version, emitGuards }: ReleaseInputs): Promise<GeneratedRelease> {
  const model = buildModel(slice);
  const facts = { release: model.release };
  const ts = tsHeader(facts);
  const src: Record<string, string> = {};
  src["types.ts"] = await formatTs(await emitTypes(slice, ts), "src/types.ts");
  src["errors.ts"] = await formatTs(emitErrors(render, model, ts), "src/errors.ts");
  const guards = emitGuards ? emitGuards(structuredClone(slice), { header: ts }) : placeholderGuards(slice, ts);
  src["guards.ts"] = await formatTs(guards.startsWith(ts) ? guards : ts + guards, "src/guards.ts");
  src["contract.ts"] = await formatTs(emitContract(render, model, ts), "src/contract.ts");
  src["client.ts"] = await formatTs(emitClient(render, model, ts), "src/client.ts");
  src["index.ts"] = await formatTs(emitIndex(src, ts), "src/index.ts");

  const files: PackageFiles = new Map();
  files.set("package.json", emitPackageJson(render, model, jsonHeader(facts), version));
  files.set("openapi.json", formatJson(slice));
  files.set("README.md", emitReadme(render, model, mdHeader(facts)));
  files.set("tsconfig.build.json", emitTsconfigBuild(render, ts));
  for (const f of Object.keys(src).sort()) files.set(`src/${f}`, src[f]!);
  return { release: model.release, model, files, placeholderGuards: !emitGuards };
}
