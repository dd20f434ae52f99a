// JSON objects as the mock receives, stores and answers them. Their shapes come from the release's
// slice at run time (body.ts checks a body against it), so code reads them by name through these
// helpers instead of through TypeScript interfaces written per release.
export type JsonObject = Record<string, unknown>;

export const isObj = (x: unknown): x is JsonObject => x !== null && typeof x === "object" && !Array.isArray(x);

/** The value at a dotted path (`certificate.uuid`); undefined where a step is not an object. */
export function valueAt(x: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((a, k) => (isObj(a) ? a[k] : undefined), x);
}

/** Sets the value at a dotted path, creating the objects along it. */
export function setAt(obj: JsonObject, path: string, value: unknown): void {
  const segs = path.split(".");
  let cur = obj;
  for (const s of segs.slice(0, -1)) cur = objectAt(cur, s);
  cur[segs[segs.length - 1]!] = value;
}

/** The object under `key`, created empty when there is none (to build nested records). */
export function objectAt(obj: JsonObject, key: string): JsonObject {
  const v = obj[key];
  if (isObj(v)) return v;
  const created: JsonObject = {};
  obj[key] = created;
  return created;
}
