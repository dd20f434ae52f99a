// The wording of the problems a generated validator reports. Messages never quote the checked
// value (it may be a secret); they say what was expected.
import type { JsonType, Primitive } from "./schema-node.js";

const ARTICLE: Record<JsonType, string> = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  null: "null",
  object: "an object",
  array: "an array",
};

export const messages = {
  type: (types: readonly JsonType[]) => {
    const words = types.map((t) => ARTICLE[t]);
    return `must be ${words.length > 1 ? words.slice(0, -1).join(", ") + " or " + words[words.length - 1] : words[0]}`;
  },
  enum: (values: readonly Primitive[]) =>
    values.length === 1 ? `must be ${JSON.stringify(values[0])}` : `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`,
  const: (value: Primitive) => `must be ${JSON.stringify(value)}`,
  minLength: (n: number) => `must be at least ${n} character${n === 1 ? "" : "s"}`,
  maxLength: (n: number) => `must be at most ${n} character${n === 1 ? "" : "s"}`,
  pattern: (p: string) => `must match the pattern ${p}`,
  format: (f: string) => `must be a valid ${f}`,
  minimum: (n: number) => `must be at least ${n}`,
  maximum: (n: number) => `must be at most ${n}`,
  exclusiveMinimum: (n: number) => `must be greater than ${n}`,
  exclusiveMaximum: (n: number) => `must be less than ${n}`,
  minItems: (n: number) => `must have at least ${n} item${n === 1 ? "" : "s"}`,
  maxItems: (n: number) => `must have at most ${n} item${n === 1 ? "" : "s"}`,
  required: "is required",
  unknownRequestProperty: "is not a property of this release's request body",
  unknownProperty: "is not an allowed property",
  never: "is not allowed",
  anyOf: "must match at least one of the allowed shapes",
  oneOf: "must match exactly one of the allowed shapes",
  unreadable: "could not be read (a getter or proxy trap threw, or too deeply nested)",
  invalid: "is invalid",
};
