// The diff command as a user runs it: exit codes, errors, files, bytes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/src/paths.js";
import { NEWEST, OLDEST } from "../releases.js";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "generator/src/cli.ts", ...args], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("ontap-sec diff", { timeout: 120_000 }, () => {
  it("exits 1 with --fail-on breaking on a downgrade that removes operations", () => {
    const r = cli("diff", "9.10", "9.9", "--fail-on", "breaking");
    expect(r.code).toBe(1);
    expect(r.out).toContain("DOWNGRADE");
    expect(r.out).toContain("GET /security/ipsec/ca-certificates");
  });
  it("exits 0 with --fail-on breaking on an additive upgrade, and without --fail-on", () => {
    expect(cli("diff", "9.8", "9.9", "--fail-on", "breaking").code).toBe(0);
    expect(cli("diff", "9.9", "9.10", "--fail-on", "breaking").code).toBe(1);
    expect(cli("diff", "9.10", "9.9").code).toBe(0);
  });
  it("--fail-on warning also fails on breaking changes", () => {
    expect(cli("diff", "9.10", "9.9", "--fail-on", "warning", "--format", "json").code).toBe(1);
  });
  it("names the known releases for an unknown one", () => {
    const r = cli("diff", "9.10", "9.99");
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown release "9.99"');
    expect(r.err).toContain("9.8, 9.9, 9.10");
  });
  it("reports nothing for a release compared with itself", () => {
    const r = cli("diff", "9.12", "9.12", "--fail-on", "warning", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ from: "9.12", to: "9.12", direction: "same", summary: { breaking: 0, warning: 0, info: 0 }, changes: [] });
  });
  it("writes --out files, byte for byte the same on every run", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ontap-diff-"));
    const a = path.join(dir, "a.md");
    const b = path.join(dir, "b.md");
    expect(cli("diff", OLDEST, NEWEST, "--format", "md", "--out", a).code).toBe(0);
    expect(cli("diff", OLDEST, NEWEST, "--format", "md", "--out", b).code).toBe(0);
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
    expect(readFileSync(a, "utf8").startsWith(`## ONTAP ${OLDEST} → ${NEWEST}`)).toBe(true);
  });
  it("rejects an unknown format", () => {
    const r = cli("diff", "9.8", "9.9", "--format", "xml");
    expect(r.code).not.toBe(0);
  });
});
