// Figure 1: generated guards vs ajv (2020, compiled from the same release slice,
// strict:false, formats checked (ajv-formats); strictNumbers:true as in the guards' agreement tests —
// irrelevant here since every corpus value went through JSON). Corpus: for every component schema
// of the release, valid records and records broken at one place (fast-check, fixed seed, the same
// generators as test/guards), each JSON round-tripped as a wire record would be.
// Verdicts must be identical for every value (asserted here and printed).
//
// zod: not measured. It is not installed, and a fair comparison needs zod schemas equivalent to the
// slices (additionalProperties per shape, code-point string lengths, integer/number limits, enums,
// nullable) for 30+ components per release: that is a second generator, not a cheap addition.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { SchemaArbitraries } from "../../test/guards/helpers/schema-arbitraries.js";
import { ROOT } from "../lib/paths.js";
import { fmtRate, median, interleaveSync, type Figure } from "../lib/stats.js";
import { NEWEST } from "../lib/releases.js";

// ajv-formats is CommonJS; its module object carries the plugin as `.default` under ESM and in its types.
const addFormats = addFormatsModule.default;

type Check = (v: unknown) => boolean;
type Problems = (v: unknown) => unknown[];

export interface Corpus {
  release: string;
  components: string[];
  /** Parallel arrays: the component index and the value. */
  of: number[];
  values: unknown[];
  valid: number;
}

const typeName = (c: string) => c.split(/[_\-.]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");

/** What the figure reads of a release slice (packages/client-<r>/openapi.json). */
interface Slice {
  info: Record<string, unknown>;
  components: { schemas: Record<string, unknown> };
}

/** A release package's exports, looked up by guard name (`isX`, `validateX`). */
type GuardModule = Record<string, (value: unknown) => unknown>;

export function buildCorpus(slice: Slice, perComponent: number, seed = 42): Corpus {
  const schemas = slice.components.schemas;
  const arbs = new SchemaArbitraries(schemas);
  const components = Object.keys(schemas).sort();
  const of: number[] = [];
  const values: unknown[] = [];
  components.forEach((c, i) => {
    const ref = { $ref: `#/components/schemas/${c}` };
    const valid = fc.sample(arbs.valid(ref), { numRuns: perComponent, seed });
    const mutants = fc.sample(arbs.mutant(ref), { numRuns: perComponent, seed: seed + 1 }).map((m) => m.value);
    for (const v of [...valid, ...mutants]) {
      let json: string | undefined;
      try {
        json = JSON.stringify(v);
      } catch {
        json = undefined;
      }
      if (json === undefined) continue;
      of.push(i);
      values.push(JSON.parse(json));
    }
  });
  return { release: String(slice.info["x-ontap-release"]), components, of, values, valid: 0 };
}

export async function loadGuards(release: string): Promise<GuardModule> {
  return import(`@ontap-sec/client-${release}`) as Promise<GuardModule>;
}

export function ajvFor(slice: Slice, allErrors: boolean): Record<string, Check & { errors?: unknown[] | null }> {
  const ajv = new Ajv2020({ strict: false, strictNumbers: true, validateFormats: true, allErrors });
  addFormats(ajv);
  const id = "https://ontap-sec.bench/slice.json";
  ajv.addSchema({ $id: id, components: slice.components }, id);
  return Object.fromEntries(Object.keys(slice.components.schemas).map((c) => [c, ajv.compile({ $ref: `${id}#/components/schemas/${c}` }) as Check]));
}

/** Every value judged by ajv, isX and validateX; returns the count of disagreements and of valid values. */
export function verdicts(corpus: Corpus, guards: GuardModule, ajv: Record<string, Check>): { mismatches: number; valid: number; total: number } {
  let mismatches = 0;
  let valid = 0;
  corpus.values.forEach((v, i) => {
    const c = corpus.components[corpus.of[i]!]!;
    const a = ajv[c]!(v);
    const g = guards[`is${typeName(c)}`]!(v) as boolean;
    const p = (guards[`validate${typeName(c)}`]!(v) as unknown[]).length === 0;
    if (a !== g || g !== p) mismatches++;
    if (a) valid++;
  });
  return { mismatches, valid, total: corpus.values.length };
}

export async function guardsFigures(releases = ["9.10", NEWEST], opts: { perComponent?: number; rounds?: number } = {}): Promise<Figure[]> {
  const perComponent = opts.perComponent ?? 150;
  const rounds = opts.rounds ?? 15;
  const figures: Figure[] = [];
  for (const release of releases) {
    const slice = JSON.parse(readFileSync(path.join(ROOT, `packages/client-${release}/openapi.json`), "utf8")) as Slice;
    const corpus = buildCorpus(slice, perComponent);
    const guards = await loadGuards(release);
    const ajvFirst = ajvFor(slice, false);
    const ajvAll = ajvFor(slice, true);
    const check = verdicts(corpus, guards, ajvFirst);
    const checkAll = verdicts(corpus, guards, ajvAll);
    const n = corpus.values.length;
    // Per value: the function to call, resolved up front so the loops cost the same.
    const pick = <T>(f: (c: string) => T) => corpus.of.map((k) => f(corpus.components[k]!));
    const isFns = pick((c) => guards[`is${typeName(c)}`] as Check);
    const valFns = pick((c) => guards[`validate${typeName(c)}`] as Problems);
    const ajvFns = pick((c) => ajvFirst[c]!);
    const ajvAllFns = pick((c) => ajvAll[c]!);
    const vals = corpus.values;
    const loop = (fns: Check[]) => () => {
      let ok = 0;
      for (let i = 0; i < n; i++) if (fns[i]!(vals[i])) ok++;
      return ok;
    };
    const loopP = (fns: Problems[]) => () => {
      let ok = 0;
      for (let i = 0; i < n; i++) if (fns[i]!(vals[i]).length === 0) ok++;
      return ok;
    };
    const t = interleaveSync(
      { ajv: loop(ajvFns), is: loop(isFns), ajvAll: loop(ajvAllFns), validate: loopP(valFns) },
      { rounds, inner: 3, warmup: 3 },
    );
    const rate = (k: string) => n / (median(t[k]!) / 1000);
    const same = check.mismatches === 0 && checkAll.mismatches === 0;
    figures.push(
      {
        name: `guards ${release}: isX vs ajv (first error)`,
        measured: `${fmtRate(rate("is"))} vs ${fmtRate(rate("ajv"))} · ${n} values (${check.valid} valid, ${corpus.components.length} schemas)`,
        ratio: rate("is") / rate("ajv"),
        target: "≥ 1.5×",
        ok: rate("is") / rate("ajv") >= 1.5 && same,
      },
      {
        name: `guards ${release}: validateX vs ajv (allErrors)`,
        measured: `${fmtRate(rate("validate"))} vs ${fmtRate(rate("ajvAll"))}`,
        ratio: rate("validate") / rate("ajvAll"),
        target: "≥ 1.5×",
        ok: rate("validate") / rate("ajvAll") >= 1.5 && same,
      },
      {
        name: `guards ${release}: verdicts identical to ajv`,
        measured: `${n - check.mismatches}/${n} same (is, validate, ajv), ${n - checkAll.mismatches}/${n} vs ajv allErrors`,
        ratio: same ? 1 : (n - check.mismatches) / n,
        target: "= 1 (all)",
        ok: same,
      },
    );
  }
  return figures;
}
