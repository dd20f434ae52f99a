// Lookups in a release's error catalog (packages/runtime/src/error-catalog.ts), which every
// generated package's isErrorCode and describeError call.
import { describe, expect, it } from "vitest";
import { describeCatalogCode, isCatalogCode, type ErrorCatalogEntry } from "../../packages/runtime/src/index.ts";

const catalog: Readonly<Record<"66060289" | "2", ErrorCatalogEntry>> = {
  "66060289": { name: "IPSEC_POLICY_NAME_EXISTS", message: "A policy with that name exists.", status: 409, common: false },
  "2": { name: "ENTRY_DOES_NOT_EXIST", message: "Entry doesn't exist.", status: 404, common: true },
};

describe("isCatalogCode", () => {
  it("is true for the catalog's own codes only", () => {
    expect(isCatalogCode(catalog, "66060289")).toBe(true);
    expect(isCatalogCode(catalog, "2")).toBe(true);
    expect(isCatalogCode(catalog, "3")).toBe(false);
    expect(isCatalogCode(catalog, "toString")).toBe(false);
    expect(isCatalogCode(catalog, "__proto__")).toBe(false);
  });

  it("takes strings only (wire codes are strings of digits)", () => {
    expect(isCatalogCode(catalog, 2)).toBe(false);
    expect(isCatalogCode(catalog, undefined)).toBe(false);
    expect(isCatalogCode(catalog, null)).toBe(false);
  });
});

describe("describeCatalogCode", () => {
  it("gives name, message and status of a code, without the common flag", () => {
    expect(describeCatalogCode(catalog, "66060289")).toEqual({ name: "IPSEC_POLICY_NAME_EXISTS", message: "A policy with that name exists.", status: 409 });
  });

  it("reads a number as its digits", () => {
    expect(describeCatalogCode(catalog, 2)).toEqual({ name: "ENTRY_DOES_NOT_EXIST", message: "Entry doesn't exist.", status: 404 });
  });

  it("is undefined for a code the catalog does not document", () => {
    expect(describeCatalogCode(catalog, "999")).toBeUndefined();
    expect(describeCatalogCode(catalog, "constructor")).toBeUndefined();
  });
});
