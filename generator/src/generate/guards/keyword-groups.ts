// Which type-specific keywords a schema has, and whether a value reaching them still needs a type
// test first (JSON Schema applies e.g. maxLength only to strings).
import { type JsonType, type Primitive, type SchemaNode, typeAllowed, typeOfPrimitive } from "./schema-node.js";
import { typeCondition } from "./type-test.js";

export type Group = "string" | "number" | "object" | "array";

const GROUP_TYPES: Record<Group, readonly JsonType[]> = {
  string: ["string"],
  number: ["integer", "number"],
  object: ["object"],
  array: ["array"],
};

function hasGroup(n: SchemaNode, g: Group): boolean {
  switch (g) {
    case "string":
      return n.minLength !== undefined || n.maxLength !== undefined || n.pattern !== undefined || n.format?.regex !== undefined;
    case "number":
      return n.minimum !== undefined || n.maximum !== undefined || n.exclusiveMinimum !== undefined || n.exclusiveMaximum !== undefined;
    case "object":
      return n.properties !== undefined || n.required !== undefined || n.additional !== undefined;
    case "array":
      return n.items !== undefined || n.minItems !== undefined || n.maxItems !== undefined;
  }
}

/** The enum/const values, when the schema lists them. */
function listedValues(n: SchemaNode): Primitive[] | undefined {
  if (n.const) return [n.const.value];
  return n.enum;
}

/** Whether the enum/const check alone already proves the `type` keyword. */
export function typeImpliedByValues(n: SchemaNode): boolean {
  const values = listedValues(n);
  const types = n.types;
  return !!values && !!types && values.every((v) => typeAllowed(typeOfPrimitive(v), types));
}

/**
 * How the keywords of group `g` are reached once the type test passed: `skip` (the type excludes
 * them), `direct` (the type guarantees them), or a condition to test first.
 */
export function groupGuard(n: SchemaNode, g: Group, v: string): "skip" | "direct" | string {
  if (!hasGroup(n, g)) return "skip";
  const types = n.types;
  if (types) {
    const inGroup = types.filter((t) => GROUP_TYPES[g].includes(t));
    if (inGroup.length === 0) return "skip";
    if (inGroup.length === types.length) return "direct";
  }
  return g === "number" ? `typeof ${v} === "number"` : typeCondition(g, v);
}

/** Whether testing `n` may touch an object or array (property reads, proxies): such code runs under try/catch. */
export function mayReadContainer(n: SchemaNode): boolean {
  const types = n.types;
  const containerType = !!types && (types.includes("object") || types.includes("array"));
  return containerType || groupGuard(n, "object", "v") !== "skip" || groupGuard(n, "array", "v") !== "skip";
}

export function literal(v: Primitive): string {
  return JSON.stringify(v);
}
