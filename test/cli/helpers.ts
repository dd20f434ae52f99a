// Running the published CLI (packed and unpacked outside the workspace, see bench/lib/packed-cli.ts)
// and the repository's, once per test file.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { installPackedCli as install, type InstalledCli } from "../../bench/lib/packed-cli.js";
import { REPO_ROOT } from "../../generator/src/paths.js";

export { REPO_ROOT, type InstalledCli };

let installed: InstalledCli | undefined;
export const installPackedCli = (): InstalledCli => (installed ??= install());

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
