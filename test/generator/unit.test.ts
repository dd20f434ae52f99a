// The generator's parts on small inputs.
import type { SliceDocument } from "@ontap-sec/slice-model";
import { describe, expect, it } from "vitest";
import { changesetText, planChangeset } from "../../generator/src/generate/changesets.js";
import { emitIndex } from "../../generator/src/generate/emit-index.js";
import { INITIAL_VERSION, versionFromPackageJson } from "../../generator/src/generate/emit-package-json.js";
import { buildModel, collectSensitive, GenerateError } from "../../generator/src/generate/model.js";
import { pascalCase } from "../../generator/src/generate/naming.js";

const slice = (paths: any, schemas: any = {}): SliceDocument => ({
  openapi: "3.1.0",
  info: { title: "t", version: "9.10", "x-ontap-release": "9.10" },
  paths,
  components: { schemas },
  "x-ontap-error-catalog": { "4": { name: "ENTRY_NOT_FOUND", message: "entry doesn't exist", status: 404, common: true } },
});

describe("naming", () => {
  it("PascalCase splits on _ - .", () => {
    expect(pascalCase("ipsec_policy_create")).toBe("IpsecPolicyCreate");
    expect(pascalCase("ca-certificate.uuid")).toBe("CaCertificateUuid");
    expect(pascalCase("svm")).toBe("Svm");
  });
});

describe("model", () => {
  it("fails loudly on an inline body schema, naming the operation", () => {
    const s = slice({
      "/w": { post: { operationId: "w_create", requestBody: { content: { "application/json": { schema: { type: "object" } } } }, responses: {} } },
    });
    expect(() => buildModel(s)).toThrow(GenerateError);
    expect(() => buildModel(s)).toThrow(/POST \/w \(w_create\) request body: the application\/json body schema is inline/);
  });

  it("fails on an inline 2xx response schema too", () => {
    const s = slice({ "/w": { get: { operationId: "w_get", responses: { "200": { description: "", content: { "application/json": { schema: { type: "string" } } } } } } } });
    expect(() => buildModel(s)).toThrow(/GET \/w \(w_get\) response 200/);
  });

  it("follows $refs to named responses and collects sensitive properties", () => {
    const s: any = slice(
      { "/w": { get: { operationId: "w_get", responses: { "200": { $ref: "#/components/responses/ok" } }, "x-ontap-errors": [{ code: "4", name: "ENTRY_NOT_FOUND", message: "m", status: 404 }] } } },
      { w: { type: "object", properties: { token: { type: "string", "x-ontap-sensitive": true }, n: { $ref: "#/components/schemas/secret" } } }, secret: { type: "string", "x-ontap-sensitive": true } },
    );
    s.components.responses = { ok: { description: "", content: { "application/hal+json": { schema: { $ref: "#/components/schemas/w" }, examples: { a: { value: { n: "x" } } } } } } };
    const m = buildModel(s);
    expect(m.operations[0]!.successBodies["200"]!.component).toBe("w");
    expect(m.operations[0]!.successBodies["200"]!.examples).toEqual([{ mediaType: "application/hal+json", name: "a", value: { n: "x" } }]);
    expect(collectSensitive(s)).toEqual(["n", "token"]);
  });

  it("rejects an operation error code missing from the catalog", () => {
    const s = slice({ "/w": { get: { operationId: "w_get", responses: {}, "x-ontap-errors": [{ code: "77", name: "X", message: "m", status: 400 }] } } });
    expect(() => buildModel(s)).toThrow(/error code 77 is not in the catalog/);
  });
});

describe("package.json version", () => {
  it("keeps the committed version, else starts at 0.1.0", () => {
    expect(versionFromPackageJson(undefined)).toBe(INITIAL_VERSION);
    expect(INITIAL_VERSION).toBe("0.1.0");
    expect(versionFromPackageJson('{"version": "2.3.4"}')).toBe("2.3.4");
    expect(versionFromPackageJson("not json")).toBe(INITIAL_VERSION);
  });
});

describe("index", () => {
  it("is one `export *` line per module, in file order, and refuses a name two modules export", () => {
    const text = emitIndex({ "b.ts": "export const z = 1; export function a() {}\nexport type T = 1;", "a.ts": "export interface I {}\nexport class C {}" }, "// h\n");
    expect(text.split("\n").filter((l) => l.startsWith("export"))).toEqual(['export * from "./a.js";', 'export * from "./b.js";']);
    expect(text.startsWith("// h\n")).toBe(true);
    expect(() => emitIndex({ "a.ts": "export const x = 1;", "b.ts": "export type x = 1;" }, "// h\n")).toThrow(/both export x/);
  });

  it("re-exports the runtime's names after the modules', and refuses one a module also exports", () => {
    const from = "@ontap-sec/runtime";
    const text = emitIndex({ "a.ts": "export const a = 1;" }, "// h\n", { from, values: ["OntapError", "JobFailedError"], types: ["OntapAuth"] });
    expect(text).toContain('export { JobFailedError, OntapError } from "@ontap-sec/runtime";');
    expect(text).toContain('export type { OntapAuth } from "@ontap-sec/runtime";');
    expect(text.indexOf('from "./a.js"')).toBeLessThan(text.indexOf(from));
    expect(() => emitIndex({ "guards.ts": "export interface ValidationProblem {}" }, "// h\n", { from, values: [], types: ["ValidationProblem"] })).toThrow(
      "src/guards.ts exports ValidationProblem, which is also re-exported from @ontap-sec/runtime",
    );
  });
});

describe("changesets", () => {
  const doc = (extra: any = {}) =>
    JSON.stringify({
      openapi: "3.1.0",
      info: { title: "t", version: "9.10", "x-ontap-release": "9.10" },
      paths: { "/w": { get: { operationId: "w_get", responses: { "200": { description: "OK" } } }, ...extra } },
      components: {},
      "x-ontap-error-catalog": {},
    });

  it("plans none for a new package or an unchanged document", () => {
    expect(planChangeset("9.10", undefined, doc())).toBeUndefined();
    expect(planChangeset("9.10", doc(), doc())).toBeUndefined();
  });

  it("plans a major bump when an operation disappears, minor when one appears", () => {
    const withDelete = doc({ delete: { operationId: "w_delete", responses: { "200": { description: "OK" } } } });
    expect(planChangeset("9.10", withDelete, doc())?.bump).toBe("major");
    expect(planChangeset("9.10", doc(), withDelete)?.bump).toBe("minor");
  });

  it("writes a changeset for one package", () => {
    expect(changesetText({ release: "9.10", bump: "minor", reasons: ["new field"] })).toBe(
      '---\n"@ontap-sec/client-9.10": minor\n---\n\nONTAP 9.10: the spec changed.\n\n- new field\n',
    );
  });
});
