// Lookups in a release's error catalog (the `errorCatalog` of @ontap-sec/client-<release>): the
// generated `isErrorCode` and `describeError` of each package are typed faces of these two.
import type { ErrorCatalogEntry } from "./contract.js";

/** What a catalog tells about one error code. */
export interface ErrorDescription<Name extends string = string> {
  name: Name;
  message: string;
  status: number;
}

/** Whether `code` is a key of `catalog` (own keys only: `"toString"` or `"__proto__"` are no codes). */
export function isCatalogCode<Code extends string>(catalog: Readonly<Record<Code, ErrorCatalogEntry>>, code: unknown): code is Code {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(catalog, code);
}

/**
 * The name, message and HTTP status the catalog gives `code` (a number is read as its digits, as
 * ONTAP's codes are strings of digits on the wire); undefined for a code it does not document.
 */
export function describeCatalogCode<Code extends string, Name extends string = string>(
  catalog: Readonly<Record<Code, ErrorCatalogEntry>>,
  code: string | number,
): ErrorDescription<Name> | undefined {
  const key = String(code);
  if (!isCatalogCode(catalog, key)) return undefined;
  const e = catalog[key];
  return { name: e.name as Name, message: e.message, status: e.status };
}
