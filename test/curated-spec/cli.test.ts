// The lint and slice commands as a user runs them: output, files written, exit codes.
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/src/paths.js";
import { checkMutated } from "./helpers.js";
import { realSlices } from "./slice-helpers.js";
import { RELEASES } from "../releases.js";

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "generator/src/cli.ts"), ...args], {
      cwd: REPO_ROOT,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
};

it("lint passes on the curated spec and reports operations per release", async () => {
  const r = await run("lint");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`spec is clean: ${RELEASES.length} releases`);
  // The counts the command prints are the slices' operation counts.
  const { slices } = await realSlices();
  const count = (rel: string) => Object.values(slices.get(rel)!.paths).flatMap((item) => Object.keys(item as Record<string, unknown>).filter((m) => m !== "parameters")).length;
  for (const rel of ["9.8", "9.10", "9.19"]) expect(r.stdout).toMatch(new RegExp(`\\b${rel.replace(".", "\\.")}=${count(rel)}\\b`));
  expect(count("9.19")).toBeGreaterThan(count("9.8"));
});

it("lint fails with file:line #pointer for a broken spec", async () => {
  const { dir } = await checkMutated({ file: "components/widget.yaml", find: 'x-ontap-introduced: "9.10"', replace: 'x-ontap-introduced: "9.12"' });
  const r = await run("lint", "--spec", path.join(dir, "openapi.yaml"));
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/components\/widget\.yaml:41 #\/schemas\/widget\/properties\/colour\/x-ontap-introduced \[unknown-release\]/);
  expect(r.stderr).toContain("1 problem in the spec");
});

it("slice writes the release document", async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), "ontap-sec-cli-")), "9.10.json");
  const r = await run("slice", "--release", "9.10", "--out", out);
  expect(r.code).toBe(0);
  const { slices } = await realSlices();
  expect(JSON.parse(await readFile(out, "utf8"))).toEqual(slices.get("9.10"));
});

it("slice accepts a patch-level release and prints to stdout", async () => {
  const r = await run("slice", "--release", "9.9.1");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).info.version).toBe("9.9");
});

it("slice rejects an unknown release, naming the known ones", async () => {
  const r = await run("slice", "--release", "9.7");
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`unknown release "9.7"; the spec has ${RELEASES.join(", ")}`);
});

it("--help lists the commands", async () => {
  const r = await run("--help");
  expect(r.code).toBe(0);
  for (const c of ["lint", "slice", "generate", "diff", "matrix", "mock"]) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, "m"));
});
