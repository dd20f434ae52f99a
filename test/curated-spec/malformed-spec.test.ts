// Each malformed spec must be rejected with the exact file, line and JSON pointer of the problem.
import { describe, expect, it } from "vitest";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SpecError } from "../../generator/src/diagnostics.js";
import { loadSpec } from "../../generator/src/curated-spec/load-spec.js";
import { checkMutated, lineOf, MINI_SPEC, type Mutation } from "./helpers.js";

interface Case {
  name: string;
  mutations: Mutation[];
  rule: string;
  file: string;
  /** Text on the line the problem must be reported at (in the mutated file). */
  lineMarker: string;
  pointer: string;
  message?: RegExp;
}

const W = "components/widget.yaml";
const P = "paths/widgets.yaml";
const COLOUR = `      colour:
        type: string
        x-ontap-introduced: "9.10"
        x-ontap-source: doc`;
const NAME_CHANGE = `        x-ontap-changes:
          - release: "9.10"
            maxLength: 64
            source: doc`;

const cases: Case[] = [
  {
    name: "a release the spec does not list",
    mutations: [{ file: W, find: COLOUR, replace: COLOUR.replace('"9.10"', '"9.11"') }],
    rule: "unknown-release",
    file: W,
    lineMarker: 'x-ontap-introduced: "9.11"',
    pointer: "/schemas/widget/properties/colour/x-ontap-introduced",
    message: /unknown release "9\.11"/,
  },
  {
    name: "an unquoted release (YAML reads 9.10 as 9.1)",
    mutations: [{ file: W, find: COLOUR, replace: COLOUR.replace('"9.10"', "9.10") }],
    rule: "release-not-string",
    file: W,
    lineMarker: "x-ontap-introduced: 9.10",
    pointer: "/schemas/widget/properties/colour/x-ontap-introduced",
    message: /quoted string/,
  },
  {
    name: "removal before introduction",
    mutations: [{ file: W, find: COLOUR, replace: COLOUR + '\n        x-ontap-removed: "9.9"' }],
    rule: "removed-before-introduced",
    file: W,
    lineMarker: 'x-ontap-removed: "9.9"',
    pointer: "/schemas/widget/properties/colour/x-ontap-removed",
  },
  {
    name: "an enum annotation on a value the enum lacks",
    mutations: [{ file: W, find: "          turbo:\n", replace: "          warp:\n" }],
    rule: "enum-annotation-unknown-value",
    file: W,
    lineMarker: "warp:",
    pointer: "/schemas/widget/properties/mode/x-ontap-enum/warp",
    message: /"warp" is not a value of the enum/,
  },
  {
    name: "an enum annotation without an enum",
    mutations: [{ file: W, find: "        maxLength: 32\n", replace: '        maxLength: 32\n        x-ontap-enum: { w1: { introduced: "9.9", source: doc } }\n' }],
    rule: "enum-annotation-without-enum",
    file: W,
    lineMarker: "x-ontap-enum: { w1",
    pointer: "/schemas/widget/properties/name/x-ontap-enum",
  },
  {
    name: "a change that changes nothing",
    mutations: [{ file: W, find: NAME_CHANGE, replace: NAME_CHANGE.replace("maxLength: 64", "maxLength: 32") }],
    rule: "change-without-effect",
    file: W,
    lineMarker: "            maxLength: 32",
    pointer: "/schemas/widget/properties/name/x-ontap-changes/0/maxLength",
  },
  {
    name: "changes out of release order",
    mutations: [{ file: W, find: NAME_CHANGE, replace: NAME_CHANGE + '\n          - release: "9.9"\n            maxLength: 48\n            source: doc' }],
    rule: "changes-not-ascending",
    file: W,
    lineMarker: 'release: "9.9"',
    pointer: "/schemas/widget/properties/name/x-ontap-changes/1/release",
  },
  {
    name: "a constraint override that contradicts the base (maxLength below minLength)",
    mutations: [{ file: W, find: NAME_CHANGE, replace: NAME_CHANGE.replace("maxLength: 64", "maxLength: 0") }],
    rule: "contradiction",
    file: W,
    lineMarker: "            maxLength: 0",
    pointer: "/schemas/widget/properties/name/x-ontap-changes/0/maxLength",
    message: /minLength 1 exceeds maxLength 0 from 9\.10/,
  },
  {
    name: "a property both readOnly and writeOnly",
    mutations: [{ file: W, find: "        writeOnly: true\n", replace: "        writeOnly: true\n        readOnly: true\n" }],
    rule: "contradiction",
    file: W,
    lineMarker: "        writeOnly: true",
    pointer: "/schemas/widget/properties/secret_key/writeOnly",
  },
  {
    name: "a change of a keyword that cannot change by release",
    mutations: [{ file: W, find: NAME_CHANGE, replace: NAME_CHANGE.replace("maxLength: 64", "examples: [x]") }],
    rule: "change-unknown-keyword",
    file: W,
    lineMarker: "examples: [x]",
    pointer: "/schemas/widget/properties/name/x-ontap-changes/0/examples",
  },
  {
    name: "a change before the property exists",
    mutations: [{ file: W, find: COLOUR, replace: COLOUR + '\n        x-ontap-changes:\n          - release: "9.9"\n            maxLength: 10\n            source: doc' }],
    rule: "change-outside-range",
    file: W,
    lineMarker: 'release: "9.9"',
    pointer: "/schemas/widget/properties/colour/x-ontap-changes/0/release",
  },
  {
    name: "a release annotation without a source",
    mutations: [{ file: W, find: COLOUR, replace: COLOUR.replace("\n        x-ontap-source: doc", "") }],
    rule: "missing-source",
    file: W,
    lineMarker: "      colour:",
    pointer: "/schemas/widget/properties/colour",
  },
  {
    name: "a source id the table lacks",
    mutations: [{ file: W, find: COLOUR, replace: COLOUR.replace("x-ontap-source: doc", "x-ontap-source: nowhere") }],
    rule: "unknown-source",
    file: W,
    lineMarker: "x-ontap-source: nowhere",
    pointer: "/schemas/widget/properties/colour/x-ontap-source",
  },
  {
    name: "two error codes with the same name",
    mutations: [{ file: "errors/widgets.yaml", find: "WIDGET_TOO_FAST", replace: "WIDGET_NAME_EXISTS" }],
    rule: "duplicate-error-name",
    file: "errors/widgets.yaml",
    lineMarker: "    name: WIDGET_NAME_EXISTS\n    message: Turbo",
    pointer: "/codes/1002/name",
    message: /already used by error 1001/,
  },
  {
    name: "an operation listing a code the catalog lacks",
    mutations: [{ file: P, find: 'x-ontap-errors: ["1001"]', replace: 'x-ontap-errors: ["1001", "9999"]' }],
    rule: "unknown-error-code",
    file: P,
    lineMarker: 'x-ontap-errors: ["1001", "9999"]',
    pointer: "/instance/patch/x-ontap-errors/1",
  },
  {
    name: "an error code written as a number",
    mutations: [{ file: P, find: '      - "1001"\n', replace: "      - 1001\n" }],
    rule: "bad-error-code",
    file: P,
    lineMarker: "      - 1001",
    pointer: "/collection/post/x-ontap-errors/0",
    message: /quoted string/,
  },
  {
    name: "a code defined in two groups",
    mutations: [{ file: "errors/common.yaml", find: "codes:\n", replace: 'codes:\n  "1001":\n    name: OTHER\n    message: Other.\n    status: 400\n' }],
    rule: "duplicate-error-code",
    file: "errors/widgets.yaml",
    lineMarker: '"1001":',
    pointer: "/codes/1001",
  },
  {
    name: "an error status that is not an error",
    mutations: [{ file: "errors/widgets.yaml", find: "status: 409", replace: "status: 200" }],
    rule: "bad-error-status",
    file: "errors/widgets.yaml",
    lineMarker: "status: 200",
    pointer: "/codes/1001/status",
  },
  {
    name: "an annotation the vocabulary does not have",
    mutations: [{ file: W, find: "        x-ontap-sensitive: true\n", replace: "        x-ontap-sensitive: true\n        x-ontap-secret: true\n" }],
    rule: "unknown-annotation",
    file: W,
    lineMarker: "x-ontap-secret: true",
    pointer: "/schemas/widget/properties/secret_key/x-ontap-secret",
  },
  {
    name: "an annotation on a node kind that does not take it",
    mutations: [{ file: P, find: "    operationId: widget_delete\n", replace: "    operationId: widget_delete\n    x-ontap-sensitive: true\n" }],
    rule: "unknown-annotation",
    file: P,
    lineMarker: "    x-ontap-sensitive: true",
    pointer: "/instance/delete/x-ontap-sensitive",
    message: /not allowed on a operation/,
  },
  {
    name: "an enum value introduced no later than its property",
    mutations: [{ file: W, find: "        x-ontap-create-only: true\n        x-ontap-enum:", replace: '        x-ontap-create-only: true\n        x-ontap-introduced: "9.9"\n        x-ontap-source: doc\n        x-ontap-enum:' }],
    rule: "outlives-parent",
    file: W,
    lineMarker: 'introduced: "9.9"\n            source',
    pointer: "/schemas/widget/properties/mode/x-ontap-enum/turbo/introduced",
  },
  {
    name: "a parameter older than its operation",
    mutations: [{ file: P, find: "    summary: List widgets\n", replace: '    summary: List widgets\n    x-ontap-introduced: "9.10"\n    x-ontap-source: doc\n' }, { file: P, find: '        x-ontap-introduced: "9.10"\n        x-ontap-source: doc\n    responses', replace: '        x-ontap-introduced: "9.9"\n        x-ontap-source: doc\n    responses' }],
    rule: "outlives-parent",
    file: P,
    lineMarker: '        x-ontap-introduced: "9.9"',
    pointer: "/collection/get/parameters/1/x-ontap-introduced",
  },
  {
    name: "a secret-looking property not marked sensitive",
    mutations: [{ file: W, find: "        x-ontap-sensitive: true\n", replace: "" }],
    rule: "sensitive-unmarked",
    file: W,
    lineMarker: "      secret_key:",
    pointer: "/schemas/widget/properties/secret_key",
  },
  {
    name: "a $ref with sibling keys",
    mutations: [{ file: W, find: '        $ref: "#/schemas/svm_reference"', replace: '        $ref: "#/schemas/svm_reference"\n        description: the SVM' }],
    rule: "ref-siblings",
    file: W,
    lineMarker: "      svm:",
    pointer: "/schemas/widget/properties/svm",
  },
  {
    name: "a $ref to nothing",
    mutations: [{ file: W, find: '        $ref: "#/schemas/svm_reference"', replace: '        $ref: "#/schemas/svm_ref"' }],
    rule: "unresolved-ref",
    file: W,
    lineMarker: "      svm:",
    pointer: "/schemas/widget/properties/svm",
  },
  {
    name: "broken YAML",
    mutations: [{ file: "errors/widgets.yaml", find: "    status: 409", replace: "   status: 409" }],
    rule: "yaml-syntax",
    file: "errors/widgets.yaml",
    lineMarker: "   status: 409",
    pointer: "",
  },
  {
    name: "required names a property that does not exist",
    mutations: [{ file: W, find: "required: [name, mode]", replace: "required: [name, mode, size]" }],
    rule: "required-unknown-property",
    file: W,
    lineMarker: "required: [name, mode, size]",
    pointer: "/schemas/widget/required",
  },
  {
    name: "invalid OpenAPI structure (a parameter in: body)",
    mutations: [{ file: P, find: "      - name: colour\n        in: query", replace: "      - name: colour\n        in: body" }],
    rule: "openapi/struct",
    file: P,
    lineMarker: "in: body",
    pointer: "/collection/get/parameters/1/in",
  },
  {
    name: "two operations with one operationId",
    mutations: [{ file: P, find: "operationId: widget_delete", replace: "operationId: widget_modify" }],
    rule: "duplicate-operation-id",
    file: P,
    // Operations are visited get, put, post, delete, …, patch: the later-visited one is reported.
    lineMarker: "operationId: widget_modify\n    summary: Change",
    pointer: "/instance/patch/operationId",
    message: /also used at paths\/widgets\.yaml:\d+/,
  },
  {
    name: "a component named like a derived shape",
    mutations: [{ file: "openapi.yaml", find: "    widget_collection:", replace: "    widget_create: { $ref: ./components/widget.yaml#/schemas/widget_collection }\n    widget_collection:" }],
    rule: "shape-name-clash",
    file: W,
    lineMarker: "  widget_collection:",
    pointer: "/schemas/widget_collection",
  },
  {
    name: "a request body that is not JSON",
    mutations: [{ file: P, find: "    requestBody:\n      content:\n        application/json:", replace: "    requestBody:\n      content:\n        text/plain:" }],
    rule: "body-media-type",
    file: P,
    lineMarker: "text/plain:",
    pointer: "/collection/post/requestBody/content/text~1plain",
  },
  {
    name: "releases out of order",
    mutations: [{ file: "openapi.yaml", find: '["9.8", "9.9", "9.10"]', replace: '["9.8", "9.10", "9.9"]' }],
    rule: "releases-not-ascending",
    file: "openapi.yaml",
    lineMarker: "x-ontap-releases:",
    pointer: "/x-ontap-releases/2",
  },
];

describe("malformed specs are rejected with their exact location", () => {
  it("the unmutated mini spec is clean", async () => {
    const { diagnostics } = await checkMutated();
    expect(diagnostics).toEqual([]);
  });

  it(`covers at least 20 distinct cases (${cases.length})`, () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(20);
  });

  for (const c of cases)
    it(c.name, async () => {
      const { diagnostics, texts } = await checkMutated(...c.mutations);
      const text = texts.get(c.file) ?? (await readFile(path.join(MINI_SPEC, c.file), "utf8"));
      const line = lineOf(text, c.lineMarker);
      const hit = diagnostics.find((d) => d.rule === c.rule);
      expect(hit, `expected a ${c.rule} problem, got:\n${diagnostics.map((d) => `${d.rule} ${d.file}:${d.line} ${d.pointer} ${d.message}`).join("\n")}`).toBeDefined();
      expect({ file: hit!.file, line: hit!.line, pointer: hit!.pointer }).toEqual({ file: c.file, line, pointer: c.pointer });
      if (c.message) expect(hit!.message).toMatch(c.message);
    });
});

describe("a root file that is not a mapping", () => {
  it("is rejected naming the root file, not read as an empty spec", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-root-"));
    await writeFile(path.join(dir, "openapi.yaml"), "- openapi: 3.1.0\n- paths: {}\n");
    const err = await loadSpec(path.join(dir, "openapi.yaml"), { cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpecError);
    expect((err as SpecError).diagnostics.map((d) => [d.rule, d.file, d.pointer])).toEqual([["root-not-mapping", "openapi.yaml", ""]]);
  });
});
