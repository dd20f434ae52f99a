// The published CLI as users get it, for the bench and the tests: packed by `pnpm pack` (its
// prepack builds dist/) and unpacked into node_modules/@ontap-sec/cli of a folder outside the
// workspace. It has no dependencies (everything it runs is bundled), so nothing else is installed.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./paths.js";

const CLI_DIR = path.join(ROOT, "packages", "cli");

export interface InstalledCli {
  /** The folder holding node_modules/ (outside any checkout); remove it when done. */
  project: string;
  /** node_modules/@ontap-sec/cli */
  packageDir: string;
  /** The bin file package.json names. */
  bin: string;
  tarball: string;
}

export function installPackedCli(): InstalledCli {
  const project = mkdtempSync(path.join(tmpdir(), "ontap-sec-cli-"));
  const packs = path.join(project, "tarballs");
  mkdirSync(packs);
  const pack = spawnSync("pnpm", ["pack", "--pack-destination", packs], { cwd: CLI_DIR, encoding: "utf8" });
  if (pack.status !== 0) throw new Error(`pnpm pack of packages/cli failed:\n${pack.stdout}\n${pack.stderr}`);
  const tarball = path.join(packs, readdirSync(packs).find((f) => f.endsWith(".tgz"))!);
  const packageDir = path.join(project, "node_modules", "@ontap-sec", "cli");
  mkdirSync(packageDir, { recursive: true });
  const untar = spawnSync("tar", ["xzf", tarball, "-C", packageDir, "--strip-components=1"], { encoding: "utf8" });
  if (untar.status !== 0) throw new Error(`tar xzf ${tarball} failed: ${untar.stderr}`);
  const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  return { project, packageDir, bin: path.join(packageDir, pkg.bin["ontap-sec"]), tarball };
}
