// The workspace's publishable packages (every one not marked private), found by asking pnpm, and
// packing them as `pnpm publish` would: `pnpm pack` in each package folder, which runs its prepack,
// rewrites `workspace:` ranges and applies publishConfig. Dependencies are packed first: a release
// package's build reads the runtime's freshly built declarations.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../generator/src/paths.js";

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  /** Workspace packages it depends on (dependencies, peer and dev), publishable or not. */
  workspaceDeps: string[];
  /** It has a root entry point (`exports["."]` or `main`): `import(name)` must work. */
  importable: boolean;
  /** Its commands (`bin`), as published. */
  bins: string[];
}

interface PnpmListEntry {
  name?: string;
  version?: string;
  path: string;
  private?: boolean;
}

type Manifest = Partial<Record<"dependencies" | "devDependencies" | "peerDependencies", Record<string, string>>>;

export function publishablePackages(): WorkspacePackage[] {
  const r = spawnSync("pnpm", ["ls", "--recursive", "--depth", "0", "--json"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pnpm ls failed: ${r.stderr}`);
  const all = JSON.parse(r.stdout) as PnpmListEntry[];
  const names = new Set(all.map((p) => p.name).filter((n): n is string => Boolean(n)));
  return all
    .filter((p) => p.name && !p.private && path.resolve(p.path) !== path.resolve(REPO_ROOT))
    .map((p) => ({
      name: p.name!,
      version: p.version!,
      dir: p.path,
      workspaceDeps: workspaceDeps(p.path, names),
      ...entryPoints(p.name!, p.path),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** From the manifest itself: pnpm's listing leaves out peers that are not installed. */
function workspaceDeps(dir: string, names: ReadonlySet<string>): string[] {
  const m = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
  const all = [m.dependencies, m.devDependencies, m.peerDependencies].flatMap((d) => Object.keys(d ?? {}));
  return [...new Set(all)].filter((n) => names.has(n)).sort();
}

/** What the published manifest (publishConfig applied over the fields pnpm lets it override) offers. */
function entryPoints(name: string, dir: string): Pick<WorkspacePackage, "importable" | "bins"> {
  const m = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Record<string, any>;
  const exports = m.publishConfig?.exports ?? m.exports;
  // `exports` is the root's target itself unless its keys are subpaths ("." …).
  const subpaths = exports && typeof exports === "object" && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith("."));
  const root = subpaths ? exports["."] : exports;
  const bin = m.publishConfig?.bin ?? m.bin;
  const bins = typeof bin === "string" ? [name.split("/").pop()!] : Object.keys(bin ?? {});
  return { importable: Boolean(root ?? m.publishConfig?.main ?? m.main), bins: bins.sort() };
}

/** Rounds of packages whose workspace dependencies all come in earlier rounds. */
function packRounds(packages: WorkspacePackage[]): WorkspacePackage[][] {
  const ours = new Set(packages.map((p) => p.name));
  const done = new Set<string>();
  const rounds: WorkspacePackage[][] = [];
  let left = packages;
  while (left.length) {
    const ready = left.filter((p) => p.workspaceDeps.every((d) => !ours.has(d) || done.has(d)));
    if (!ready.length) throw new Error(`dependency cycle among ${left.map((p) => p.name).join(", ")}`);
    rounds.push(ready);
    for (const p of ready) done.add(p.name);
    left = left.filter((p) => !done.has(p.name));
  }
  return rounds;
}

/**
 * Deletes the git-ignored build output the package's published manifest points into (`dist/` of
 * `./dist/index.js`), so packing starts from what a fresh checkout has: a package whose prepack
 * does not build would otherwise ship a stale local dist/ and pass here while failing in CI.
 */
export function cleanBuildOutput(pkg: WorkspacePackage): string[] {
  const m = JSON.parse(readFileSync(path.join(pkg.dir, "package.json"), "utf8")) as Record<string, any>;
  const targets: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") targets.push(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk([m.publishConfig?.exports ?? m.exports, m.main, m.types, m.bin]);
  const dirs = new Set(targets.map((t) => t.replace(/^\.\//, "").split("/")[0]!).filter((d) => d && !d.includes("*")));
  const removed: string[] = [];
  for (const d of dirs) {
    const full = path.join(pkg.dir, d);
    const ignored = spawnSync("git", ["check-ignore", "-q", full], { cwd: pkg.dir }).status === 0;
    if (ignored && existsSync(full) && statSync(full).isDirectory()) {
      rmSync(full, { recursive: true, force: true });
      removed.push(full);
    }
  }
  return removed;
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** `pnpm pack` of one package into `dest`; the tarball's path. */
async function packOne(pkg: WorkspacePackage, dest: string): Promise<string> {
  const r = await run("pnpm", ["pack", "--pack-destination", dest, "--json"], pkg.dir);
  if (r.code !== 0) throw new Error(`pnpm pack of ${pkg.name} failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  // stdout holds the prepack scripts' output, then the JSON report.
  const json = r.stdout.slice(r.stdout.indexOf("\n{") + 1);
  return (JSON.parse(json) as { filename: string }).filename;
}

/**
 * Packs every package, dependencies first, at most `concurrency` at a time (the packs of one
 * round are independent). Name → tarball path.
 */
export async function packAll(packages: WorkspacePackage[], dest: string, concurrency = 2): Promise<Map<string, string>> {
  const tarballs = new Map<string, string>();
  for (const round of packRounds(packages)) {
    const queue = [...round];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let p = queue.shift(); p; p = queue.shift()) tarballs.set(p.name, await packOne(p, dest));
      }),
    );
  }
  return tarballs;
}

export { run };
