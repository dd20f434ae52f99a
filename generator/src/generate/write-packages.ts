// Puts generated packages on disk all at once or not at all. Everything is first written into a
// temporary folder inside packages/ (same filesystem, so renames are atomic); only when every
// package is written are the old folders renamed aside and the new ones renamed in. Any failure
// undoes the renames done so far and removes the temporary folders: packages/ is left as it was.
// A package the generator owns only some files of (the fleet package) is swapped file by file.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PRESERVED } from "./package-tree.js";

export interface PackageToWrite {
  /** Folder under packages/, e.g. client-9.10 or cli/data (the generator owns all of it). */
  dir: string;
  files: Map<string, string>;
  /**
   * "folder" (default): the generator owns the whole folder, replaced as one. "files": it owns only
   * the listed files; the others in the folder are hand-written and left alone.
   */
  owns?: "folder" | "files";
}

export interface WriteOptions {
  /** Folders under packages/ to remove in the same swap (release packages no longer in the spec). */
  remove?: string[];
  /** Test hook: called before each rename of the swap. */
  beforeRename?: (from: string, to: string) => void;
}

export function writePackagesAtomically(packagesDir: string, packages: PackageToWrite[], opts: WriteOptions = {}): void {
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = path.join(packagesDir, `.generate-tmp-${stamp}`);
  const aside = path.join(packagesDir, `.generate-tmp-${stamp}-old`);
  const done: [from: string, to: string][] = [];
  const madeDirs: string[] = [];
  const move = (from: string, to: string) => {
    opts.beforeRename?.(from, to);
    renameSync(from, to);
    done.push([from, to]);
  };
  /** mkdir -p that remembers what it created, so that a rollback removes it again. */
  const ensureDir = (dir: string) => {
    const made = mkdirSync(dir, { recursive: true });
    if (made) madeDirs.push(made);
  };
  try {
    mkdirSync(staging);
    for (const pkg of packages) {
      for (const [rel, content] of pkg.files) {
        const file = path.join(staging, pkg.dir, rel);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
    mkdirSync(aside);
    for (const pkg of packages) {
      const target = path.join(packagesDir, pkg.dir);
      const fresh = path.join(staging, pkg.dir);
      if (pkg.owns === "files") {
        for (const rel of pkg.files.keys()) {
          const file = path.join(target, rel);
          if (existsSync(file)) {
            ensureDir(path.dirname(path.join(aside, pkg.dir, rel)));
            move(file, path.join(aside, pkg.dir, rel));
          } else ensureDir(path.dirname(file));
          move(path.join(fresh, rel), file);
        }
        continue;
      }
      if (existsSync(target)) {
        for (const keep of PRESERVED) if (existsSync(path.join(target, keep))) move(path.join(target, keep), path.join(fresh, keep));
        // A nested folder (cli/data) needs its parent in the aside folder.
        mkdirSync(path.dirname(path.join(aside, pkg.dir)), { recursive: true });
        move(target, path.join(aside, pkg.dir));
      }
      ensureDir(path.dirname(target));
      move(fresh, target);
    }
    for (const dir of opts.remove ?? []) {
      const target = path.join(packagesDir, dir);
      if (existsSync(target)) move(target, path.join(aside, dir));
    }
  } catch (e) {
    const failures: string[] = [];
    for (const [from, to] of done.reverse()) {
      try {
        renameSync(to, from);
      } catch (u) {
        failures.push(`${to} → ${from}: ${(u as Error).message}`);
      }
    }
    // Folders made for new files outside the temporary ones, deepest first (mkdir -p returns the topmost).
    if (failures.length === 0) for (const dir of madeDirs.filter((d) => !d.startsWith(staging) && !d.startsWith(aside)).reverse()) rmSync(dir, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
    if (failures.length === 0) rmSync(aside, { recursive: true, force: true });
    if (failures.length) throw new Error(`${(e as Error).message}; restoring packages/ failed too (old folders are in ${aside}):\n  ${failures.join("\n  ")}`, { cause: e });
    throw e;
  }
  rmSync(aside, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
}

/** Release package folders on disk (client-<r>). */
export function existingReleaseDirs(packagesDir: string, re: RegExp): string[] {
  if (!existsSync(packagesDir)) return [];
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && re.test(d.name))
    .map((d) => d.name)
    .sort();
}
