// The two package.json files of the workspace that must name every release package: the root
// (devDependencies, so tests and the bench can import any client) and the mock (optional peer
// dependencies, since it loads the installed client of the release it serves). They cannot
// derive the list at run time, so `pnpm generate` rewrites those entries from the spec's
// releases and `pnpm generate --check` names what is missing or left over.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compareReleases } from "../releases.js";
import { packageName } from "./naming.js";

type Deps = Record<string, string>;
interface PackageJson {
  devDependencies?: Deps;
  peerDependencies?: Deps;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [k: string]: unknown;
}

const CLIENT = /^@ontap-sec\/client-(\d+\.\d+)$/;

/** Which field of which manifest lists the clients, and with which version range. */
interface Slot {
  file: string;
  field: "devDependencies" | "peerDependencies";
  range: string;
  /** Mirror each entry as `{optional: true}` in peerDependenciesMeta. */
  optionalMeta?: boolean;
}

function workspaceSlots(repoRoot: string): Slot[] {
  return [
    { file: path.join(repoRoot, "package.json"), field: "devDependencies", range: "workspace:*" },
    { file: path.join(repoRoot, "packages", "mock", "package.json"), field: "peerDependencies", range: "workspace:^", optionalMeta: true },
  ];
}

/** Replaces the client entries of `deps` by one per release, keeping every other entry and its place. */
function withClients(deps: Deps, releases: string[], range: string, sorted: boolean): Deps {
  const others = Object.entries(deps).filter(([k]) => !CLIENT.test(k));
  const clients = [...releases].sort(compareReleases).map((r) => [packageName(r), deps[packageName(r)] ?? range] as const);
  // The root keeps pnpm's alphabetical order; the mock lists clients by release.
  const all = [...others, ...clients];
  if (sorted) all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(all);
}

function expected(pkg: PackageJson, slot: Slot, releases: string[]): PackageJson {
  const out: PackageJson = { ...pkg };
  out[slot.field] = withClients(pkg[slot.field] ?? {}, releases, slot.range, slot.field === "devDependencies");
  if (slot.optionalMeta) {
    const meta = Object.entries(pkg.peerDependenciesMeta ?? {}).filter(([k]) => !CLIENT.test(k));
    const clients = [...releases].sort(compareReleases).map((r) => [packageName(r), { optional: true }] as const);
    out.peerDependenciesMeta = Object.fromEntries([...meta, ...clients]);
  }
  return out;
}

export interface ManifestProblem {
  file: string;
  message: string;
}

/** What differs between the manifests on disk and the spec's releases (nothing when in sync). */
export function checkWorkspaceManifests(repoRoot: string, releases: string[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const slot of workspaceSlots(repoRoot)) {
    if (!existsSync(slot.file)) continue;
    const rel = path.relative(repoRoot, slot.file);
    const pkg = JSON.parse(readFileSync(slot.file, "utf8")) as PackageJson;
    const listed = Object.keys(pkg[slot.field] ?? {}).filter((k) => CLIENT.test(k));
    const want = releases.map(packageName);
    for (const name of want) if (!listed.includes(name)) problems.push({ file: rel, message: `${slot.field} lacks ${name}` });
    for (const name of listed) if (!want.includes(name)) problems.push({ file: rel, message: `${slot.field} has ${name}, whose release is not in the spec` });
    if (slot.optionalMeta) {
      const meta = pkg.peerDependenciesMeta ?? {};
      for (const name of want) if (meta[name]?.optional !== true) problems.push({ file: rel, message: `peerDependenciesMeta lacks {optional: true} for ${name}` });
    }
  }
  return problems;
}

/** Rewrites the client entries of both manifests; returns the files it changed. */
export function syncWorkspaceManifests(repoRoot: string, releases: string[]): string[] {
  const changed: string[] = [];
  for (const slot of workspaceSlots(repoRoot)) {
    if (!existsSync(slot.file)) continue;
    const before = readFileSync(slot.file, "utf8");
    const after = JSON.stringify(expected(JSON.parse(before) as PackageJson, slot, releases), null, 2) + "\n";
    if (after !== before) {
      writeFileSync(slot.file, after);
      changed.push(path.relative(repoRoot, slot.file));
    }
  }
  return changed;
}
