// `generate --check`: what on disk differs from what the spec generates, file by file.
import path from "node:path";
import { readPackageTree } from "./package-tree.js";
import type { PackageToWrite } from "./write-packages.js";

export interface Staleness {
  stale: string[];
  missing: string[];
  extra: string[];
}

/** Paths are relative to packages/ (e.g. client-9.10/src/types.ts). */
export function checkPackages(packagesDir: string, packages: PackageToWrite[], orphanDirs: string[] = []): Staleness {
  const res: Staleness = { stale: [], missing: [], extra: [] };
  for (const pkg of packages) {
    const onDisk = readPackageTree(path.join(packagesDir, pkg.dir));
    for (const [rel, content] of pkg.files) {
      const disk = onDisk.get(rel);
      if (disk === undefined) res.missing.push(`${pkg.dir}/${rel}`);
      else if (disk !== content) res.stale.push(`${pkg.dir}/${rel}`);
    }
    // A package of which the generator owns some files has hand-written others: no "extra" there.
    if (pkg.owns !== "files") for (const rel of onDisk.keys()) if (!pkg.files.has(rel)) res.extra.push(`${pkg.dir}/${rel}`);
  }
  for (const dir of orphanDirs) {
    const files = [...readPackageTree(path.join(packagesDir, dir)).keys()];
    res.extra.push(...(files.length ? files.map((f) => `${dir}/${f}`) : [`${dir}/`]));
  }
  for (const k of ["stale", "missing", "extra"] as const) res[k].sort();
  return res;
}

export const isClean = (s: Staleness) => s.stale.length + s.missing.length + s.extra.length === 0;
