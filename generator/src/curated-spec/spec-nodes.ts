// Reading the resolved curated spec before (and while) it is checked: it is YAML as written, so each
// step narrows `unknown` instead of trusting a shape the lints have yet to confirm.
import { isObject, type JsonObject } from "@ontap-sec/slice-model";

/** `node[k0][k1]…`, or undefined as soon as a step is not an object. */
export function childAt(node: unknown, ...keys: string[]): unknown {
  let cur = node;
  for (const k of keys) cur = isObject(cur) ? cur[k] : undefined;
  return cur;
}

/** The spec's component schemas by name (empty when there are none). */
export function componentSchemas(root: JsonObject): JsonObject {
  const schemas = childAt(root, "components", "schemas");
  return isObject(schemas) ? schemas : {};
}
