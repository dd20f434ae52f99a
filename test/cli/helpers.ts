// The published CLI as users get it: packed by `pnpm pack` (its prepack builds dist/), unpacked
// into node_modules/@ontap-sec/cli of a folder outside the workspace, with its one dependency
// (selfsigned) linked from the workspace instead of downloaded.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { PACKAGES_DIR, REPO_ROOT } from "../../generator/src/paths.js";

export { REPO_ROOT };
export const CLI_DIR = path.join(PACKAGES_DIR, "cli");

export interface InstalledCli {
  /** The folder holding node_modules/ (outside any checkout). */
  project: string;
  /** node_modules/@ontap-sec/cli */
  packageDir: string;
  /** The bin file package.json names. */
  bin: string;
  tarball: string;
}

let installed: InstalledCli | undefined;

export function installPackedCli(): InstalledCli {
  if (installed) return installed;
  const project = mkdtempSync(path.join(tmpdir(), "ontap-sec-cli-"));
  const packs = path.join(project, "tarballs");
  mkdirSync(packs);
  const pack = spawnSync("pnpm", ["pack", "--pack-destination", packs], { cwd: CLI_DIR, encoding: "utf8" });
  if (pack.status !== 0) throw new Error(`pnpm pack failed:\n${pack.stdout}\n${pack.stderr}`);
  const tarball = path.join(packs, readdirSync(packs).find((f) => f.endsWith(".tgz"))!);
  const packageDir = path.join(project, "node_modules", "@ontap-sec", "cli");
  mkdirSync(packageDir, { recursive: true });
  const untar = spawnSync("tar", ["xzf", tarball, "-C", packageDir, "--strip-components=1"], { encoding: "utf8" });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  const selfsigned = path.dirname(createRequire(path.join(PACKAGES_DIR, "mock", "package.json")).resolve("selfsigned/package.json"));
  symlinkSync(selfsigned, path.join(project, "node_modules", "selfsigned"), "dir");
  installed = { project, packageDir, bin: path.join(packageDir, "dist", "ontap-sec.js"), tarball };
  return installed;
}

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the installed bin with node (as npm's bin shim does), colour off. */
export function ontapSec(args: string[], opts: { cwd?: string } = {}): Run {
  const { bin, project } = installPackedCli();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The repository's CLI (`pnpm ontap-sec …`: tsx on generator/src/cli.ts, slices cut from the spec). */
export function repoOntapSec(args: string[]): Run {
  const r = spawnSync(process.execPath, ["--import", "tsx", "generator/src/cli.ts", ...args], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Starts the installed bin without waiting (mock). */
export function spawnOntapSec(args: string[]): ChildProcess {
  const { bin, project } = installPackedCli();
  return spawn(process.execPath, [bin, ...args], { cwd: project, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
}
