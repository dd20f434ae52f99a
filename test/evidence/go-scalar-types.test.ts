// go-swagger's Go types of model fields, read back as the JSON type the swagger gave them.
import { describe, expect, it } from "vitest";
import { scalarJsonType } from "../../generator/src/evidence/go-model.js";

describe("scalarJsonType", () => {
  it("reads every strfmt string format as a string", () => {
    for (const t of ["strfmt.DateTime", "*strfmt.UUID", "*strfmt.Password", "strfmt.URI", "*strfmt.Email", "strfmt.Date"]) expect(scalarJsonType(t), t).toBe("string");
  });
  it("reads Go scalars and slices", () => {
    expect(scalarJsonType("*bool")).toBe("boolean");
    expect(scalarJsonType("*int64")).toBe("integer");
    expect(scalarJsonType("float64")).toBe("number");
    expect(scalarJsonType("[]*string")).toBe("array");
  });
  it("leaves types it cannot map to the caller", () => {
    expect(scalarJsonType("strfmt.Registry")).toBeUndefined();
    expect(scalarJsonType("interface{}")).toBeUndefined();
    expect(scalarJsonType("*SecurityCertificateAzure")).toBeUndefined();
  });
});
