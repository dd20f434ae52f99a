// x-ontap-query-operations: one declaration per collection becomes a plain query PATCH/DELETE in
// each release's slice, and a bad declaration is a diagnostic naming the entry.
import { describe, expect, it } from "vitest";
import { sliceOf } from "../../generator/src/curated-spec/check-spec.js";
import { checkMutated, lineOf, type Mutation } from "./helpers.js";

const P = "paths/widgets.yaml";
const W = "components/widget.yaml";

const SHARED = [
  {
    file: W,
    find: "parameters:\n  fields:\n",
    replace: `parameters:
  continue_on_failure: { name: continue_on_failure, in: query, schema: { type: boolean } }
  serial_records: { name: serial_records, in: query, schema: { type: boolean } }
  return_records_get: { name: return_records, in: query, schema: { type: boolean } }
  return_timeout_get: { name: return_timeout, in: query, schema: { type: integer } }
  fields:
`,
  },
  {
    file: "openapi.yaml",
    find: "    fields: { $ref: ./components/widget.yaml#/parameters/fields }\n",
    replace: `    fields: { $ref: ./components/widget.yaml#/parameters/fields }
    continue_on_failure: { $ref: ./components/widget.yaml#/parameters/continue_on_failure }
    serial_records: { $ref: ./components/widget.yaml#/parameters/serial_records }
    return_records_get: { $ref: ./components/widget.yaml#/parameters/return_records_get }
    return_timeout_get: { $ref: ./components/widget.yaml#/parameters/return_timeout_get }
`,
  },
] satisfies Mutation[];

const declare = (entries: string): Mutation => ({ file: P, find: "collection:\n", replace: `collection:\n  x-ontap-query-operations:\n${entries}` });

const PATCH_AND_DELETE = `    - method: patch
      operationId: widget_modify_collection
      x-ontap-introduced: "9.9"
      x-ontap-source: doc
    - method: delete
      operationId: widget_delete_collection
      x-ontap-introduced: "9.10"
      x-ontap-source: doc
`;

describe("x-ontap-query-operations", () => {
  it("expands into query PATCH/DELETE with the GET's filters and the instance body, errors and responses", async () => {
    const c = await checkMutated(...SHARED, declare(PATCH_AND_DELETE));
    expect(c.diagnostics).toEqual([]);
    const s98 = sliceOf(c, "9.8");
    expect(Object.keys(s98.paths["/widgets"]!)).toEqual(["get", "post"]);

    const s99 = sliceOf(c, "9.9");
    const patch = s99.paths["/widgets"]!.patch!;
    expect(patch.operationId).toBe("widget_modify_collection");
    expect(s99.paths["/widgets"]!.delete).toBeUndefined();
    const names = (patch.parameters ?? []).map((p) => ("$ref" in p ? p.$ref : p.name));
    // The colour filter starts in 9.10; `fields` shapes the answer and is not a filter.
    expect(names).toEqual([
      "#/components/parameters/continue_on_failure",
      "#/components/parameters/serial_records",
      "#/components/parameters/return_records_get",
      "#/components/parameters/return_timeout_get",
    ]);
    expect(patch.requestBody).toEqual(s99.paths["/widgets/{uuid}"]!.patch!.requestBody);
    expect(patch.responses).toEqual(s99.paths["/widgets/{uuid}"]!.patch!.responses);
    expect(patch["x-ontap-errors"]).toEqual(s99.paths["/widgets/{uuid}"]!.patch!["x-ontap-errors"]);

    const s910 = sliceOf(c, "9.10");
    const del = s910.paths["/widgets"]!.delete!;
    expect(del.requestBody).toBeUndefined();
    expect((del.parameters ?? []).map((p) => ("$ref" in p ? p.$ref : p.name))).toContain("colour");
  });

  const bad: { name: string; entries: string; rule: string; marker: string; shared?: boolean }[] = [
    { name: "an unknown key", entries: `    - method: patch\n      operationId: w_m\n      bogus: 1\n`, rule: "query-operations-key", marker: "bogus: 1" },
    { name: "a method other than patch/delete", entries: `    - method: post\n      operationId: w_p\n`, rule: "query-operations-method", marker: "method: post" },
    { name: "no operationId", entries: `    - method: patch\n`, rule: "query-operations-operation-id", marker: "- method: patch" },
    { name: "an operationId already used", entries: `    - method: patch\n      operationId: widget_modify\n`, rule: "query-operations-operation-id", marker: "operationId: widget_modify\n" },
    { name: "no instance operation to take the body from", entries: `    - method: delete\n      operationId: w_d\n`, rule: "query-operations-instance", marker: "method: delete" },
    { name: "missing shared parameters", entries: `    - method: patch\n      operationId: w_m\n`, rule: "query-operations-shared-parameter", marker: "x-ontap-query-operations:", shared: false },
  ];
  for (const b of bad)
    it(`rejects ${b.name}, naming the entry's line`, async () => {
      const extra: Mutation[] = b.rule === "query-operations-instance" ? [{ file: P, find: "  delete:\n    operationId: widget_delete\n", replace: "  put:\n    operationId: widget_delete\n" }] : [];
      const c = await checkMutated(...(b.shared === false ? [] : SHARED), declare(b.entries), ...extra);
      const d = c.diagnostics.find((x) => x.rule === b.rule);
      expect(d, JSON.stringify(c.diagnostics)).toBeDefined();
      expect(d!.file).toBe(P);
      expect(d!.line).toBe(lineOf(c.texts.get(P)!, b.marker));
    });
});
