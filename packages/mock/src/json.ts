// JSON objects as the mock receives, stores and answers them. Their shapes come from the release's
// slice at run time (body.ts checks a body against it), so code reads them by name through these
// helpers instead of through TypeScript interfaces written per release.
export type JsonObject = Record<string, unknown>;

export const isObj = (x: unknown): x is JsonObject => x !== null && typeof x === "object" && !Array.isArray(x);

/** The value at a dotted path (`certificate.uuid`); undefined where a step is not an object. */
export function valueAt(x: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((a, k) => (isObj(a) ? a[k] : undefined), x);
}

/** The object under `key`, created empty when there is none (to build nested records). */
export function objectAt(obj: JsonObject, key: string): JsonObject {
  const v = obj[key];
  if (isObj(v)) return v;
  const created: JsonObject = {};
  obj[key] = created;
  return created;
}
