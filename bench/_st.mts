import ts from "typescript";
import { loadCheckedSpec } from "../generator/src/spec/check-spec.js";
import { SPEC_ROOT } from "../generator/src/paths.js";
import { sliceSpec } from "../generator/src/slice/slice-spec.js";
import { emitTypes } from "../generator/src/generate/emit-types.js";
import { formatTs } from "../generator/src/generate/format.js";
import { emitIndex } from "../generator/src/generate/emit-index.js";
import { emitGuards } from "../generator/src/generate/guards/index.js";
const { spec } = await loadCheckedSpec(SPEC_ROOT);
for (let rep = 0; rep < 3; rep++) {
  const T: Record<string, number> = {};
  const time = async <X>(k: string, f: () => X | Promise<X>) => { const t = performance.now(); const x = await f(); T[k] = performance.now() - t; return x; };
  const slice = await time("slice", () => sliceSpec(spec.root, "9.15"));
  const types = await time("emitTypes", () => emitTypes(slice, "// h\n"));
  const ftypes = await time("prettier types", () => formatTs(types, "t"));
  const guards = await time("emitGuards", () => emitGuards(structuredClone(slice), { header: "// h\n" }));
  const fguards = await time("prettier guards", () => formatTs(guards, "g"));
  await time("emitIndex", () => emitIndex({ "types.ts": ftypes, "guards.ts": fguards }, "// h\n"));
  await time("ts.createSourceFile both", () => { ts.createSourceFile("a.ts", ftypes, ts.ScriptTarget.Latest, false); ts.createSourceFile("b.ts", fguards, ts.ScriptTarget.Latest, false); });
  console.log(Object.entries(T).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(" | "), "same-after-prettier:", types === ftypes, guards === fguards, guards.length);
}
