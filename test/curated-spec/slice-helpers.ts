import { Ajv2020 } from "ajv/dist/2020.js";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { SPEC_ROOT } from "../../generator/src/paths.js";

let cached: Promise<{ releases: string[]; slices: Map<string, any> }> | undefined;

/** The curated spec sliced for every release (loaded once per test file). */
export function realSlices() {
  cached ??= (async () => {
    const { spec, releases } = await loadCheckedSpec(SPEC_ROOT);
    return { releases, slices: new Map(releases.map((r) => [r, sliceSpec(spec.root, r)])) };
  })();
  return cached;
}

/** An ajv instance holding one slice; `validator(pointer)` validates against any node of it. */
export function sliceValidator(slice: any) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: "https://ontap-sec.test/slice.json", components: slice.components });
  return (pointer: string) => ajv.compile({ $ref: `https://ontap-sec.test/slice.json#${pointer}` });
}
