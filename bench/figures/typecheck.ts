// Figure 5: consumer type-check. One consumer calling every operation of the newest release (path
// params, the first request-body example, reading the data), type-checked with `tsc --noEmit` against
//  (a) @ontap-sec/client-<newest> as published: its dist/*.d.ts and the runtime's (built here with the
//      packages' own tsconfig.build.json, as `pnpm build` does) — what a consumer installs;
//  (b) bare openapi-typescript types of the same slice + bare openapi-fetch;
//  (c) for information, @ontap-sec/client-<newest> as the workspace resolves it (its TypeScript
//      sources, guards' bodies included, which tsc then checks as part of the consumer's program).
// Same call sites, same compiler options. Runs are interleaved, medians of wall time and of
// `--extendedDiagnostics` "Check time".
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { OPENAPI_TS_OPTIONS } from "../../generator/src/generate/emit-types.js";
import { ROOT } from "../lib/paths.js";
import { fmtMs, median, type Figure } from "../lib/stats.js";
import { NEWEST } from "../lib/releases.js";
import { consumerCalls } from "../lib/consumer-calls.js";
import type { SliceDocument } from "@ontap-sec/slice-model";

const CLIENT = `client-${NEWEST}`;

const run = promisify(execFile);
const TMP = path.join(ROOT, "bench/.out/typecheck");

/** One call per operation of the newest release (bench/lib/consumer-calls.ts). */
const SLICE = JSON.parse(readFileSync(path.join(ROOT, `packages/${CLIENT}/openapi.json`), "utf8")) as SliceDocument;
const CONSUMER = consumerCalls(SLICE);
const CALLS = CONSUMER.code;

const TSCONFIG = (extra: object = {}) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM"],
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        noEmit: true,
        types: ["node"],
        ...extra,
      },
      include: ["consumer.ts"],
    },
    null,
    2,
  );

const ONTAP_CONSUMER =
  `import { createClient } from "@ontap-sec/${CLIENT}";\n` +
  `const c = createClient({ host: "cluster1", auth: { username: "admin", password: "pw" } });\n` +
  `const d = <T>(r: { data: T }): T => r.data;\n` +
  `export async function all() {${CALLS}}\n`;

const DIST_DIRS = ["runtime", CLIENT].map((p) => path.join(ROOT, "packages", p, "dist"));
/** dist/ folders this figure created (removed again at its end; an existing build is left alone). */
let createdDist: string[] = [];

/** Builds the published form (dist/, git-ignored) of the runtime and of the newest client. */
async function buildPublished(): Promise<{ runtime: string; client: string }> {
  createdDist = DIST_DIRS.filter((d) => !existsSync(d));
  for (const pkg of ["runtime", CLIENT]) {
    await run(process.execPath, [TSC, "-p", path.join(ROOT, `packages/${pkg}/tsconfig.build.json`)], { cwd: ROOT }).catch((e) => {
      throw new Error(`building packages/${pkg} failed:\n${e.stdout}${e.stderr}`);
    });
  }
  return { runtime: path.join(ROOT, "packages/runtime/dist/index.d.ts"), client: path.join(ROOT, `packages/${CLIENT}/dist/index.d.ts`) };
}

async function prepareConsumers(): Promise<{ published: string; workspace: string; bare: string }> {
  rmSync(TMP, { recursive: true, force: true });
  const published = path.join(TMP, "published");
  const workspace = path.join(TMP, "workspace");
  const bare = path.join(TMP, "bare");
  for (const d of [published, workspace, bare]) mkdirSync(d, { recursive: true });
  const dist = await buildPublished();
  writeFileSync(path.join(published, "tsconfig.json"), TSCONFIG({ paths: { [`@ontap-sec/${CLIENT}`]: [dist.client], "@ontap-sec/runtime": [dist.runtime] } }));
  writeFileSync(path.join(published, "consumer.ts"), ONTAP_CONSUMER);
  writeFileSync(path.join(workspace, "tsconfig.json"), TSCONFIG());
  writeFileSync(path.join(workspace, "consumer.ts"), ONTAP_CONSUMER);
  const slice = JSON.parse(readFileSync(path.join(ROOT, `packages/${CLIENT}/openapi.json`), "utf8"));
  writeFileSync(path.join(bare, "types.ts"), astToString(await openapiTS(slice, OPENAPI_TS_OPTIONS)));
  // The bare consumer lives in a temporary folder: point it at the workspace's openapi-fetch (the
  // root declares the runtime's range, so it is the copy the runtime is typed against).
  const require = createRequire(import.meta.url);
  const fetchDir = path.dirname(path.dirname(require.resolve("openapi-fetch")));
  writeFileSync(path.join(bare, "tsconfig.json"), TSCONFIG({ paths: { "openapi-fetch": [path.join(fetchDir, "dist/index.d.mts")] } }));
  writeFileSync(
    path.join(bare, "consumer.ts"),
    `import createClient from "openapi-fetch";\nimport type { paths } from "./types.ts";\n` +
      `const c = createClient<paths>({ baseUrl: "https://cluster1/api" });\n` +
      `const d = <T>(r: { data?: T }): T | undefined => r.data;\n` +
      `export async function all() {${CALLS}}\n`,
  );
  return { published, workspace, bare };
}

const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");

async function tsc(dir: string): Promise<{ wall: number; check: number; files: number }> {
  const t0 = performance.now();
  const { stdout } = await run(process.execPath, [TSC, "-p", dir, "--extendedDiagnostics"], { cwd: dir }).catch((e) => {
    throw new Error(`tsc failed in ${dir}:\n${e.stdout}${e.stderr}`);
  });
  const wall = performance.now() - t0;
  const num = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(stdout)?.[1] ?? NaN);
  return { wall, check: num("Check time") * 1000, files: num("Files") };
}

type Kind = "published" | "workspace" | "bare";

export async function typecheckFigures(opts: { rounds?: number } = {}): Promise<Figure[]> {
  const rounds = opts.rounds ?? 3;
  const dirs = await prepareConsumers();
  const kinds: Kind[] = ["published", "bare", "workspace"];
  const res = Object.fromEntries(kinds.map((k) => [k, [] as Array<{ wall: number; check: number; files: number }>])) as Record<Kind, Array<{ wall: number; check: number; files: number }>>;
  for (const k of kinds) await tsc(dirs[k]); // warm the disk cache
  for (let r = 0; r < rounds; r++) {
    const order = kinds.map((_, i) => kinds[(i + r) % kinds.length]!);
    for (const k of order) res[k].push(await tsc(dirs[k]));
  }
  for (const d of createdDist) rmSync(d, { recursive: true, force: true });
  const m = (k: Kind, f: "wall" | "check") => median(res[k].map((x) => x[f]));
  const files = (k: Kind) => res[k][0]!.files;
  return [
    {
      name: `typecheck: every operation (${CONSUMER.operations}) of ${CLIENT}, published d.ts vs bare (tsc wall)${CONSUMER.withoutExample.length ? `; ${CONSUMER.withoutExample.length} bodies without example` : ""}`,
      measured: `${fmtMs(m("published", "wall"))} vs ${fmtMs(m("bare", "wall"))}`,
      ratio: m("published", "wall") / m("bare", "wall"),
      target: "≤ 1.5×",
      ok: m("published", "wall") / m("bare", "wall") <= 1.5,
    },
    {
      name: "typecheck: same, --extendedDiagnostics Check time",
      measured: `${fmtMs(m("published", "check"))} vs ${fmtMs(m("bare", "check"))} (${files("published")} vs ${files("bare")} files)`,
      ratio: m("published", "check") / m("bare", "check"),
      target: "≤ 1.5×",
      ok: m("published", "check") / m("bare", "check") <= 1.5,
    },
    {
      name: "typecheck: workspace sources (guards' bodies checked too) vs bare (info)",
      measured: `wall ${fmtMs(m("workspace", "wall"))}, check ${fmtMs(m("workspace", "check"))} (${files("workspace")} files)`,
      ratio: m("workspace", "wall") / m("bare", "wall"),
      target: "info",
    },
  ];
}
