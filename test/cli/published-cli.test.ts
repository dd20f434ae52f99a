// @ontap-sec/cli as users get it (packed, unpacked outside the workspace): the same diff and
// matrix as the repository's CLI, clear errors, a mock that answers, and maintainer commands that
// say they need a checkout.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specReleases } from "../generator/helpers.js";
import { installPackedCli, ontapSec, REPO_ROOT, repoOntapSec, spawnOntapSec, type InstalledCli } from "./helpers.js";

const SLOW = 180_000;
let cli: InstalledCli;
beforeAll(() => {
  cli = installPackedCli();
}, SLOW);
afterAll(() => rmSync(cli.project, { recursive: true, force: true }));

describe("the packed @ontap-sec/cli", { timeout: SLOW }, () => {
  it("holds the built bin, the licences of what it bundles and the data of every release, and has no dependencies", async () => {
    const pkg = JSON.parse(readFileSync(path.join(cli.packageDir, "package.json"), "utf8"));
    expect(pkg.bin).toEqual({ "ontap-sec": "./dist/ontap-sec.js" });
    expect(readFileSync(cli.bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(existsSync(path.join(cli.packageDir, "src"))).toBe(false);
    expect(existsSync(path.join(cli.project, "node_modules", "commander"))).toBe(false);
    const licences = readFileSync(path.join(cli.packageDir, "dist", "THIRD-PARTY-LICENSES.txt"), "utf8");
    for (const lib of ["commander", "selfsigned"]) expect(licences).toMatch(new RegExp(`^${lib}@\\d+\\.\\d+\\.\\d+ \\(MIT\\)$`, "m"));
    const index = JSON.parse(readFileSync(path.join(cli.packageDir, "data", "releases.json"), "utf8"));
    expect(index.releases.map((r: { release: string }) => r.release)).toEqual(await specReleases());
    for (const r of index.releases) expect(existsSync(path.join(cli.packageDir, "data", r.slice))).toBe(true);
  });

  it("loads each command's code only when that command runs", () => {
    const dist = path.join(cli.packageDir, "dist");
    const source = (f: string) => readFileSync(path.join(dist, f), "utf8");
    const staticImports = (f: string) => [...source(f).matchAll(/(?:^|[;\n}])\s*import\s*[^;("']*?from\s*"\.\/([^"]+)"/g)].map((m) => m[1]!);
    const closure = (f: string, seen = new Set<string>()): Set<string> => {
      if (!seen.has(f)) {
        seen.add(f);
        for (const g of staticImports(f)) closure(g, seen);
      }
      return seen;
    };
    const dynamic = [...source("ontap-sec.js").matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => m[1]!);
    const command = (name: string) => dynamic.find((f) => f.startsWith(`${name}-`));
    for (const name of ["diff", "matrix", "mock", "maintainer"]) expect(command(name), `dynamic import of the ${name} chunk`).toBeDefined();
    const atStart = closure("ontap-sec.js");
    // The reading of static imports works: the diff chunk does share code with matrix.
    expect([...closure(command("diff")!)].filter((f) => closure(command("matrix")!).has(f)).length).toBeGreaterThan(0);
    for (const name of ["diff", "matrix", "mock", "maintainer"]) {
      const own = closure(command(name)!);
      expect(atStart.has(command(name)!)).toBe(false);
      // What a command loads beyond the entry's start-up set holds none of the other commands.
      for (const other of ["diff", "matrix", "mock", "maintainer"]) if (other !== name) expect(own.has(command(other)!)).toBe(false);
    }
    // The bundle is the diff/matrix/mock code only: no YAML parser, OpenAPI linter or JSON-schema validator inside.
    const licences = source("THIRD-PARTY-LICENSES.txt");
    for (const lib of ["yaml", "@redocly/openapi-core", "ajv", "openapi-typescript", "handlebars", "prettier", "ts-morph"]) expect(licences).not.toMatch(new RegExp(`^${lib}@`, "m"));
  });

  it("--help lists the user commands and marks the maintainer ones", () => {
    const r = ontapSec(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["diff", "matrix", "mock", "releases"]) expect(r.out).toMatch(new RegExp(`^  ${c} `, "m"));
    for (const c of ["lint", "slice", "generate", "changeset"]) expect(r.out).toMatch(new RegExp(`^  ${c} \\[args\\.\\.\\.\\]\\s+\\(maintainers, in a checkout\\)`, "m"));
    expect(ontapSec(["--version"]).out.trim()).toBe(JSON.parse(readFileSync(path.join(cli.packageDir, "package.json"), "utf8")).version);
  });

  it("releases lists the spec's releases", async () => {
    const r = ontapSec(["releases"]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toEqual(await specReleases());
  });

  for (const format of ["text", "json"]) {
    it(`diff 9.11 9.14 --format ${format} prints what \`pnpm ontap-sec diff\` prints`, () => {
      const published = ontapSec(["diff", "9.11", "9.14", "--format", format]);
      const repo = repoOntapSec(["diff", "9.11", "9.14", "--format", format]);
      expect(repo.code).toBe(0);
      expect(published.code).toBe(0);
      expect(published.out.length).toBeGreaterThan(100);
      expect(published.out).toBe(repo.out);
    });
  }

  it("diff --fail-on breaking exits 1 on a downgrade that removes operations, 0 on an additive upgrade", () => {
    const down = ontapSec(["diff", "9.10", "9.9", "--fail-on", "breaking"]);
    expect(down.code).toBe(1);
    expect(down.out).toContain("GET /security/ipsec/ca-certificates");
    // 9.9 → 9.10 changes ike.version's type (9.10.1 swagger): 9.8 → 9.9 is the additive upgrade.
    expect(ontapSec(["diff", "9.8", "9.9", "--fail-on", "breaking"]).code).toBe(0);
  });

  it("matrix prints what `pnpm ontap-sec matrix --no-evidence` prints", () => {
    const published = ontapSec(["matrix"]);
    const repo = repoOntapSec(["matrix", "--no-evidence"]);
    expect(published.code).toBe(0);
    expect(published.out).toContain("9.15");
    expect(published.out).toBe(repo.out);
  });

  it("names every known release for an unknown one", async () => {
    const r = ontapSec(["diff", "9.11", "9.99"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`unknown release "9.99"; this CLI knows ${(await specReleases()).join(", ")}`);
    expect(r.out).toBe("");
    const m = ontapSec(["mock", "--release", "8.3"]);
    expect(m.code).toBe(1);
    expect(m.err).toContain('unknown release "8.3"');
  });

  it("mock --release 9.12 starts, answers as ONTAP 9.12 and stops on SIGTERM", async () => {
    const child = spawnOntapSec(["mock", "--release", "9.12", "--port", "0", "--user", "alice", "--password", "pw-1"]);
    try {
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on("data", (d: Buffer) => {
          out += d;
          const m = /listening on (\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once("exit", (code) => reject(new Error(`mock exited ${code}: ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
      const auth = { authorization: `Basic ${Buffer.from("alice:pw-1").toString("base64")}` };
      const cluster = await fetch(`${url}/cluster`, { headers: auth });
      expect(cluster.status).toBe(200);
      expect((await cluster.json()).version).toMatchObject({ generation: 9, major: 12 });
      expect((await fetch(`${url}/cluster`)).status).toBe(401);
      const policies = await fetch(`${url}/security/ipsec/policies`, { headers: auth });
      expect(policies.status).toBe(200);
      expect(Array.isArray((await policies.json()).records)).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("mock --tls serves HTTPS with a certificate it writes for the client to trust", async () => {
    const caOut = path.join(cli.project, "ca.pem");
    const child = spawnOntapSec(["mock", "--release", "9.15", "--port", "0", "--tls", "--ca-out", caOut]);
    try {
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on("data", (d: Buffer) => {
          out += d;
          const m = /listening on (\S+)[\s\S]*certificate to trust/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once("exit", (code) => reject(new Error(`mock exited ${code}: ${out}`)));
      });
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api$/);
      const { Agent } = await import("undici");
      const dispatcher = new Agent({ connect: { ca: readFileSync(caOut, "utf8") } });
      const auth = { authorization: `Basic ${Buffer.from("admin:netapp1!").toString("base64")}` };
      const res = await fetch(`${url}/cluster`, { headers: auth, dispatcher } as RequestInit);
      expect(res.status).toBe(200);
      expect((await res.json()).version).toMatchObject({ generation: 9, major: 15 });
      await dispatcher.close();
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("maintainer commands outside a checkout stop with an error saying where they run", () => {
    for (const c of ["lint", "slice", "generate", "changeset"]) {
      const r = ontapSec([c, "--release", "9.12"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`ontap-sec ${c}: a maintainer command`);
      expect(r.err).toContain("checkout of the ontap-sec repository");
      expect(r.err).toContain(`pnpm ontap-sec ${c}`);
      expect(r.out).toBe("");
    }
  });
});

describe("the library entry", { timeout: SLOW }, () => {
  it("gives from plain Node ESM the releases, documents and the diff the CLI prints", () => {
    writeFileSync(
      path.join(cli.project, "use.mjs"),
      `import { diffReleases, listReleases, releaseDocument, renderDiff } from "@ontap-sec/cli";
const d = await diffReleases("9.11", "9.14.1");
const doc = await releaseDocument("9.12");
const err = await diffReleases("9.11", "9.99").catch((e) => e.message);
console.log(JSON.stringify({ releases: await listReleases(), json: renderDiff(d, "json"), text: renderDiff(d), release: doc["x-ontap-release"] ?? doc.info?.version, err }));`,
    );
    const r = spawnSync(process.execPath, ["use.mjs"], { cwd: cli.project, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const got = JSON.parse(r.stdout);
    expect(got.json).toBe(ontapSec(["diff", "9.11", "9.14", "--format", "json"]).out);
    expect(got.text).toBe(ontapSec(["diff", "9.11", "9.14"]).out);
    expect(got.releases).toEqual(ontapSec(["releases"]).out.trim().split("\n"));
    expect(got.err).toContain('unknown release "9.99"; this CLI knows 9.8');
    expect(got.release).toBe("9.12");
  });

  it("type-checks in a strict nodenext consumer with skipLibCheck off and no @types/node", () => {
    writeFileSync(
      path.join(cli.project, "consumer.ts"),
      `import { diffReleases, listReleases, releaseDocument, renderDiff, type Change, type DiffResult, type Level } from "@ontap-sec/cli";
const d: DiffResult = await diffReleases("9.11", "9.14");
const breaking: number = d.summary.breaking;
const first: Change | undefined = d.changes[0];
const level: Level | undefined = first?.level;
const md: string = renderDiff(d, "md");
const releases: string[] = await listReleases();
const doc: object = await releaseDocument("9.12");
// @ts-expect-error not an output format
renderDiff(d, "pdf");
export { breaking, level, md, releases, doc };
`,
    );
    writeFileSync(path.join(cli.project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    writeFileSync(
      path.join(cli.project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: false, noEmit: true, types: [] }, files: ["consumer.ts"] }),
    );
    const tsc = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", cli.project, "--pretty", "false"], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("maintainer commands in a checkout", { timeout: SLOW }, () => {
  it("are handed to the repository's CLI: slice prints the release's document, the one packed with the CLI", () => {
    const r = ontapSec(["slice", "--release", "9.12"], { cwd: path.join(REPO_ROOT, "spec") });
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(path.join(cli.packageDir, "data", "slices", "9.12.json"), "utf8"));
  });
});
