// Everything that must hold before the spec is used: it loads, it is valid OpenAPI, its
// annotations follow the vocabulary, and every release slices. The slices made by that last check
// are kept and handed on, so a command loads and checks the spec once and slices each release once.
import { type Diagnostic, SpecError } from "../diagnostics.js";
import { sliceSpec, type Slice } from "../slice/slice-spec.js";
import { lintAnnotations } from "./lint-annotations.js";
import { lintConventions } from "./lint-conventions.js";
import { lintStructure } from "./lint-structure.js";
import { loadSpec, type LoadedSpec } from "./load-spec.js";
import { expandQueryOperations } from "./query-operations.js";
import { RELEASES } from "./vocabulary.js";

export interface CheckedSpec {
  spec?: LoadedSpec;
  releases: string[];
  /** Each release's slice (only when the spec is clean: a release that does not slice is a diagnostic). */
  slices: ReadonlyMap<string, Slice>;
  diagnostics: Diagnostic[];
}

/** A spec that checked clean, with every release sliced. */
export interface CleanSpec {
  spec: LoadedSpec;
  releases: string[];
  slices: ReadonlyMap<string, Slice>;
}

/** The slice of a release the spec has (requireRelease has vetted the name). */
export function sliceOf(clean: Pick<CleanSpec, "slices">, release: string): Slice {
  const s = clean.slices.get(release);
  if (!s) throw new Error(`release ${release} is not in the spec`);
  return s;
}

export async function checkSpec(rootFile: string, cwd = process.cwd()): Promise<CheckedSpec> {
  let spec: LoadedSpec;
  try {
    spec = await loadSpec(rootFile, { cwd });
  } catch (e) {
    if (e instanceof SpecError) return { releases: [], slices: new Map(), diagnostics: e.diagnostics };
    throw e;
  }
  const diagnostics = [...(await lintStructure(spec.rootPath, cwd)), ...expandQueryOperations(spec), ...lintAnnotations(spec), ...lintConventions(spec)];
  const releases: string[] = Array.isArray(spec.root[RELEASES]) ? spec.root[RELEASES].filter((r: unknown) => typeof r === "string") : [];
  const slices = new Map<string, Slice>();
  if (diagnostics.length === 0)
    for (const r of releases) {
      try {
        slices.set(r, sliceSpec(spec.root, r));
      } catch (e) {
        diagnostics.push({ ...spec.locate(spec.root), rule: "slice-failed", message: `release ${r} does not slice: ${(e as Error).message}` });
      }
    }
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.pointer.localeCompare(b.pointer));
  return { spec, releases, slices: diagnostics.length ? new Map() : slices, diagnostics };
}

/** Loads a spec that must be clean, or throws SpecError with every problem. */
export async function loadCheckedSpec(rootFile: string, cwd = process.cwd()): Promise<CleanSpec> {
  const c = await checkSpec(rootFile, cwd);
  if (c.diagnostics.length > 0 || !c.spec) throw new SpecError(c.diagnostics);
  return { spec: c.spec, releases: c.releases, slices: c.slices };
}
