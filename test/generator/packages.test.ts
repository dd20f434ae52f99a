// What each generated package holds, checked against its slice: package.json, headers, types
// (openapi-typescript neither adds nor drops a property), errors, contract, README.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Node, Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { pascalCase } from "../../generator/src/generate/naming.js";
import { buildModel } from "../../generator/src/generate/model.js";
import { formatTs } from "../../generator/src/generate/format.js";
import { packageDir, specReleases } from "./helpers.js";

const releases = await specReleases();
const read = (r: string, f: string) => readFileSync(path.join(packageDir(r), f), "utf8");
const FILES = ["README.md", "openapi.json", "package.json", "src/client.ts", "src/contract.ts", "src/errors.ts", "src/guards.ts", "src/index.ts", "src/types.ts", "tsconfig.build.json"];

describe.each(releases)("client-%s", (r) => {
  const slice = JSON.parse(read(r, "openapi.json"));
  const model = buildModel(slice);
  const load = (f: string) => import(pathToFileURL(path.join(packageDir(r), "src", f)).href);

  it("package.json", () => {
    const pkg = JSON.parse(read(r, "package.json"));
    expect(pkg.name).toBe(`@ontap-sec/client-${r}`);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.ontap.release).toBe(r);
    expect(pkg.type).toBe("module");
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports["."]).toEqual({ types: "./src/index.ts", default: "./src/index.ts" });
    expect(pkg.publishConfig.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    expect(pkg.dependencies).toEqual({ "@ontap-sec/runtime": "workspace:^" });
    expect(pkg.engines.node).toBe(">=20.19");
    // prepack builds dist/ afresh (stale files of a removed module are never packed).
    expect(pkg.scripts.prepack).toBe("pnpm run build");
    expect(pkg.scripts.build).toMatch(/rmSync\('dist'.* && tsc -p tsconfig\.build\.json$/);
    expect(pkg["//"]).toMatch(/GENERATED FILE/);
    expect(pkg.private).toBeUndefined();
  });

  it("every file says it is generated; openapi.json is the slice, 2-space with a final newline", () => {
    for (const f of FILES.filter((f) => /\.(ts|md)$|tsconfig/.test(f))) expect(read(r, f).split("\n").slice(0, 3).join("\n"), f).toMatch(/GENERATED FILE — DO NOT EDIT[\s\S]*spec\/ \(release /);
    const text = read(r, "openapi.json");
    expect(text).toBe(JSON.stringify(slice, null, 2) + "\n");
    expect(slice.info["x-ontap-release"]).toBe(r);
  });

  it("types.ts keeps every property of the slice, with readonly and required as the schema says", () => {
    const p = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    const sf = p.createSourceFile("/types.ts", read(r, "src/types.ts"));
    const schemas = sf.getInterfaceOrThrow("components").getPropertyOrThrow("schemas").getTypeNodeOrThrow();
    expect(Node.isTypeLiteral(schemas)).toBe(true);
    const problems: string[] = [];
    for (const [name, schema] of Object.entries<any>(slice.components.schemas)) {
      const member = Node.isTypeLiteral(schemas) ? schemas.getProperty(name) ?? schemas.getProperty(`"${name}"`) : undefined;
      if (!member) {
        problems.push(`${name}: missing`);
        continue;
      }
      const expectedAlias = `export type ${pascalCase(name)} = components["schemas"]["${name}"];`;
      if (!read(r, "src/types.ts").includes(expectedAlias)) problems.push(`${name}: no alias ${pascalCase(name)}`);
      if (!schema.properties) continue;
      const lit = member.getTypeNode();
      if (!Node.isTypeLiteral(lit)) {
        problems.push(`${name}: not an object type`);
        continue;
      }
      const got = lit.getProperties().map((m) => m.getName().replace(/^"|"$/g, ""));
      const want = Object.keys(schema.properties);
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${name}: properties ${got} ≠ ${want}`);
      for (const m of lit.getProperties()) {
        const prop = schema.properties[m.getName().replace(/^"|"$/g, "")] ?? {};
        const required = (schema.required ?? []).includes(m.getName());
        if (m.hasQuestionToken() === required) problems.push(`${name}.${m.getName()}: optional=${m.hasQuestionToken()} but required=${required}`);
        if (m.isReadonly() !== (prop.readOnly === true)) problems.push(`${name}.${m.getName()}: readonly=${m.isReadonly()} but readOnly=${prop.readOnly}`);
        if (name.endsWith("_create") || name.endsWith("_modify")) if (prop.readOnly) problems.push(`${name}.${m.getName()}: readOnly in a request shape`);
        if (!/_(create|modify)$/.test(name) && prop.writeOnly) problems.push(`${name}.${m.getName()}: writeOnly in a read shape`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("errors.ts: the catalog, the unions, describeError", async () => {
    const errors = await load("errors.ts");
    const catalog = slice["x-ontap-error-catalog"];
    expect(Object.keys(errors.ErrorCodes).length).toBe(Object.keys(catalog).length);
    for (const [code, e] of Object.entries<any>(catalog)) {
      expect(errors.ErrorCodes[e.name]).toBe(code);
      expect(errors.errorCatalog[code]).toEqual(e);
      expect(errors.describeError(code)).toEqual({ name: e.name, message: e.message, status: e.status });
      expect(errors.describeError(Number(code))).toEqual({ name: e.name, message: e.message, status: e.status });
    }
    expect(errors.describeError("999999999")).toBeUndefined();
    expect(errors.describeError("toString")).toBeUndefined();
    expect(errors.isErrorCode("4")).toBe(true);
    const text = read(r, "src/errors.ts");
    for (const op of model.operations) {
      expect(text).toContain(`export type ${op.typeStem}ErrorCode =`);
      expect(text).toContain(`${JSON.stringify(op.key)}: ${op.typeStem}ErrorCode;`);
    }
  });

  it("contract.ts: every operation, its validators and codes, the sensitive fields", async () => {
    const { contract } = await load("contract.ts");
    const { validators } = await load("guards.ts");
    expect(contract.release).toBe(r);
    expect(Object.keys(contract.operations)).toEqual(model.operations.map((o) => o.key));
    for (const op of model.operations) {
      const c = contract.operations[op.key];
      expect(c).toMatchObject({ operationId: op.operationId, method: op.method, path: op.path });
      expect(c.errorCodes).toEqual([...new Set(op.errors.map((e) => e.code))]);
      if (op.requestBody) expect(c.validateRequestBody).toBe(validators[op.requestBody.component]);
      else expect(c.validateRequestBody).toBeUndefined();
      expect(Object.keys(c.validateResponseBody ?? {})).toEqual(Object.keys(op.successBodies));
      for (const [st, b] of Object.entries(op.successBodies)) expect(c.validateResponseBody[st]).toBe(validators[b.component]);
    }
    expect(contract.sensitiveFields).toContain("secret_key");
    expect(contract.sensitiveFields).toEqual(model.sensitiveFields);
    // The guards are real: a create body without its required fields fails.
    if (validators.ipsec_policy_create) expect(validators.ipsec_policy_create({}).length).toBeGreaterThan(0);
  });

  it("the templated modules are already in prettier's format (the generator skips prettier for them)", async () => {
    for (const f of ["src/client.ts", "src/contract.ts", "src/errors.ts"]) expect(await formatTs(read(r, f), f), f).toBe(read(r, f));
  });

  it("client.ts and index.ts", async () => {
    const index = await load("index.ts");
    expect(index.release).toBe(r);
    expect(typeof index.createClient).toBe("function");
    for (const n of ["contract", "describeError", "ErrorCodes", "errorCatalog", "validators"]) expect(index[n], n).toBeDefined();
    for (const c of model.components) {
      const X = pascalCase(c);
      for (const f of [`is${X}`, `assert${X}`, `validate${X}`]) expect(typeof index[f], f).toBe("function");
    }
  });

  it("README lists every operation and the error-code count", () => {
    const md = read(r, "README.md");
    for (const op of model.operations) expect(md).toContain(`| ${op.method} | \`${op.path}\` |`);
    expect(md).toContain(`${model.catalog.length} ONTAP error codes`);
    expect(md).toContain(`npm install @ontap-sec/client-${r}`);
  });
});
