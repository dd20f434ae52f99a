// fast-check arbitraries derived from a slice's JSON schemas: values that should be valid, and
// mutants — a valid value broken at one place (the path says where). The verdict oracle is ajv;
// these only aim at the interesting corners (limits, enums, missing/extra properties, junk).
import fc from "fast-check";

const IDENT = /^[A-Za-z_$][\w$]*$/;
const seg = (k: string) => (IDENT.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

export interface Mutant {
  value: unknown;
  /** JSON path (relative, "" = this value) of the broken place. */
  path: string;
}

/** Junk of every kind: JSON values, objects without prototype, boxed values, sparse arrays, odd keys. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 2,
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withTypedArray: true,
  }),
  fc.constantFrom<unknown>(undefined, null, NaN, Infinity, -0, 1.5, "", "x", true, [], {}, () => 1, Symbol("s"), 10n),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(`{"__proto__": ${JSON.stringify(v)}, "constructor": 1}`)),
  fc.constant(JSON.parse('{"__proto__": {"name": "x"}, "name": 1}')),
);

export class SchemaArbitraries {
  private readonly validMemo = new Map<object, fc.Arbitrary<unknown>>();
  private readonly mutantMemo = new Map<object, fc.Arbitrary<Mutant>>();

  constructor(private readonly schemas: Record<string, any>) {}

  /** The schema after following `$ref` and single-element allOf. */
  deref(s: any): any {
    for (let i = 0; i < 50 && s && typeof s === "object"; i++) {
      if (typeof s.$ref === "string") s = this.schemas[s.$ref.replace("#/components/schemas/", "")];
      else if (Array.isArray(s.allOf) && s.allOf.length === 1 && Object.keys(s).every((k) => k === "allOf" || !isKeyword(k))) s = s.allOf[0];
      else break;
    }
    return s;
  }

  component(name: string): any {
    return this.schemas[name];
  }

  valid(schema: any, depth = 0): fc.Arbitrary<unknown> {
    const s = this.deref(schema);
    if (s === true || s === undefined) return fc.jsonValue({ maxDepth: 1 });
    if (s === false) return fc.constant(undefined);
    let arb = this.validMemo.get(s);
    if (!arb) {
      arb = this.buildValid(s, depth);
      this.validMemo.set(s, arb);
    }
    return arb;
  }

  private buildValid(s: any, depth: number): fc.Arbitrary<unknown> {
    if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
    if ("const" in s) return fc.constant(s.const);
    const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ["object"] : s.items ? ["array"] : [];
    if (types.length === 0) return fc.jsonValue({ maxDepth: 1 });
    return fc.oneof(...types.map((t) => this.validOfType(s, t, depth)));
  }

  private validOfType(s: any, t: string, depth: number): fc.Arbitrary<unknown> {
    switch (t) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
        return fc.integer({ min: s.minimum ?? -2_000_000_000, max: s.maximum ?? 2_000_000_000 });
      case "number":
        return fc.double({ min: s.minimum ?? -1e12, max: s.maximum ?? 1e12, noNaN: true, noDefaultInfinity: true });
      case "string": {
        if (s.pattern) return fc.stringMatching(new RegExp(s.pattern, "u"));
        // Both cases of hex digits and the urn prefix: ajv-formats accepts all three.
        if (s.format === "uuid") return fc.oneof(fc.uuid(), fc.uuid().map((u) => u.toUpperCase()), fc.uuid().map((u) => `urn:uuid:${u}`));
        const minLength = s.minLength ?? 0;
        const maxLength = Math.min(s.maxLength ?? minLength + 24, minLength + 40);
        return fc.oneof(
          fc.string({ minLength, maxLength, unit: "grapheme-ascii" }),
          fc.string({ minLength, maxLength, unit: "binary" }), // astral code points: surrogate pairs count once
          fc.constantFrom(minLength, maxLength).map((n) => "😀".repeat(n)),
        );
      }
      case "array":
        // Short arrays: one bad element is what matters, and big records are slow to generate.
        return fc.array(this.valid(s.items ?? true, depth + 1), {
          minLength: s.minItems ?? 0,
          maxLength: Math.min(s.maxItems ?? 2, (s.minItems ?? 0) + 2),
        });
      case "object": {
        const props: Record<string, any> = s.properties ?? {};
        const required: string[] = s.required ?? [];
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, p] of Object.entries(props)) if (depth < 8 || required.includes(k)) model[k] = this.valid(p, depth + 1);
        const rec = fc.record(model, { requiredKeys: required.filter((k) => k in model) });
        if (s.additionalProperties === false) return rec;
        // Read shapes accept properties of other releases.
        return fc
          .tuple(rec, fc.dictionary(fc.constantFrom("extra", "future_field", "x-y", "__proto__"), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }))
          .map(([r, extra]) => {
            const o: Record<string, unknown> = { ...(r as object) };
            for (const [k, v] of Object.entries(extra))
              if (!(k in props)) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
            return o;
          });
      }
      default:
        return fc.jsonValue({ maxDepth: 1 });
    }
  }

  /** A valid value broken at one place (or junk replacing it). */
  mutant(schema: any, depth = 0): fc.Arbitrary<Mutant> {
    const s = this.deref(schema);
    if (s === true || s === false || s === undefined) return junk.map((value) => ({ value, path: "" }));
    let arb = this.mutantMemo.get(s);
    if (!arb) {
      arb = this.buildMutant(s, depth);
      this.mutantMemo.set(s, arb);
    }
    return arb;
  }

  private buildMutant(s: any, depth: number): fc.Arbitrary<Mutant> {
    const here = (a: fc.Arbitrary<unknown>) => a.map((value) => ({ value, path: "" }));
    const options: fc.WeightedArbitrary<Mutant>[] = [{ arbitrary: here(junk), weight: 2 }];
    const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
    if (Array.isArray(s.enum))
      options.push({ arbitrary: here(fc.oneof(fc.constantFrom(...s.enum.map((v: unknown) => `${v}x`), "", "BYPASS"), fc.string())), weight: 3 });
    if (types.includes("string")) {
      const n = s.minLength ?? 0;
      const m = s.maxLength;
      const bad: fc.Arbitrary<unknown>[] = [fc.integer(), fc.constant(null)];
      if (s.format === "uuid")
        bad.push(fc.constantFrom("", "1cd8a442-86d1-11e0-ae1c-12347856341", "1cd8a442-86d1-11e0-ae1c-1234785634123", "1cd8a44286d111e0ae1c123478563412", "urn:uuid:", "g0000000-0000-0000-0000-000000000000"), fc.uuid().map((u) => ` ${u}`));
      if (n > 0) bad.push(fc.constantFrom("".padEnd(n - 1, "a"), "😀".repeat(n - 1), "😀".repeat(n - 1) + "\ud83d", "\ude00".repeat(n - 1)));
      if (m !== undefined)
        bad.push(
          fc.constantFrom("a".repeat(m + 1), "😀".repeat(m + 1), "😀".repeat(m), "😀".repeat(m) + "a", "\ud83d".repeat(m + 1), "a".repeat(m * 2 + 5)),
        );
      options.push({ arbitrary: here(fc.oneof(...bad)), weight: 4 });
    }
    if (types.includes("integer") || types.includes("number")) {
      const bad: unknown[] = [1.5, NaN, Infinity, "1", -0];
      if (s.minimum !== undefined) bad.push(s.minimum - 1, s.minimum - 0.5);
      if (s.maximum !== undefined) bad.push(s.maximum + 1, s.maximum + 0.5);
      options.push({ arbitrary: here(fc.constantFrom(...bad)), weight: 3 });
    }
    if (types.includes("boolean")) options.push({ arbitrary: here(fc.constantFrom("true", 0, 1, null)), weight: 2 });
    if (types.includes("array") || s.items) {
      const items = s.items ?? true;
      const arr = fc.array(this.valid(items, depth + 1), { minLength: 0, maxLength: 1 });
      options.push({
        arbitrary: fc.tuple(arr, this.mutant(items, depth + 1), fc.nat()).map(([a, m, at]) => {
          const i = at % (a.length + 1);
          const copy = [...a];
          copy.splice(i, 0, m.value);
          return { value: copy, path: `[${i}]${m.path}` };
        }),
        weight: 4,
      });
      options.push({ arbitrary: here(fc.constantFrom({}, "[]", { length: 1, 0: 1 })), weight: 1 });
    }
    if (types.includes("object") || s.properties) {
      const props: Record<string, any> = s.properties ?? {};
      const required: string[] = s.required ?? [];
      const base = this.valid(s, depth) as fc.Arbitrary<Record<string, unknown>>;
      const keys = Object.keys(props);
      if (keys.length > 0 && depth < 8)
        options.push({
          arbitrary: fc.oneof(
            ...keys.map((k) =>
              fc.tuple(base, this.mutant(props[k], depth + 1)).map(([o, m]) => ({ value: { ...o, [k]: m.value }, path: seg(k) + m.path })),
            ),
          ),
          weight: 6,
        });
      if (required.length > 0)
        options.push({
          arbitrary: fc.tuple(base, fc.constantFrom(...required)).map(([o, k]) => {
            const copy = { ...o };
            delete copy[k];
            return { value: copy, path: seg(k) };
          }),
          weight: 3,
        });
      options.push({
        arbitrary: fc.tuple(base, fc.constantFrom("extra", "__proto__", "odd key", "constructor"), fc.jsonValue({ maxDepth: 1 })).map(([o, k, v]) => {
          const copy = { ...o };
          Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
          return { value: copy, path: seg(k) };
        }),
        weight: 3,
      });
      options.push({ arbitrary: here(fc.constantFrom([], "{}", null, [{}])), weight: 1 });
    }
    return fc.oneof(...options);
  }
}

function isKeyword(k: string): boolean {
  return !["description", "title", "examples", "example", "readOnly", "writeOnly", "default", "deprecated"].includes(k) && !k.startsWith("x-");
}
