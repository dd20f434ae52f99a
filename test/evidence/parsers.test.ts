// The artifact parsers on small synthetic inputs written for these tests.
import { expect, it } from "vitest";
import { parseGoClientOperations, parseGoQueryParameters } from "../../generator/src/evidence/go-client.js";
import { parseGoModel } from "../../generator/src/evidence/go-model.js";
import { parsePythonSchemas } from "../../generator/src/evidence/python-client.js";
import { readTridentRelease, TRIDENT_ROOT, type TreeReader } from "../../generator/src/evidence/trident.js";
import type { ResourceDef } from "../../generator/src/evidence/resources.js";

const GADGET_GO = `package models

// Gadget a made-up record.
//
// swagger:model gadget
type Gadget struct {

	// What it does.
	// Enum: [spin stop]
	Mode *string \`json:"mode,omitempty"\`

	// Label.
	// Max Length: 32
	// Min Length: 2
	Label string \`json:"label,omitempty"\`

	// Ident.
	// Read Only: true
	ID string \`json:"id,omitempty"\`

	// Size.
	// Maximum: 10
	// Minimum: 1
	Size int64 \`json:"size,omitempty"\`

	// owner
	Owner *GadgetInlineOwner \`json:"owner,omitempty"\`

	// kind
	Kind *GadgetKind \`json:"kind,omitempty"\`
}

// swagger:model gadget_inline_owner
type GadgetInlineOwner struct {

	// Owner name.
	Name string \`json:"name,omitempty"\`
}
`;

const KIND_GO = `package models

// swagger:model gadget_kind
type GadgetKind string

var gadgetKindEnum []interface{}

func init() {
	var res []GadgetKind
	if err := json.Unmarshal([]byte(\`["small","big"]\`), &res); err != nil {
		panic(err)
	}
}
`;

it("reads fields, enums, limits, readOnly and nested structs of a go-swagger model", () => {
  const m = parseGoModel(GADGET_GO);
  expect(m.structs.map((s) => [s.name, s.model])).toEqual([
    ["Gadget", "gadget"],
    ["GadgetInlineOwner", "gadget_inline_owner"],
  ]);
  const f = Object.fromEntries(m.structs[0]!.fields.map((x) => [x.json, x]));
  expect(f.mode).toMatchObject({ goType: "*string", enum: ["spin", "stop"] });
  expect(f.label).toMatchObject({ minLength: 2, maxLength: 32 });
  expect(f.label!.readOnly).toBeUndefined();
  expect(f.id).toMatchObject({ readOnly: true });
  expect(f.size).toMatchObject({ minimum: 1, maximum: 10 });
  // Newer bindings print the enum as JSON.
  const newer = parseGoModel('type W struct {\n\t// Enum: ["esp_transport","esp_udp"]\n\tA *string `json:"a,omitempty"`\n\t// Enum: [0,64]\n\tB *int64 `json:"b,omitempty"`\n}\n');
  expect(newer.structs[0]!.fields.map((x) => x.enum)).toEqual([["esp_transport", "esp_udp"], ["0", "64"]]);
  expect(parseGoModel(KIND_GO).named).toEqual([{ name: "GadgetKind", base: "string", enum: ["small", "big"], line: 4 }]);
});

it("reads operations and query parameters of a go-swagger client", () => {
  const client = `op := &runtime.ClientOperation{\n\t\tID:                 "gadget_get",\n\t\tMethod:             "GET",\n\t\tPathPattern:        "/gadgets/{id}",\n`;
  expect(parseGoClientOperations(client)).toEqual([{ id: "gadget_get", method: "get", path: "/gadgets/{id}", line: 2 }]);
  const params = `type GadgetGetParams struct {\n\tEnabledQueryParameter *bool\n\tFields []string\n}\n
  if err := r.SetQueryParam("enabled", qEnabled); err != nil {}
  if err := r.SetQueryParam("fields", joinedFields...); err != nil {}`;
  expect(parseGoQueryParameters(params).map((p) => [p.name, p.type])).toEqual([
    ["enabled", "boolean"],
    ["fields", "array"],
  ]);
});

it("turns a commit's tree into field rows, following named types across files", () => {
  const files: Record<string, string> = {
    [`${TRIDENT_ROOT}/models/gadget.go`]: GADGET_GO,
    [`${TRIDENT_ROOT}/models/gadget_kind.go`]: KIND_GO,
  };
  const tree: TreeReader = { read: (p) => files[p], list: (d) => Object.keys(files).filter((p) => p.startsWith(d + "/")) };
  const res: ResourceDef = { id: "gadgets", model: "gadget", pythonModule: "gadget", operations: [], sides: { get: { method: "get", path: "/gadgets/{id}", id: "gadget_get" } } };
  const rows = readTridentRelease(tree, [res], "t-1").byResource.get("gadgets")!.rows;
  const fact = (subject: string, f: string) => rows.find((r) => r.subject === `field:${subject}` && r.fact === f)?.value;
  expect(fact("kind", "enum")).toEqual(["big", "small"]);
  expect(fact("owner", "type")).toBe("object");
  expect(fact("owner.name", "present")).toBe(true);
  expect(fact("label", "maxLength")).toBe(32);
  expect(fact("owner.name", "maxLength")).toBeNull();
  expect(fact("id", "readOnly")).toBe(true);
  expect(fact("label", "readOnly")).toBeUndefined();
  expect(fact("size", "type")).toBe("integer");
});

it("reads a netapp_ontap schema: fields, validators and the three field lists, skipping docstrings", () => {
  const py = `class GadgetSchema(ResourceSchema):
    """The fields."""

    mode = fields.Str(
        data_key="mode",
        validate=enum_validation(['spin', 'stop']),
    )
    r""" What it does.

Valid choices:

* spin
* stop """

    label = marshmallow_fields.Str(data_key="label", validate=len_validation(minimum=2, maximum=32))
    size = Size(data_key="size")
    owner = fields.Nested("netapp_ontap.models.gadget_owner.GadgetOwnerSchema", data_key="owner", unknown=EXCLUDE)

    gettable_fields = [
        "mode",
        "owner.name",
    ]
    postable_fields = ["label", "mode"]
    patchable_fields = []
`;
  const [s] = parsePythonSchemas(py);
  expect(s!.fields.map((f) => [f.key, f.type])).toEqual([
    ["mode", "string"],
    ["label", "string"],
    ["size", "integer"],
    ["owner", "object"],
  ]);
  expect(s!.fields[0]!.enum).toEqual(["spin", "stop"]);
  expect(s!.fields[1]).toMatchObject({ minLength: 2, maxLength: 32 });
  expect(s!.fields[3]!.nested).toBe("netapp_ontap.models.gadget_owner");
  expect(s!.lists).toEqual({ get: ["mode", "owner.name"], post: ["label", "mode"], patch: [] });
});

it("reads the documented operations of a reference-site index", async () => {
  const { parseDocsIndex } = await import("../../generator/src/evidence/docs-index.js");
  const yml = `---
overview: "made up"
paths:
  "/gadgets":
    get:
      x-doc:
        title: List gadgets
    post:
      x-doc:
        title: Make a gadget
  "/gadgets/{id}":
    delete:
      x-doc:
        title: Drop a gadget
`;
  expect(parseDocsIndex(yml)).toEqual([
    { method: "get", path: "/gadgets", line: 5 },
    { method: "post", path: "/gadgets", line: 8 },
    { method: "delete", path: "/gadgets/{id}", line: 12 },
  ]);
});
