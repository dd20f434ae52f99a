// Quick throughput: emitted isX vs ajv (same options as the tests) on realistic response records.
import { transformSync } from "esbuild";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import { loadCheckedSpec } from "/work/main/generator/src/spec/check-spec.ts";
import { sliceSpec } from "/work/main/generator/src/slice/slice-spec.ts";
import { SPEC_ROOT } from "/work/main/generator/src/paths.ts";
import { emitGuards } from "/work/main/generator/src/generate/guards/index.ts";
import { SchemaArbitraries } from "/work/main/test/guards/helpers/schema-arbitraries.ts";
const { spec } = await loadCheckedSpec(SPEC_ROOT);
const slice = sliceSpec(spec.root, "9.15");
writeFileSync("/tmp/gw/g.mjs", (process.env.PATCH ? (s: string) => s.replace(/const (plain\d+) = \1\$ === Object.prototype \|\| \1\$ === null;/g, "const $1 = true;") : (s: string) => s)(transformSync(emitGuards(slice), { loader: "ts", format: "esm" }).code));
const mod: any = await import(pathToFileURL("/tmp/gw/g.mjs").href);
const ajv = new Ajv2020({ strict: false, strictNumbers: true, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: "s", components: slice.components }, "s");
const arbs = new SchemaArbitraries(slice.components.schemas);
for (const [c, fn] of [["ipsec_policy", "IpsecPolicy"], ["ipsec_policy_create", "IpsecPolicyCreate"], ["security_association", "SecurityAssociation"]]) {
  const v = ajv.compile({ $ref: `s#/components/schemas/${c}` });
  const data = fc.sample(arbs.valid({ $ref: `#/components/schemas/${c}` }), { numRuns: 2000, seed: 42 }).map((x) => JSON.parse(JSON.stringify(x)));
  for (const d of data) if (v(d) !== mod[`is${fn}`](d)) throw new Error("verdict differs");
  const run = (f: (x: unknown) => unknown) => { let ok = 0; const t = performance.now(); for (let k = 0; k < 200; k++) for (const d of data) if (f(d)) ok++; return (200 * data.length) / (performance.now() - t); };
  for (let w = 0; w < 3; w++) { run(v); run(mod[`is${fn}`]); run(mod[`validate${fn}`]); }
  const a = run(v), g = run(mod[`is${fn}`]), val = run((x) => mod[`validate${fn}`](x).length === 0);
  console.log(`${c}: ajv ${a.toFixed(0)}/ms, is ${g.toFixed(0)}/ms (×${(g / a).toFixed(2)}), validate ${val.toFixed(0)}/ms (×${(val / a).toFixed(2)})`);
}
