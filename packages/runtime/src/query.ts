// ONTAP wants `fields=a,b` and `order_by=name desc` sent as `order_by=name%20desc`. openapi-fetch's
// default explodes arrays (`fields=a&fields=b`, which ONTAP reads as the last value only) and
// URLSearchParams writes spaces as `+`, which ONTAP does not read as a space.

const enc = (value: unknown): string => encodeURIComponent(String(value));

/**
 * Serializes query parameters the way ONTAP reads them: arrays comma-joined (each element
 * percent-encoded, so a comma inside an element stays distinguishable), nested objects as the
 * dotted names ONTAP uses for filters (`{ svm: { name: "vs1" } }` → `svm.name=vs1`).
 */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  const add = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      if (value.length > 0) parts.push(`${enc(name)}=${value.map(enc).join(",")}`);
    } else if (typeof value === "object" && !(value instanceof Date)) {
      for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner);
    } else {
      parts.push(`${enc(name)}=${enc(value instanceof Date ? value.toISOString() : value)}`);
    }
  };
  for (const [name, value] of Object.entries(query ?? {})) add(name, value);
  return parts.join("&");
}
