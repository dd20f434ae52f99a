// What a tarball must hold for its manifest to work: every file the `exports` map (each subpath,
// each condition, fallback arrays, `*` patterns), `main`, `types`/`typings` and `bin` point at.
// Kept apart from the pack-and-install test so it can be tested on synthetic tarballs.
import { unpack } from "@publint/pack";

export interface TarballContents {
  /** The packed package.json (what the registry would serve: publishConfig applied). */
  manifest: Record<string, unknown>;
  /** Paths relative to the package root, e.g. "dist/index.js". */
  files: string[];
}

export async function readTarball(data: Uint8Array): Promise<TarballContents> {
  const { files, rootDir } = await unpack(data);
  const prefix = `${rootDir}/`;
  const names = files.map((f) => (f.name.startsWith(prefix) ? f.name.slice(prefix.length) : f.name));
  const manifestFile = files.find((f) => f.name === `${prefix}package.json`);
  if (!manifestFile) throw new Error(`the tarball has no ${prefix}package.json`);
  return { manifest: JSON.parse(new TextDecoder().decode(manifestFile.data)), files: names.sort() };
}

export interface MissingTarget {
  /** Where in package.json, e.g. `exports["."].types` or `bin.ontap-sec`. */
  field: string;
  target: string;
}

const normalize = (target: string) => target.replace(/^\.\//, "");

/** A target with `*` matches when some file fits the pattern (what Node's resolver would need). */
function present(target: string, files: ReadonlySet<string>): boolean {
  const t = normalize(target);
  if (!t.includes("*")) return files.has(t);
  const [head, tail] = t.split("*", 2) as [string, string];
  for (const f of files) if (f.length >= head.length + tail.length && f.startsWith(head) && f.endsWith(tail)) return true;
  return false;
}

function walkExports(value: unknown, field: string, out: Array<{ field: string; target: string }>): void {
  if (typeof value === "string") out.push({ field, target: value });
  else if (Array.isArray(value)) value.forEach((v, i) => walkExports(v, `${field}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [key, v] of Object.entries(value)) walkExports(v, `${field}[${JSON.stringify(key)}]`, out);
  // null: an excluded subpath, nothing to find.
}

/** Every target the manifest names that the file list lacks, in manifest order. */
export function missingTargets({ manifest, files }: TarballContents): MissingTarget[] {
  const targets: Array<{ field: string; target: string }> = [];
  walkExports(manifest.exports, "exports", targets);
  for (const key of ["main", "types", "typings"] as const)
    if (typeof manifest[key] === "string") targets.push({ field: key, target: manifest[key] as string });
  const bin = manifest.bin;
  if (typeof bin === "string") targets.push({ field: "bin", target: bin });
  else if (bin && typeof bin === "object") for (const [name, t] of Object.entries(bin)) targets.push({ field: `bin.${name}`, target: String(t) });
  const set = new Set(files);
  return targets.filter(({ target }) => !present(target, set));
}
