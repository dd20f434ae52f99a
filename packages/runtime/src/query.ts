import { createQuerySerializer } from "openapi-fetch";

// ONTAP wants `fields=a,b` and `order_by=name desc` sent as `order_by=name%20desc`. openapi-fetch's
// default explodes arrays (`fields=a&fields=b`, which ONTAP reads as the last value only) and
// URLSearchParams writes spaces as `+`, which ONTAP does not read as a space. openapi-fetch's form
// style without explode writes arrays ONTAP's way (each element percent-encoded, so a comma inside
// one stays distinguishable from the separator); what it lacks are ONTAP's dotted filter names.
const form = createQuerySerializer({ array: { style: "form", explode: false } });

/**
 * Serializes query parameters the way ONTAP reads them: arrays comma-joined, nested objects as the
 * dotted names ONTAP uses for filters (`{ svm: { name: "vs1" } }` → `svm.name=vs1`), dates as ISO 8601.
 */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  const flat: Record<string, unknown> = {};
  const add = (name: string, value: unknown): void => {
    if (value instanceof Date) flat[name] = value.toISOString();
    else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner);
    } else flat[name] = value;
  };
  for (const [name, value] of Object.entries(query ?? {})) add(name, value);
  return form(flat);
}
