// Every publishable package works as users get it: packed as publishing packs it (`pnpm pack`:
// prepack build, `workspace:` ranges rewritten, publishConfig applied), installed with plain npm
// into a fresh project outside the workspace, then imported from plain Node ESM, type-checked by a
// strict consumer without @types/node, and linted by @arethetypeswrong/cli and publint.
//
// Why a vitest file rather than a script in test:all: it runs wherever the rest of the suite runs
// (`vitest run`, CI, `pnpm vitest run test/packaging`), and a failure names the package and the
// check, like every other test. The packages are discovered (every workspace package not marked
// private), packed once, installed with one `npm install`, in a temporary folder that is removed
// afterwards: nothing is cached between runs. npm reaches the registry only for third-party
// dependencies (openapi-fetch, undici, selfsigned): ours come from the tarballs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/src/paths.js";
import { missingTargets, readTarball, type TarballContents } from "./exports-targets.js";
import { cleanBuildOutput, packAll, publishablePackages, run } from "./workspace.js";

const packages = publishablePackages();
const names = packages.map((p) => p.name);
const importable = packages.filter((p) => p.importable).map((p) => p.name);
const bins = packages.flatMap((p) => p.bins.map((bin) => ({ pkg: p.name, bin })));
const CLIENT = /^@ontap-sec\/client-(\d+\.\d+)$/;
const clientReleases = names.flatMap((n) => CLIENT.exec(n)?.[1] ?? []);
const require = createRequire(import.meta.url);
const TSC = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
// The CLI's bin, read off its manifest (its exports map does not expose the file).
const ATTW_DIR = path.dirname(require.resolve("@arethetypeswrong/cli/package.json"));
const ATTW = path.join(ATTW_DIR, (require("@arethetypeswrong/cli/package.json") as { bin: { attw: string } }).bin.attw);

let work = "";
let app = "";
const tarballs = new Map<string, string>();
const contents = new Map<string, TarballContents>();
type Run = Awaited<ReturnType<typeof run>>;
let install: Run | undefined;
const attw = new Map<string, Run>();

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "ontap-sec-pack-"));
  const dest = path.join(work, "tarballs");
  app = path.join(work, "app");
  await mkdir(dest);
  await mkdir(app);
  for (const p of packages) cleanBuildOutput(p);
  for (const [name, file] of await packAll(packages, dest)) {
    tarballs.set(name, file);
    contents.set(name, await readTarball(await readFile(file)));
  }
  // One install of every tarball, as an app that depends on all of them; npm places our packages
  // at the top, where the release packages' `@ontap-sec/runtime@^x` finds the packed runtime.
  const dependencies = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  await writeFile(path.join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", dependencies }, null, 2));
  // attw reads the tarballs only: it runs while npm installs, two at a time.
  const queue = [...tarballs];
  const attwRuns = Array.from({ length: 2 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, file] = next;
      attw.set(name, await run(process.execPath, [ATTW, file, "--profile", "esm-only", "--format", "ascii", "--no-color", "--no-emoji"], work));
    }
  });
  [install] = await Promise.all([run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], app), ...attwRuns]);
}, 900_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the publishable packages", () => {
  it("are discovered from the workspace: runtime, mock and one client per release, none private", () => {
    expect(names).toContain("@ontap-sec/runtime");
    expect(names).toContain("@ontap-sec/mock");
    expect(clientReleases.length).toBeGreaterThanOrEqual(8);
    expect(names).not.toContain("@ontap-sec/generator");
  });
});

describe.each(names)("%s", (name) => {
  it("packs what its manifest points at (exports, main, types, bin), with no workspace: range left", () => {
    const c = contents.get(name)!;
    expect(missingTargets(c), `files the packed package.json of ${name} names but its tarball lacks`).toEqual([]);
    const ranges = ["dependencies", "peerDependencies", "optionalDependencies"].flatMap((k) => Object.values((c.manifest[k] as Record<string, string>) ?? {}));
    expect(ranges.filter((r) => r.startsWith("workspace:"))).toEqual([]);
    expect(c.manifest.scripts ?? {}).not.toHaveProperty("prepack");
  });

  it("passes publint (suggestions included)", async () => {
    const data = await readFile(tarballs.get(name)!);
    const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer }, level: "suggestion", strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`)).toEqual([]);
  });

  it("passes @arethetypeswrong/cli (profile esm-only: the packages are ESM only by design)", () => {
    const r = attw.get(name)!;
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});

describe("installed with npm into a fresh project", () => {
  it("installs", () => {
    expect(install?.code, `${install?.stdout}\n${install?.stderr}`).toBe(0);
    for (const name of names) expect(existsSync(path.join(app, "node_modules", ...name.split("/"), "package.json")), name).toBe(true);
    // The type-check below must prove the declarations need no Node types: none may be around.
    expect(existsSync(path.join(app, "node_modules", "@types", "node"))).toBe(false);
  });

  it("imports every package from plain Node ESM and talks to the mock through each release package", async () => {
    await writeFile(path.join(app, "smoke.mjs"), SMOKE);
    const r = await run(process.execPath, ["smoke.mjs", JSON.stringify(importable)], app);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").sort()).toEqual(importable.map((n) => `ok ${n}`).sort());
  });

  it.skipIf(bins.length === 0).each(bins)("runs $bin --help (from $pkg) through node_modules/.bin", async ({ bin }) => {
    const r = await run(path.join(app, "node_modules", ".bin", bin), ["--help"], app);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(new RegExp(bin));
  });

  it("type-checks a strict nodenext consumer with skipLibCheck off and no @types/node", async () => {
    await writeFile(path.join(app, "consumer.ts"), consumerSource(clientReleases));
    await writeFile(
      path.join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: false, noEmit: true, types: [] },
        files: ["consumer.ts"],
      }),
    );
    const r = spawnSync(process.execPath, [TSC, "-p", "tsconfig.json", "--pretty", "false"], { cwd: app, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

/**
 * Run in the consumer project with the package names as argument: imports each, prints `ok <name>`.
 * Each release package is driven against the mock of its release, over TLS, with the installed
 * runtime underneath; other packages are only imported (their own tests cover them).
 */
const SMOKE = `import assert from "node:assert/strict";
const names = JSON.parse(process.argv[2]);
const rt = await import("@ontap-sec/runtime");
assert.equal(rt.serializeQuery({ fields: ["name", "uuid"] }), "fields=name,uuid");
const { startMockOntap } = await import("@ontap-sec/mock");

for (const name of names) {
  const m = await import(name);
  assert.ok(Object.keys(m).length > 0, name + " exports nothing");
  const release = /^@ontap-sec\\/client-(\\d+\\.\\d+)$/.exec(name)?.[1];
  if (release) await driveClient(m, release);
  console.log("ok " + name);
}

async function driveClient(c, release) {
  assert.equal(c.release, release);
  // Re-exported, not copied: one class, so instanceof holds whichever package the app imports.
  for (const n of ["OntapError", "JobFailedError", "OntapClientError", "isOntapError"]) assert.equal(c[n], rt[n], n);
  assert.equal(c.isIpsecPolicy(42), false);
  const mock = await startMockOntap({ release, tls: true, seed: 1 });
  const client = c.createClient({
    host: "127.0.0.1",
    port: Number(new URL(mock.url).port),
    auth: { username: "admin", password: "netapp1!" },
    ca: mock.ca,
    validation: { request: "throw", response: "throw" },
  });
  try {
    const { data } = await client.GET("/security/ipsec/policies");
    assert.ok(Array.isArray(data.records), "a collection of policies");
    const missing = client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "00000000-0000-0000-0000-000000000000" } } });
    await assert.rejects(missing, (e) => e instanceof c.OntapError && e.status === 404);
  } finally {
    await client.close();
    await mock.close();
  }
}
`;

/** A consumer of every release package through one import each, the runtime and the mock. */
function consumerSource(releases: string[]): string {
  const id = (r: string) => r.replace(".", "_");
  const imports = releases.map(
    (r) => `import { createClient as create${id(r)}, OntapError as OntapError${id(r)}, JobFailedError as JobFailed${id(r)}, isOntapError as isOntapError${id(r)}, type OntapClientOptions as Options${id(r)}, type IpsecPolicy as Policy${id(r)} } from "@ontap-sec/client-${r}";`,
  );
  const uses = releases.map(
    (r) => `
export async function use${id(r)}(options: Options${id(r)}): Promise<string[]> {
  const client = create${id(r)}(options);
  const release: "${r}" = client.release;
  try {
    const { data } = await client.GET("/security/ipsec/policies", { params: { query: { fields: ["name"] } } });
    const policies: Policy${id(r)}[] = data.records ?? [];
    return [release, ...policies.map((p) => p.name ?? "")];
  } catch (e) {
    if (e instanceof JobFailed${id(r)}) return [e.message];
    if (isOntapError${id(r)}(e)) return [e.code, e.ontapMessage];
    if (e instanceof OntapError${id(r)}) return [String(e.status)];
    throw e;
  } finally {
    await client.close();
  }
}`,
  );
  return `import { startMockOntap, type MockOntap } from "@ontap-sec/mock";
import { serializeQuery, type OntapAuth, type PemInput } from "@ontap-sec/runtime";
${imports.join("\n")}

export async function mock(release: string): Promise<MockOntap> {
  return startMockOntap({ release, tls: true });
}
export const query: string = serializeQuery({ fields: ["name"] });
// Certificates as bytes need no Node Buffer type.
export const auth: OntapAuth = { cert: new Uint8Array([45, 45]) satisfies PemInput, key: "pem" };
${uses.join("\n")}
`;
}
