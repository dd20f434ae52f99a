// The import graph of the workspace's sources, cruised by dependency-cruiser, and the cycles in it.
import { cruise, type IModule } from "dependency-cruiser";
import { readdirSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every source root the cycle rule covers: each package's `src` and the generator's. */
export const SOURCE_ROOTS = [
  ...readdirSync(path.join(ROOT, "packages"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `packages/${d.name}/src`),
  "generator/src",
];

export interface Cruise {
  /** Modules reached, relative to the root. */
  modules: string[];
  /** Each cycle as the chain of modules it runs through (relative to `baseDir`). */
  cycles: string[][];
}

/**
 * Cruises `roots` (relative to `baseDir`) with one rule, no circular imports. Type-only imports
 * count: a cycle through types still makes two modules impossible to read apart.
 */
export async function findCycles(roots: string[], baseDir = ROOT): Promise<Cruise> {
  const { output } = await cruise(
    roots,
    {
      baseDir,
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: "node_modules" },
      exclude: { path: "node_modules" },
      ruleSet: { forbidden: [{ name: "no-circular", severity: "error", from: {}, to: { circular: true } }] },
    },
    { extensions: [".ts", ".js", ".mjs", ".json"] },
  );
  if (typeof output === "string") throw new Error("dependency-cruiser returned a report, not a result");
  const cycles = output.summary.violations
    .filter((v) => v.rule.name === "no-circular")
    .map((v) => [v.from, ...(v.cycle ?? []).map((step) => step.name)]);
  return { modules: output.modules.filter((m: IModule) => !m.coreModule && !m.couldNotResolve).map((m: IModule) => m.source), cycles };
}
