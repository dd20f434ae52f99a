// The `format` keyword, checked exactly as ajv-formats (its default "full" mode) checks it: the
// guard tests the very RegExp ajv-formats exports, emitted as a literal, so guards and ajv agree
// without a run-time dependency. Formats ajv-formats checks with a function (date-time, uri, byte,
// the numeric ones) are refused until the spec needs one: copying a function would drift.
import { fullFormats } from "ajv-formats/dist/formats.js";
import { GuardGenerationError } from "./errors.js";

export function stringFormat(name: string, where: string): { name: string; regex?: RegExp } {
  const def: unknown = Object.hasOwn(fullFormats, name) ? fullFormats[name as keyof typeof fullFormats] : undefined;
  if (def === undefined) throw new GuardGenerationError(where, "format", `unknown format ${JSON.stringify(name)} (ajv-formats does not define it)`);
  if (def === true) return { name };
  if (def instanceof RegExp) return { name, regex: def };
  throw new GuardGenerationError(where, "format", `format ${JSON.stringify(name)} is checked by a function in ajv-formats; the guard generator supports its RegExp formats only`);
}
