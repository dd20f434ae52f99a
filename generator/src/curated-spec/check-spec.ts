// Everything that must hold before the spec is used: it loads, it is valid OpenAPI, its
// annotations follow the vocabulary, and every release slices.
import { type Diagnostic, SpecError } from "../diagnostics.js";
import { sliceSpec } from "../slice/slice-spec.js";
import { lintAnnotations } from "./lint-annotations.js";
import { lintConventions } from "./lint-conventions.js";
import { lintStructure } from "./lint-structure.js";
import { loadSpec, type LoadedSpec } from "./load-spec.js";
import { RELEASES } from "./vocabulary.js";

export interface CheckedSpec {
  spec?: LoadedSpec;
  releases: string[];
  diagnostics: Diagnostic[];
}

export async function checkSpec(rootFile: string, cwd = process.cwd()): Promise<CheckedSpec> {
  let spec: LoadedSpec;
  try {
    spec = await loadSpec(rootFile, { cwd });
  } catch (e) {
    if (e instanceof SpecError) return { releases: [], diagnostics: e.diagnostics };
    throw e;
  }
  const diagnostics = [...(await lintStructure(spec.rootPath, cwd)), ...lintAnnotations(spec), ...lintConventions(spec)];
  const releases: string[] = Array.isArray(spec.root[RELEASES]) ? spec.root[RELEASES].filter((r: unknown) => typeof r === "string") : [];
  if (diagnostics.length === 0)
    for (const r of releases) {
      try {
        sliceSpec(spec.root, r);
      } catch (e) {
        diagnostics.push({ ...spec.locate(spec.root), rule: "slice-failed", message: `release ${r} does not slice: ${(e as Error).message}` });
      }
    }
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.pointer.localeCompare(b.pointer));
  return { spec, releases, diagnostics };
}

/** Loads a spec that must be clean, or throws SpecError with every problem. */
export async function loadCheckedSpec(rootFile: string, cwd = process.cwd()): Promise<{ spec: LoadedSpec; releases: string[] }> {
  const c = await checkSpec(rootFile, cwd);
  if (c.diagnostics.length > 0 || !c.spec) throw new SpecError(c.diagnostics);
  return { spec: c.spec, releases: c.releases };
}
