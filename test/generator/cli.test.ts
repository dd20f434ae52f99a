// `pnpm generate` on the command line: progress and summary on stderr, exit codes, spec diagnostics.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers.js";

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(REPO_ROOT, "generator", "src", "cli.ts"), "generate", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });

describe("ontap-sec generate", () => {
  it("--check on one release: progress per release, summary, exit 0", { timeout: 120_000 }, () => {
    const r = cli("--check", "--release", "9.10");
    expect(r.stderr).toMatch(/^\[1\/1\] 9\.10 … 10 files, \d+ ms$/m);
    expect(r.stderr).toMatch(/✔ 1 release packages, packages\/client and packages\/cli\/data are up to date/);
    expect(r.status).toBe(0);
  });

  it("--check names the stale file and exits 1", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ontap-sec-cli-"));
    temps.push(dir);
    cpSync(path.join(REPO_ROOT, "packages", "client-9.9"), path.join(dir, "client-9.9"), { recursive: true, filter: (s) => !s.includes("node_modules") });
    writeFileSync(path.join(dir, "client-9.9", "src", "client.ts"), "// edited\n");
    const r = cli("--check", "--release", "9.9", "--packages", dir);
    expect(r.stderr).toContain("stale:   packages/client-9.9/src/client.ts");
    expect(r.status).toBe(1);
    expect(readFileSync(path.join(dir, "client-9.9", "src", "client.ts"), "utf8")).toBe("// edited\n");
  });

  it("an unknown release is refused", { timeout: 120_000 }, () => {
    const r = cli("--check", "--release", "9.99");
    expect(r.stderr).toMatch(/unknown release "9\.99"/);
    expect(r.status).toBe(1);
  });

  it("a bad spec prints file:line #pointer diagnostics, exits 1 and writes nothing", { timeout: 120_000 }, () => {
    const specDir = mkdtempSync(path.join(tmpdir(), "ontap-sec-cli-spec-"));
    const pk = mkdtempSync(path.join(tmpdir(), "ontap-sec-cli-pk-"));
    temps.push(specDir, pk);
    cpSync(path.join(REPO_ROOT, "spec"), specDir, { recursive: true });
    const f = path.join(specDir, "paths", "ipsec-policies.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace(/x-ontap-introduced: "9\.10"/, 'x-ontap-introduced: "9.99"'));
    const r = cli("--spec", path.join(specDir, "openapi.yaml"), "--packages", pk);
    expect(r.stderr).toMatch(/ipsec-policies\.yaml:\d+ #\/\S+ \[[\w-]+\] /);
    expect(r.stderr).toMatch(/problems? in the spec; nothing generated/);
    expect(r.status).toBe(1);
    expect(readdirSync(pk)).toEqual([]);
  });
});
