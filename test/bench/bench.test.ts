// The benchmark modules load and type-check, and the part of the guards figure that is not about
// time holds: the generated guards give ajv's verdict on every value of the corpus. No timing here
// (the machines are shared and noisy): `pnpm bench` measures, this only keeps it runnable.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ajvFor, buildCorpus, loadGuards, verdicts } from "../../bench/figures/guards.js";
import { policyCollection } from "../../bench/figures/client.js";
import { median, interleaveSync, pairedRatio, spread } from "../../bench/lib/stats.js";
import { describeMachine } from "../../bench/lib/machine.js";
import { exitCode, FIGURES, markdown, table } from "../../bench/run.js";
import { RELEASES } from "../releases.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("bench", () => {
  it("offers every figure of the issue", () => {
    expect(Object.keys(FIGURES)).toEqual(["guards", "client", "generation", "size", "typecheck", "pagination", "cli"]);
  });

  it.each(RELEASES)("guards %s give ajv's verdicts on the whole corpus (valid and broken records of every schema)", async (release) => {
    const slice = JSON.parse(readFileSync(path.join(ROOT, `packages/client-${release}/openapi.json`), "utf8"));
    const corpus = buildCorpus(slice, 30);
    expect(new Set(corpus.of).size).toBe(Object.keys(slice.components.schemas).length);
    const guards = await loadGuards(release);
    for (const allErrors of [false, true]) {
      const v = verdicts(corpus, guards, ajvFor(slice, allErrors));
      expect(v.mismatches).toBe(0);
      expect(v.valid).toBeGreaterThan(0);
      expect(v.valid).toBeLessThan(v.total);
    }
  });

  it("the client figure's fixed body is a valid policy collection", async () => {
    const { validateIpsecPolicyResponse } = await import("@ontap-sec/client-9.10");
    expect(validateIpsecPolicyResponse(policyCollection(20))).toEqual([]);
  });

  it("a run fails only on a missed target, never on an information figure", () => {
    const fig = (ok: boolean | undefined) => ({ name: "x", measured: "", ratio: 9, target: ok === undefined ? "info" : "≤ 1×", ...(ok === undefined ? {} : { ok }) });
    expect(exitCode([fig(true), fig(undefined)])).toBe(0);
    expect(exitCode([])).toBe(0);
    expect(exitCode([fig(true), fig(false), fig(undefined)])).toBe(1);
  });

  it("helpers: medians, interleaving, tables", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(spread([1, 1, 1, 1])).toBe(0);
    // Per-round ratios: a load spike in round 2 slows both sides and does not move the ratio.
    expect(pairedRatio([1.1, 5.5, 1.1], [1, 5, 1])).toBeCloseTo(1.1);
    expect(pairedRatio([2, 1, 3], [1, 1, 1])).toBe(2);
    expect(() => pairedRatio([1], [1, 2])).toThrow(/1 vs 2 samples/);
    const order: string[] = [];
    const t = interleaveSync({ a: () => order.push("a"), b: () => order.push("b") }, { rounds: 2, warmup: 0 });
    expect(order).toEqual(["a", "b", "b", "a"]);
    expect(t.a).toHaveLength(2);
    const f = [{ name: "x", measured: "1 vs 2", ratio: 0.5, target: "≤ 1×", ok: true }];
    expect(table(f)).toContain("0.50×");
    expect(markdown(f)).toContain("| x | 1 vs 2 | 0.50× | ≤ 1× | ✓ |");
    expect(describeMachine().nproc).toBeGreaterThan(0);
  });
});
