// The emitted file itself: header, determinism, naming, messages and paths, type-checking against
// openapi-typescript types, tree-shaking and size, and loud failure on unsupported schemas.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { emitGuards, GuardGenerationError, typeName } from "../../generator/src/generate/guards/index.js";
import { tsHeader } from "../../generator/src/generate/header.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { guardsFor, type GuardsModule, importGuards, realSlices } from "./helpers/load-guards.js";

// ajv-formats is CommonJS; its module object carries the plugin as `.default` under ESM and in its types.
const addFormats = addFormatsModule.default;

const slices = await realSlices();
const NEWEST = [...slices.keys()].at(-1)!;
const slice = slices.get(NEWEST)!;
let mod: GuardsModule;
let source: string;
beforeAll(async () => {
  ({ mod, source } = await guardsFor(slice));
});

describe("emitted file", () => {
  it("starts with the header, is deterministic and sorted by component", () => {
    expect(source.startsWith(tsHeader({ release: NEWEST }))).toBe(true);
    expect(emitGuards(structuredClone(slice))).toBe(source);
    expect(emitGuards(slice, { header: "// custom" }).split("\n")[0]).toBe("// custom");
    const order = [...source.matchAll(/^export function is(\w+)\(/gm)].map((m) => m[1]);
    const expected = Object.keys(slice.components.schemas).sort().map(typeName);
    expect(order).toEqual(expected);
  });

  it("exports isX / assertX / validateX for every component and the validators map", () => {
    for (const c of Object.keys(slice.components.schemas)) {
      const t = typeName(c);
      for (const f of [`is${t}`, `assert${t}`, `validate${t}`]) expect(typeof mod[f], f).toBe("function");
      expect(mod.validators[c]).toBe(mod[`validate${t}`]);
    }
    expect(Object.keys(mod.validators)).toEqual(Object.keys(slice.components.schemas).sort());
  });

  it("names types by PascalCase of the component name", () => {
    expect(typeName("ipsec_policy_create")).toBe("IpsecPolicyCreate");
    expect(typeName("returned_error")).toBe("ReturnedError");
    expect(typeName("a-b.c_d")).toBe("ABCD");
    expect(() => typeName("9_lives")).toThrow(GuardGenerationError);
  });

  it("imports its support from the runtime in one statement, and nothing else at run time", () => {
    const valueImports = [...source.matchAll(/^import (?!type ).*$/gm)].map((m) => m[0]);
    expect(valueImports).toEqual([
      'import { GuardError, recordProblem as _bad, codePointLength as _cpLen, propertyPath as _key, hasOwnJsonProperty as _own, type ValidationProblem } from "@ontap-sec/runtime";',
    ]);
    expect(source).not.toMatch(/require\(/);
    // What it used to inline is gone.
    expect(source).not.toMatch(/^(export )?(function _(own|cpLen|key|bad)\b|class GuardError|interface ValidationProblem)/m);
  });

  it("imports only the helpers its checks call", () => {
    const text = emitGuards({ info: { version: "9.99" }, components: { schemas: { flag: { type: "boolean" } } } });
    expect(text).toMatch(/^import \{ GuardError, recordProblem as _bad, type ValidationProblem \} from "@ontap-sec\/runtime";$/m);
    expect(emitGuards({ info: { version: "9.99" }, components: { schemas: {} } })).not.toContain("GuardError");
  });
});

describe("problems", () => {
  const endpoint = { address: "10.0.0.1", port: "500" };
  const good = { name: "p1", local_endpoint: endpoint, remote_endpoint: endpoint, action: "esp_transport", svm: { name: "vs0" } };

  it("accepts a valid request body", () => {
    expect(mod.validateIpsecPolicyCreate(good)).toEqual([]);
    expect(mod.isIpsecPolicyCreate(good)).toBe(true);
    expect(() => mod.assertIpsecPolicyCreate(good)).not.toThrow();
  });

  it("reports every problem with its path and a clear message", () => {
    const bad = {
      action: "drop",
      name: "",
      secret_key: "x".repeat(129),
      local_endpoint: { address: 1, bogus: true },
      svm: [],
      colour: "red",
    };
    expect(mod.validateIpsecPolicyCreate(bad)).toEqual([
      { path: "$.action", message: 'must be one of "bypass", "discard", "esp_transport", "esp_udp"' },
      { path: "$.local_endpoint.address", message: "must be a string" },
      { path: "$.local_endpoint.bogus", message: "is not a property of this release's request body" },
      { path: "$.name", message: "must be at least 1 character" },
      { path: "$.remote_endpoint", message: "is required" },
      { path: "$.secret_key", message: "must be at most 128 characters" },
      { path: "$.svm", message: "must be an object" },
      { path: "$.colour", message: "is not a property of this release's request body" },
    ]);
    expect(mod.validateIpsecPolicyCreate(null)).toEqual([{ path: "$", message: "must be an object" }]);
  });

  it("indexes array elements", () => {
    const response = { num_records: 2, records: [{ name: "ok" }, { name: 5, svm: { name: 1 } }] };
    expect(mod.validateIpsecPolicyResponse(response)).toEqual([
      { path: "$.records[1].name", message: "must be a string" },
      { path: "$.records[1].svm.name", message: "must be a string" },
    ]);
  });

  it("read shapes accept properties they do not know", () => {
    expect(mod.isIpsecPolicy({ name: "p", some_future_field: 1 })).toBe(true);
  });

  it("counts code points like ajv", () => {
    // name: 1..64 in 9.15 (netapp_ontap 9.15.1).
    expect(mod.isIpsecPolicyCreate({ ...good, name: "😀".repeat(64) })).toBe(true);
    expect(mod.isIpsecPolicyCreate({ ...good, name: "😀".repeat(65) })).toBe(false);
    expect(mod.isIpsecPolicyCreate({ ...good, name: "😀".repeat(63) + "\ud83d" })).toBe(true);
  });

  it("assertX throws a GuardError naming the first path and carrying all problems", () => {
    let err: any;
    try {
      mod.assertIpsecPolicyCreate({ name: 1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(mod.GuardError);
    expect(err).toBeInstanceOf(TypeError);
    expect(err.name).toBe("GuardError");
    expect(err.schema).toBe("ipsec_policy_create");
    expect(err.problems).toEqual(mod.validateIpsecPolicyCreate({ name: 1 }));
    expect(err.message).toMatch(/^invalid ipsec_policy_create at \$\.local_endpoint: /);
    expect(err.message).toContain("$.name must be a string");
  });

  it("never quotes the checked value (secrets stay out of messages)", () => {
    const secret = "s3cr3t-s3cr3t-s3cr3t-s3cr3t".repeat(10);
    const problems = mod.validateIpsecPolicyCreate({ ...good, secret_key: secret, name: secret, local_identity: secret });
    expect(problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(problems)).not.toContain("s3cr3t");
  });
});

describe("type-checks", () => {
  // One strict program over every release of the spec (one folder each), so adding a release
  // costs one more folder, not one more compiler start.
  const releases = [...slices.keys()];
  let byRelease: Map<string, string[]>;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), "ontap-sec-guards-tsc-"));
    writeFileSync(path.join(root, "package.json"), '{ "type": "module" }');
    const files: string[] = [];
    const dirs = new Map<string, string>();
    for (const release of releases) {
      const s = slices.get(release)!;
      const dir = path.join(root, release);
      mkdirSync(dir);
      dirs.set(release, dir);
      const types =
        astToString(await openapiTS(structuredClone(s))) +
        Object.keys(s.components.schemas)
          .map((c) => `export type ${typeName(c)} = components["schemas"][${JSON.stringify(c)}];\n`)
          .join("");
      writeFileSync(path.join(dir, "types.ts"), types);
      writeFileSync(path.join(dir, "guards.ts"), emitGuards(s));
      writeFileSync(
        path.join(dir, "use.ts"),
        [
          'import { isIpsecPolicyCreate, assertIpsecPolicy, validators } from "./guards.js";',
          'import type { ValidationProblem } from "@ontap-sec/runtime";',
          "declare const x: unknown;",
          "if (isIpsecPolicyCreate(x)) { const n: string = x.name; void n; }",
          "assertIpsecPolicy(x); const u: string | undefined = x.uuid; void u;",
          "const ps: ValidationProblem[] = validators.ipsec_policy_create(x); void ps;",
        ].join("\n"),
      );
      files.push(path.join(dir, "guards.ts"), path.join(dir, "use.ts"));
    }
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noUncheckedIndexedAccess: true,
      noPropertyAccessFromIndexSignature: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      exactOptionalPropertyTypes: true,
      noImplicitReturns: true,
      noFallthroughCasesInSwitch: true,
      allowUnreachableCode: false,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      types: [],
      lib: ["lib.es2022.d.ts"],
      // The guards' one runtime import, type-checked from its source under the same strict flags.
      paths: { "@ontap-sec/runtime": [path.resolve(import.meta.dirname, "../../packages/runtime/src/guard-support.ts")] },
    });
    byRelease = new Map(releases.map((r) => [r, []]));
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const release = releases.find((r) => d.file?.fileName.startsWith(dirs.get(r)! + path.sep)) ?? releases[0]!;
      byRelease.get(release)!.push(ts.flattenDiagnosticMessageText(d.messageText, "\n") + ` (${d.file?.fileName}:${d.start})`);
    }
  }, 120_000);

  it.each(releases)("release %s: the emitted guards compile against openapi-typescript types (tsc --noEmit, strict)", (release) => {
    expect(byRelease.get(release)).toEqual([]);
  });
});

describe("tree-shaking and size", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ontap-sec-guards-bundle-"));
  beforeAll(() => writeFileSync(path.join(dir, "guards.ts"), source.replace(/^import type .*$/m, "")));

  function bundle(names: string[]): string {
    writeFileSync(path.join(dir, "entry.ts"), `import { ${names.join(", ")} } from "./guards.ts";\nexport { ${names.join(", ")} };\n`);
    // The runtime's helpers are bundled too (resolved from the workspace, as a consumer's bundler
    // resolves the installed @ontap-sec/runtime); its other modules must fall away.
    const out = buildSync({
      entryPoints: [path.join(dir, "entry.ts")],
      nodePaths: [path.resolve(import.meta.dirname, "../../node_modules")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "node",
      external: ["undici"],
      write: false,
      treeShaking: true,
    });
    return out.outputFiles[0]!.text;
  }

  // Measured on the newest release. assertX carries validateX plus GuardError: the largest
  // (ipsec_policy_create) was ~1.63 kB gzip up to 9.16; from 9.17 the policy's ppk object (two
  // length-limited strings) and from 9.19 certificate_modify_keepsa add ~0.2 kB to the validating
  // path (1.75 / 1.97 kB in 9.19). The isX path stays under 1.5 kB.
  it.each([
    ["isIpsecPolicyCreate", 1536],
    ["validateIpsecPolicyCreate", 1792],
    ["assertIpsecPolicyCreate", 2048],
    ["isIpsecPolicyResponse", 1536],
    ["isSecurityConfig", 1536],
    ["assertSecurityConfigModify", 1536],
  ] as const)("one import (%s) is at most %i B gzip and leaves the other guards out", (name, limit) => {
    const js = bundle([name]);
    const size = gzipSync(js).length;
    console.log(`${name}: ${js.length} B minified, ${size} B gzip`);
    expect(size).toBeLessThanOrEqual(limit);
    expect(js).not.toContain("ipsec_ca_certificate"); // unrelated guards and the validators map are gone
    expect(js).not.toContain("job_link");
    expect(js).not.toContain("ReleaseMismatchError"); // the rest of the runtime falls away
  });

  it("isX does not pull in the validating path", () => {
    const js = bundle(["isIpsecPolicyCreate"]);
    expect(js).not.toContain("must be");
    expect(js).not.toContain("GuardError");
  });
});

// Each of these was a defect: the guard disagreed with ajv (formats checked by ajv-formats).
describe("exact on every JSON value", () => {
  const sliceWith = (schemas: Record<string, unknown>) => ({ info: { version: "9.99" }, components: { schemas } });
  const ajvCheck = (schema: object) => {
    const ajv = new Ajv2020({ strict: false, strictNumbers: true, validateFormats: true, allErrors: true });
    addFormats(ajv);
    return ajv.compile(schema);
  };
  const agree = async (schema: object, values: unknown[]) => {
    const m = await importGuards(emitGuards(sliceWith({ thing: schema })));
    const ajv = ajvCheck(schema);
    return values.map((v) => ({ value: v, ajv: ajv(v), is: m.isThing(v) as boolean, problems: (m.validateThing(v) as unknown[]).length }));
  };

  it("checks format: uuid as ajv-formats does (job_link.uuid of the real spec too)", async () => {
    expect(mod.isJobLink({ uuid: "" })).toBe(false);
    expect(mod.validateJobLink({ uuid: "not-a-uuid" })).toEqual([{ path: "$.uuid", message: "must be a valid uuid" }]);
    expect(mod.isJobLink({ uuid: "1cd8a442-86d1-11e0-ae1c-123478563412" })).toBe(true);
    const rows = await agree({ type: "object", properties: { u: { type: "string", format: "uuid" } } }, [
      { u: "" },
      { u: "1CD8A442-86D1-11E0-AE1C-123478563412" },
      { u: "urn:uuid:1cd8a442-86d1-11e0-ae1c-123478563412" },
      { u: "1cd8a44286d111e0ae1c123478563412" },
      { u: 7 },
    ]);
    expect(rows.map((r) => r.is)).toEqual([false, true, true, false, false]);
    for (const r of rows) expect([r.is, r.problems === 0], JSON.stringify(r.value)).toEqual([r.ajv, r.ajv]);
  });

  it("refuses formats it cannot check exactly, and unknown ones", () => {
    expect(() => emitGuards(sliceWith({ thing: { type: "string", format: "date-time" } }))).toThrow(/date-time.*function/);
    expect(() => emitGuards(sliceWith({ thing: { type: "string", format: "no-such-format" } }))).toThrow(/unknown format/);
  });

  it("rejects a name only `required` lists when additionalProperties is false, with any number of listed properties", async () => {
    const three = { type: "object", properties: { p: { type: "string" }, q: {}, r: {} }, required: ["t"], additionalProperties: false };
    const two = { type: "object", properties: { p: { type: "string" }, q: {} }, required: ["t"], additionalProperties: false };
    for (const schema of [three, two]) {
      const rows = await agree(schema, [{ t: 1 }, {}, { p: "x" }, { t: 1, p: "x" }]);
      for (const r of rows) {
        expect(r.ajv, JSON.stringify(r.value)).toBe(false);
        expect(r.is, JSON.stringify(r.value)).toBe(false);
        expect(r.problems, JSON.stringify(r.value)).toBeGreaterThan(0);
      }
    }
    const m = await importGuards(emitGuards(sliceWith({ thing: three })));
    expect(m.validateThing({ t: 1 })).toEqual([{ path: "$.t", message: "is not an allowed property" }]);
  });

  it("treats a non-enumerable own property as absent, with any number of listed properties", async () => {
    const props = (n: number) => Object.fromEntries(["a", "b", "c"].slice(0, n).map((k) => [k, { type: "string" }]));
    for (const n of [1, 2, 3]) {
      const schema = { type: "object", properties: props(n), required: ["a"] };
      const m = await importGuards(emitGuards(sliceWith({ thing: schema })));
      const hidden = Object.defineProperty({}, "a", { value: "x", enumerable: false });
      const hiddenBad = Object.defineProperty({ a: "x" }, "b", { value: 1, enumerable: false });
      expect(m.isThing(hidden), `${n} listed`).toBe(false);
      expect(m.validateThing(hidden), `${n} listed`).toEqual([{ path: "$.a", message: "is required" }]);
      expect(m.isThing({ a: "x" }), `${n} listed`).toBe(true);
      // A non-enumerable wrong value is not a property: nothing to reject.
      expect(m.isThing(hiddenBad), `${n} listed`).toBe(true);
      expect(m.validateThing(hiddenBad), `${n} listed`).toEqual([]);
    }
  });
});

describe("unsupported schemas fail generation loudly", () => {
  const sliceWith = (schemas: Record<string, unknown>) => ({ info: { version: "9.99" }, components: { schemas } });
  it.each([
    [{ type: "object", patternProperties: { "^x": {} } }, "patternProperties"],
    [{ type: "array", uniqueItems: true }, "uniqueItems"],
    [{ not: { type: "string" } }, "not"],
    [{ if: { type: "string" }, then: {} }, "if"],
    [{ type: "number", multipleOf: 2 }, "multipleOf"],
    [{ type: "array", prefixItems: [{}] }, "prefixItems"],
    [{ enum: [{ a: 1 }] }, "enum"],
    [{ const: [1] }, "const"],
    [{ $ref: "https://example.com/x.json" }, "$ref"],
    [{ $ref: "#/components/schemas/missing" }, "$ref"],
    [{ type: "string", pattern: "(" }, "pattern"],
    [{ type: "strin" }, "type"],
    [{ type: "integer", exclusiveMinimum: true }, "exclusiveMinimum"],
    [{ nullable: true }, "nullable"],
    [{ type: "object", properties: { a: { type: "object", minProperties: 1 } } }, "minProperties"],
  ])("%j → %s", (schema, keyword) => {
    let err: unknown;
    try {
      emitGuards(sliceWith({ thing: schema }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GuardGenerationError);
    expect((err as GuardGenerationError).keyword).toBe(keyword);
    expect((err as Error).message).toContain("thing");
  });

  it("refuses two components with the same type name", () => {
    expect(() => emitGuards(sliceWith({ a_b: {}, "a-b": {} }))).toThrow(/both map to the type name AB/);
  });
});
