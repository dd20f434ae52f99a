// lint, slice, generate, changeset work on the curated spec, which only a checkout of the
// repository has. Inside one, they are handed to the repository's own CLI (as `pnpm ontap-sec …`
// would run them); anywhere else they stop with an error saying so.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** The checkout holding `dir`, if any: the nearest folder up with spec/openapi.yaml and generator/src/cli.ts. */
export function findCheckout(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, "spec", "openapi.yaml")) && existsSync(path.join(d, "generator", "src", "cli.ts"))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

export function run(command: string, args: string[]): number {
  const root = findCheckout(process.cwd());
  if (!root) {
    console.error(
      `ontap-sec ${command}: a maintainer command; it works on the curated spec (spec/) and the generator of a checkout of the ontap-sec repository, and none holds ${process.cwd()}.\n` +
        `Run it in a checkout as \`pnpm ontap-sec ${command}\`. From this package: diff, matrix, mock.`,
    );
    return 2;
  }
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  if (!existsSync(tsx)) {
    console.error(`ontap-sec ${command}: the checkout at ${root} has no node_modules/tsx; run \`pnpm install\` there first.`);
    return 2;
  }
  const r = spawnSync(process.execPath, [tsx, path.join(root, "generator", "src", "cli.ts"), command, ...args], { stdio: "inherit" });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
