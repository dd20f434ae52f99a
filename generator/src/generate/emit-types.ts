// src/types.ts: openapi-typescript's output for the slice, plus one alias per component schema.
//
// The slice already splits every schema into its read / `_create` / `_modify` shapes (request
// bodies reference variants without readOnly properties, responses reference read shapes without
// writeOnly ones), so openapi-typescript runs WITHOUT `readWriteMarkers`: its `$Read`/`$Write`
// wrappers would only clutter the component aliases. What it still does with visibility: a
// `readOnly` property (which only read shapes carry) gets the TS `readonly` modifier; `writeOnly`
// is ignored. `defaultNonNullable` is off (see below). Nothing is added or dropped, no optionality
// changed (test/generator/packages.test.ts checks every property of every component).
import type { SliceDocument } from "@ontap-sec/slice-model";
import openapiTS, { astToString, type OpenAPI3, type OpenAPITSOptions } from "openapi-typescript";
import { pascalCase } from "./naming.js";

export const OPENAPI_TS_OPTIONS: OpenAPITSOptions = Object.freeze({
  silent: true,
  alphabetize: false, // the slice is already in a stable order
  additionalProperties: false,
  arrayLength: false,
  // true (the default) would make every property with a `default` non-optional, in request
  // shapes too (component paths are not "requestBody" paths): PATCH /security/ipsec would then
  // require replay_window, and responses (ONTAP returns only the fields asked for) would promise it.
  defaultNonNullable: false,
  emptyObjectsUnknown: false,
  enum: false, // string-literal unions, not TS enums: plain objects stay assignable
  enumValues: false,
  dedupeEnums: false,
  excludeDeprecated: false,
  exportType: false,
  immutable: false,
  pathParamsAsTypes: false, // openapi-fetch needs the template keys
  propertiesRequiredByDefault: false,
  readWriteMarkers: false,
  rootTypes: false, // aliases below use our own naming
  makePathsEnum: false,
  generatePathParams: false,
});

/** The alias name of a component: PascalCase split on `_ - .`. */
export const componentTypeName = (component: string) => pascalCase(component);

export async function emitTypes(slice: SliceDocument, header: string): Promise<string> {
  // openapi-typescript may annotate the document it is given; hand it a copy.
  // (Our slice type is a subset of OpenAPI 3.1; openapi-typescript takes its own OpenAPI3 type.)
  const ast = await openapiTS(structuredClone(slice) as unknown as OpenAPI3, OPENAPI_TS_OPTIONS);
  // The TypeScript printer indents by four spaces; two, as everywhere else (JSDoc continuation
  // lines keep their extra space).
  const body = astToString(ast).replace(/^ +/gm, (m) => " ".repeat((m.length >> 2) * 2 + (m.length & 3)));
  const names = Object.keys(slice.components?.schemas ?? {});
  const seen = new Map<string, string>();
  const aliases: string[] = [];
  for (const n of names) {
    const alias = componentTypeName(n);
    if (seen.has(alias)) throw new Error(`components ${seen.get(alias)} and ${n} both become the type ${alias}`);
    seen.set(alias, n);
    aliases.push(`/** The \`${n}\` schema of ONTAP ${slice.info?.["x-ontap-release"]}. */\nexport type ${alias} = components["schemas"][${JSON.stringify(n)}];`);
  }
  return `${header}\n${body}\n// Component aliases\n${aliases.join("\n")}\n`;
}
