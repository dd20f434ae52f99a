// JavaScript conditions testing a value's JSON type, exactly as ajv tests them.
import type { JsonType } from "./schema-node.js";

export function typeCondition(t: JsonType, v: string): string {
  switch (t) {
    case "string":
      return `typeof ${v} === "string"`;
    case "integer":
      return `Number.isInteger(${v})`;
    case "number":
      return `Number.isFinite(${v})`;
    case "boolean":
      return `typeof ${v} === "boolean"`;
    case "null":
      return `${v} === null`;
    case "object":
      return `typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})`;
    case "array":
      return `Array.isArray(${v})`;
  }
}

/** A condition true when `v` has one of `types`. */
function typesCondition(types: readonly JsonType[], v: string): string {
  if (types.length === 1) return typeCondition(types[0]!, v);
  return types.map((t) => `(${typeCondition(t, v)})`).join(" || ");
}

/** A condition true when `v` has none of `types`. */
export function notTypesCondition(types: readonly JsonType[], v: string): string {
  if (types.length === 1) {
    switch (types[0]!) {
      case "string":
        return `typeof ${v} !== "string"`;
      case "boolean":
        return `typeof ${v} !== "boolean"`;
      case "null":
        return `${v} !== null`;
      case "array":
        return `!Array.isArray(${v})`;
      case "object":
        return `typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})`;
      default:
        return `!${typeCondition(types[0]!, v)}`;
    }
  }
  return `!(${typesCondition(types, v)})`;
}
