// The error tables of the go-swagger responses files, on synthetic text written for these tests:
// both comment layouts the bindings use, the escapes they keep, and the rows a tree turns into.
import { expect, it } from "vitest";
import { parseGoErrorTable } from "../../generator/src/evidence/go-error-codes.js";
import { readTridentRelease, TRIDENT_ROOT, type TreeReader } from "../../generator/src/evidence/trident.js";
import { coveredSubjects } from "../../generator/src/evidence/build-evidence.js";
import type { ResourceDef } from "../../generator/src/evidence/resources.js";

// 9.9–9.11 layout: heading at column 1, the table right under it.
const OLD_LAYOUT = `package security

/* GadgetModifyDefault describes a response with status code -1, with default header values.

 ONTAP Error Response Codes
| Error Code | Description |
| ---------- | ----------- |
| 1001 | The gadget is spinning. |
| 1002 | Only one \\"mode\\" can be given. |

*/
type GadgetModifyDefault struct {
`;

// 9.12+ layout: heading indented with a tab, a blank line, and a trailing note after the table.
const NEW_LAYOUT = `package security

/*
	GadgetModifyDefault describes a response with status code -1, with default header values.

	ONTAP Error Response Codes

| Error Code | Description |
| ---------- | ----------- |
| 1001 | The gadget is spinning. |
| 1003 | Use the \`mode\` field; see <gadget-name>. |
Also see the table of common errors in the <a href="#Response_body">Response body</a> overview section of this documentation.
*/
type GadgetModifyDefault struct {
`;

it("reads the 9.9–9.11 layout, undoing the JSON escapes the comment keeps", () => {
  const t = parseGoErrorTable(OLD_LAYOUT);
  expect(t.headingLine).toBe(5);
  expect(t.codes).toEqual([
    { code: "1001", message: "The gadget is spinning.", line: 8 },
    { code: "1002", message: 'Only one "mode" can be given.', line: 9 },
  ]);
});

it("reads the 9.12+ layout and stops at the first line that is not a table row", () => {
  const t = parseGoErrorTable(NEW_LAYOUT);
  expect(t.headingLine).toBe(6);
  expect(t.codes).toEqual([
    { code: "1001", message: "The gadget is spinning.", line: 10 },
    { code: "1003", message: "Use the `mode` field; see <gadget-name>.", line: 11 },
  ]);
});

it("a responses file without a table states no codes; a malformed row is an error naming its line", () => {
  expect(parseGoErrorTable("package security\n\ntype GadgetGetOK struct {}\n")).toEqual({ codes: [] });
  const bad = OLD_LAYOUT.replace("| 1002 |", "| 10x2 |");
  expect(() => parseGoErrorTable(bad)).toThrow(/^line 9: an error table row/);
});

it("reads a row whose closing pipe NetApp left out (9.16.1 Azure rows) as the rest of the line", () => {
  const open = NEW_LAYOUT.replace(/\| 1003 \|(.*)\|\s*\n/, "| 1003 |$1\n");
  expect(open).not.toBe(NEW_LAYOUT);
  expect(parseGoErrorTable(open).codes.map((c) => [c.code, c.message])).toEqual(parseGoErrorTable(NEW_LAYOUT).codes.map((c) => [c.code, c.message]));
});

it("turns each operation's table into error rows, complete for that operation's codes", () => {
  const client = `op := &runtime.ClientOperation{\n\t\tID:                 "gadget_modify",\n\t\tMethod:             "PATCH",\n\t\tPathPattern:        "/gadgets/{id}",\n\t}\n\top := &runtime.ClientOperation{\n\t\tID:                 "gadget_get",\n\t\tMethod:             "GET",\n\t\tPathPattern:        "/gadgets/{id}",\n`;
  const files: Record<string, string> = {
    [`${TRIDENT_ROOT}/client/security/security_client.go`]: client,
    [`${TRIDENT_ROOT}/client/security/gadget_modify_responses.go`]: NEW_LAYOUT,
    [`${TRIDENT_ROOT}/client/security/gadget_get_responses.go`]: "package security\n",
  };
  const tree: TreeReader = { read: (p) => files[p], list: (d) => Object.keys(files).filter((p) => p.startsWith(d + "/")) };
  const res: ResourceDef = {
    id: "gadgets",
    model: "gadget",
    pythonModule: "gadget",
    operations: [
      { method: "patch", path: "/gadgets/{id}", id: "gadget_modify" },
      { method: "get", path: "/gadgets/{id}", id: "gadget_get" },
    ],
    sides: { get: { method: "get", path: "/gadgets/{id}", id: "gadget_get" } },
  };
  const { rows, artifacts } = readTridentRelease(tree, [res], "t-1").byResource.get("gadgets")!;
  const errorRows = rows.filter((r) => r.subject.startsWith("error:"));
  expect(errorRows.map((r) => [r.subject, r.fact, r.value, r.line])).toEqual([
    ["error:PATCH /gadgets/{id}#1001", "present", true, 10],
    ["error:PATCH /gadgets/{id}#1001", "message", "The gadget is spinning.", 10],
    ["error:PATCH /gadgets/{id}#1003", "present", true, 11],
    ["error:PATCH /gadgets/{id}#1003", "message", "Use the `mode` field; see <gadget-name>.", 11],
  ]);
  const errorArtifacts = artifacts.filter((a) => a.covers === "errors");
  expect(errorArtifacts.map((a) => [a.operation, a.complete])).toEqual([
    ["operation:PATCH /gadgets/{id}", true],
    ["operation:GET /gadgets/{id}", true],
  ]);
  // A code the table lacks is covered (absent), for either operation; an operation without a file is not.
  const covered = coveredSubjects(artifacts, rows);
  expect(covered("error:PATCH /gadgets/{id}#1002")).toBe(true);
  expect(covered("error:GET /gadgets/{id}#1001")).toBe(true);
  expect(covered("error:DELETE /gadgets/{id}#1001")).toBe(false);
});

it("keeps NetApp's personality markup out of the messages and scopes the rows it marks", () => {
  const text = [
    "\tONTAP Error Response Codes",
    "",
    "| Error Code | Description |",
    "| ---------- | ----------- |",
    "| 2001 | Before any section.<personalities supports=aiml,unified> |",
    "| 2002 | In the first section.</personalities> |",
    "| 2003 | Between sections.<personalities supports=asar2> |",
    "| 2004 | Only on ASA r2.</personalities> |",
    "| 2005 | After every section. |",
  ].join("\n");
  const rows = parseGoErrorTable(text).codes.map((c) => [c.code, c.message, c.personalities]);
  expect(rows).toEqual([
    ["2001", "Before any section.", undefined],
    ["2002", "In the first section.", ["aiml", "unified"]],
    ["2003", "Between sections.", undefined],
    ["2004", "Only on ASA r2.", ["asar2"]],
    ["2005", "After every section.", undefined],
  ]);
});

it("leaves out rows limited to personalities other than unified", () => {
  const table = "\tONTAP Error Response Codes\n\n| Error Code | Description |\n| ---------- | ----------- |\n| 2003 | Shared.<personalities supports=asar2> |\n| 2004 | Only on ASA r2.</personalities> |\n";
  const client = `op := &runtime.ClientOperation{\n\t\tID:                 "gadget_modify",\n\t\tMethod:             "PATCH",\n\t\tPathPattern:        "/gadgets/{id}",\n`;
  const files: Record<string, string> = {
    [`${TRIDENT_ROOT}/client/security/security_client.go`]: client,
    [`${TRIDENT_ROOT}/client/security/gadget_modify_responses.go`]: table,
  };
  const tree: TreeReader = { read: (p) => files[p], list: (d) => Object.keys(files).filter((p) => p.startsWith(d + "/")) };
  const res: ResourceDef = { id: "gadgets", model: "gadget", pythonModule: "gadget", operations: [{ method: "patch", path: "/gadgets/{id}", id: "gadget_modify" }], sides: { get: { method: "get", path: "/gadgets/{id}", id: "gadget_get" } } };
  const { rows } = readTridentRelease(tree, [res], "t-1").byResource.get("gadgets")!;
  expect([...new Set(rows.filter((r) => r.subject.startsWith("error:")).map((r) => r.subject))]).toEqual(["error:PATCH /gadgets/{id}#2003"]);
});
