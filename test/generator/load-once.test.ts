// Every command loads and checks the spec once and slices each release once: the check's slices
// are the ones the command uses. Counted by wrapping the loader and the slicer in spies.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadSpec } from "../../generator/src/curated-spec/load-spec.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { registerChangeset } from "../../generator/src/commands/changeset.js";
import { registerDiff } from "../../generator/src/commands/diff.js";
import { registerGenerate } from "../../generator/src/commands/generate.js";
import { registerLint } from "../../generator/src/commands/lint.js";
import { registerMatrix } from "../../generator/src/commands/matrix.js";
import { registerSlice } from "../../generator/src/commands/slice.js";
import { specReleases } from "./helpers.js";

vi.mock("../../generator/src/curated-spec/load-spec.js", async (importOriginal) => {
  const m = await importOriginal<typeof import("../../generator/src/curated-spec/load-spec.js")>();
  return { ...m, loadSpec: vi.fn(m.loadSpec) };
});
vi.mock("../../generator/src/slice/slice-spec.js", async (importOriginal) => {
  const m = await importOriginal<typeof import("../../generator/src/slice/slice-spec.js")>();
  return { ...m, sliceSpec: vi.fn(m.sliceSpec) };
});

const SLOW = 240_000;
const out = mkdtempSync(path.join(tmpdir(), "ontap-sec-load-once-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs one command line in this process; returns how often the spec was loaded and each release sliced. */
async function counts(register: (p: Command) => void, args: string[]): Promise<{ loads: number; slices: Record<string, number>; exitCode: number | undefined }> {
  vi.mocked(loadSpec).mockClear();
  vi.mocked(sliceSpec).mockClear();
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(args, { from: "user" });
  const slices: Record<string, number> = {};
  for (const [, release] of vi.mocked(sliceSpec).mock.calls) slices[release] = (slices[release] ?? 0) + 1;
  const exitCode = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = undefined;
  return { loads: vi.mocked(loadSpec).mock.calls.length, slices, exitCode };
}

describe("each command loads the spec once and slices each release once", () => {
  let releases: string[];
  const once = () => Object.fromEntries(releases.map((r) => [r, 1]));
  beforeEach(async () => {
    releases = await specReleases();
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it("lint", { timeout: SLOW }, async () => {
    expect(await counts(registerLint, ["lint"])).toEqual({ loads: 1, slices: once(), exitCode: undefined });
  });

  it("generate --release … --check (formerly two loads and three slicings of each release)", { timeout: SLOW }, async () => {
    expect(await counts(registerGenerate, ["generate", "--release", "9.10", "--check"])).toEqual({ loads: 1, slices: once(), exitCode: undefined });
  });

  it("slice, diff, matrix", { timeout: SLOW }, async () => {
    expect(await counts(registerSlice, ["slice", "--release", "9.12", "--out", path.join(out, "s.json")])).toEqual({ loads: 1, slices: once(), exitCode: undefined });
    expect(await counts(registerDiff, ["diff", "9.9", "9.10", "--out", path.join(out, "d.txt")])).toEqual({ loads: 1, slices: once(), exitCode: undefined });
    expect(await counts(registerMatrix, ["matrix", "--out", path.join(out, "m.md")])).toEqual({ loads: 1, slices: once(), exitCode: undefined });
  });

  it("changeset --dry-run", { timeout: SLOW }, async () => {
    expect(await counts(registerChangeset, ["changeset", "--dry-run", "--base", "worktree"])).toEqual({ loads: 1, slices: once(), exitCode: undefined });
  });
});
