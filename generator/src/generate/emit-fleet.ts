// The generated part of @ontap-sec/client (packages/client), the fleet entry point: its table of
// releases → release packages (src/releases.ts) and its package.json, whose dependencies are those
// packages. Both follow from the spec's release list alone, so adding a release is regenerating.
// The rest of the package (connect(), README, build config) is hand-written and never touched here.
import { sortReleases } from "../releases.js";
import { formatJson, formatTs } from "./format.js";
import { headerLines } from "./header.js";
import { INITIAL_VERSION } from "./emit-package-json.js";
import { lit, packageName } from "./naming.js";

/** Folder of the fleet package under packages/. */
export const FLEET_DIR = "client";
const FLEET_PACKAGE = "@ontap-sec/client";

const HEADER = headerLines({ package: FLEET_PACKAGE });

/** `9.10` → `R9_10`: the name of a release's type-only namespace import. */
const alias = (release: string) => `R${release.replace(/\./g, "_")}`;

export async function emitFleet(releases: readonly string[], version: string = INITIAL_VERSION): Promise<Map<string, string>> {
  const sorted = sortReleases(releases);
  if (sorted.length === 0) throw new Error(`${FLEET_PACKAGE}: the spec has no release`);
  const files = new Map<string, string>();
  files.set("package.json", emitFleetPackageJson(sorted, version));
  files.set("src/releases.ts", await emitReleasesTable(sorted));
  return files;
}

function emitReleasesTable(releases: string[]): Promise<string> {
  const source = `${HEADER.map((l) => `// ${l}`).join("\n")}

// Type-only imports: they vanish from the JavaScript, so loading this module loads no release
// package; \`loadRelease\` imports one when connect() knows which.
${releases.map((r) => `import type * as ${alias(r)} from ${lit(packageName(r))};`).join("\n")}

/** Every ONTAP release with a package, oldest first. */
export const RELEASES = [${releases.map(lit).join(", ")}] as const;

/** An ONTAP release with a package, e.g. ${lit(releases.at(-1)!)}. */
export type KnownRelease = (typeof RELEASES)[number];

/** The module of each release's package (\`import * as m from "@ontap-sec/client-<release>"\`). */
export interface ReleasePackages {
${releases.map((r) => `  ${lit(r)}: typeof ${alias(r)};`).join("\n")}
}

/** Imports the package of one release (and only that one). */
export const loadRelease: { readonly [R in KnownRelease]: () => Promise<ReleasePackages[R]> } = {
${releases.map((r) => `  ${lit(r)}: () => import(${lit(packageName(r))}),`).join("\n")}
};
`;
  return formatTs(source, `${FLEET_DIR}/src/releases.ts`);
}

function emitFleetPackageJson(releases: string[], version: string): string {
  return formatJson({
    "//": HEADER.join(" "),
    name: FLEET_PACKAGE,
    version,
    description:
      "One entry point for fleets of NetApp ONTAP clusters of mixed releases: connect() reads a cluster's release and hands back the client of its @ontap-sec/client-<release> package, typed by release.",
    keywords: ["netapp", "ontap", "rest", "openapi", "security", "ipsec", "client", "fleet"],
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    exports: {
      ".": { types: "./src/index.ts", default: "./src/index.ts" },
      "./package.json": "./package.json",
    },
    publishConfig: {
      access: "public",
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./package.json": "./package.json",
      },
    },
    files: ["dist", "src", "README.md"],
    scripts: {
      build: "tsc -p tsconfig.build.json",
      prepack: "tsc -p tsconfig.build.json",
    },
    engines: { node: ">=20.19" },
    // Every release package is a plain dependency: `npm install @ontap-sec/client` is enough for
    // connect() to import whichever release a cluster runs, and for the union type to resolve.
    dependencies: Object.fromEntries([
      ["@ontap-sec/runtime", "workspace:^"],
      ...releases.map((r) => [packageName(r), "workspace:^"]),
    ]),
  });
}

/** The releases a fleet package.json depends on (its @ontap-sec/client-<r> dependencies), if readable. */
export function fleetReleasesOf(packageJsonText: string | undefined): string[] | undefined {
  if (packageJsonText === undefined) return undefined;
  try {
    const deps = Object.keys(JSON.parse(packageJsonText)?.dependencies ?? {});
    return sortReleases(deps.map((d) => /^@ontap-sec\/client-(\d+\.\d+)$/.exec(d)?.[1]).filter((r): r is string => !!r));
  } catch {
    return undefined;
  }
}
