// Shared by the guards-vs-ajv.*.test.ts shards (two files so that CI runs them on two cores).
// Property-based: for every component schema of every release slice of the real spec, the
// emitted guards agree with ajv (2020, formats off) on valid values, targeted mutants and junk.
// A component whose schema is the same in several releases is generated once and each value is
// checked against every one of those releases' guards and ajv validators.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { typeName } from "../../../generator/src/generate/guards/index.js";
import { ajvFor, ajvPaths, guardsFor, type GuardsModule, realSlices } from "./load-guards.js";
import { type Mutant, SchemaArbitraries } from "./schema-arbitraries.js";
import { schemaGroups } from "./schema-groups.js";
import { RELEASES } from "../../releases.js";

const RUNS = process.env.CI ? 1000 : 200;

const within = (p: string, at: string) => p === at || p.startsWith(at + ".") || p.startsWith(at + "[");
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function fail(what: string, value: unknown, detail: unknown): never {
  let shown: string;
  try {
    shown = JSON.stringify(value);
  } catch {
    shown = String(value);
  }
  throw new Error(`${what}\n value: ${shown}\n detail: ${JSON.stringify(detail)}`);
}

const mods = new Map<string, GuardsModule>();
const ajvs = new Map<string, Map<string, any>>();

/** Every check for one value against one release; returns the guard's verdict. */
function agree(release: string, component: string, value: unknown, mutation?: Mutant): boolean {
  const mod = mods.get(release)!;
  const t = typeName(component);
  const oracle = ajvs.get(release)!.get(component)!;
  const expected = oracle(value) as boolean;
  const verdict = mod[`is${t}`](value) as boolean;
  const where = `${component} @ ${release}`;
  if (verdict !== expected) fail(`${where}: is${t} says ${verdict}, ajv ${expected}`, value, oracle.errors);
  const problems = mod[`validate${t}`](value) as {
    path: string;
    message: string;
  }[];
  if ((problems.length === 0) !== verdict) fail(`${where}: validate${t} disagrees with is${t}`, value, problems);
  if (mod.validators[component] !== mod[`validate${t}`]) fail(`${where}: validators map`, value, null);
  let thrown: any;
  try {
    mod[`assert${t}`](value);
  } catch (e) {
    thrown = e;
  }
  if (verdict) {
    if (thrown !== undefined) fail(`${where}: assert${t} threw on a valid value`, value, String(thrown));
    return true;
  }
  if (!(thrown instanceof mod.GuardError)) fail(`${where}: assert${t} did not throw a GuardError`, value, String(thrown));
  if (thrown.problems.length !== problems.length || !thrown.message.includes(problems[0]!.path)) fail(`${where}: GuardError`, value, thrown.message);
  const ours = new Set(problems.map((p) => p.path));
  const theirs = ajvPaths(oracle.errors, value);
  if (!sameSet(ours, theirs))
    fail(`${where}: problem paths differ from ajv's`, value, {
      ours: [...ours],
      ajv: [...theirs],
    });
  for (const p of problems) if (!/^(must|is) /.test(p.message)) fail(`${where}: odd message`, value, p);
  if (mutation)
    for (const p of problems)
      if (!within(p.path, "$" + mutation.path)) fail(`${where}: ${p.path} is outside the mutation at $${mutation.path}`, value, problems);
  return false;
}

/** Defines the tests of shard `shard` (0-based) of `shards`. */
export async function defineAgreementTests(shard: number, shards: number): Promise<void> {
  const slices = await realSlices();
  const all = schemaGroups(slices);
  const groups = all.filter((_, i) => i % shards === shard);
  const releases = [...new Set(groups.flatMap((g) => g.releases))];
  beforeAll(async () => {
    for (const release of releases) {
      const slice = slices.get(release)!;
      mods.set(release, (await guardsFor(slice)).mod);
      ajvs.set(release, ajvFor(slice));
    }
  });

  describe("guards agree with ajv", () => {
    it("covers every component of every release", () => {
      const covered = all.reduce((n, g) => n + g.releases.length, 0);
      const total = [...slices.values()].reduce((n, s) => n + Object.keys(s.components.schemas).length, 0);
      expect([...slices.keys()]).toEqual(RELEASES);
      expect(covered).toBe(total);
    });

    it.each(groups.map((g) => [`${g.component} (${g.releases.join(", ")})`, g] as const))("%s", (_, g) => {
      const arbs = new SchemaArbitraries(g.schemas);
      const schema = { $ref: `#/components/schemas/${g.component}` };
      fc.assert(
        fc.property(arbs.valid(schema), (value) => {
          for (const r of g.releases) if (!agree(r, g.component, value)) fail("the valid-value arbitrary made an invalid value", value, r);
        }),
        { numRuns: RUNS },
      );
      let invalid = 0;
      fc.assert(
        fc.property(arbs.mutant(schema), (m) => {
          let verdict = true;
          for (const r of g.releases) verdict = agree(r, g.component, m.value, m);
          if (!verdict) invalid++;
        }),
        { numRuns: RUNS },
      );
      // Read shapes accept unknown properties, so some mutants stay valid; most must not.
      expect(invalid).toBeGreaterThan(RUNS / 4);
    });
  });
}
