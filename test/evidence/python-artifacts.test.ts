// Fields of a netapp_ontap resource file, following nested *models* into their own files but not
// nested *resources*, which are references whose fields the parent's lists name.
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPythonArtifacts } from "../../generator/src/evidence/python-artifacts.js";
import type { ResourceDef } from "../../generator/src/evidence/resources.js";

const WIDGET = `class WidgetSchema(ResourceSchema):
    owner = fields.Nested("netapp_ontap.resources.svm.SvmSchema", data_key="owner", unknown=EXCLUDE)
    endpoint = fields.Nested("netapp_ontap.models.widget_endpoint.WidgetEndpointSchema", data_key="endpoint", unknown=EXCLUDE)
    name = fields.Str(data_key="name", validate=len_validation(minimum=1, maximum=8))

    gettable_fields = ["owner.name", "owner.uuid", "endpoint", "name"]
    postable_fields = ["owner.name", "endpoint", "name"]
    patchable_fields = ["endpoint"]
`;
const ENDPOINT = `class WidgetEndpointSchema(ResourceSchema):
    port = fields.Integer(data_key="port")
`;
const SVM = `class SvmSchema(ResourceSchema):
    name = fields.Str(data_key="name")
    uuid = fields.Str(data_key="uuid")
    comment = fields.Str(data_key="comment")
`;

const widget: ResourceDef = {
  id: "widgets",
  model: "widget",
  pythonModule: "widget",
  operations: [{ method: "get", path: "/widgets", id: "widget_collection_get" }],
  sides: { get: { method: "get", path: "/widgets", id: "widget_collection_get" } },
};

async function artifacts(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-py-"));
  const files = { "resources/widget.py": WIDGET, "models/widget_endpoint.py": ENDPOINT, "resources/svm.py": SVM };
  const manifest = [];
  for (const [rel, text] of Object.entries(files)) {
    const local = `netapp_ontap/9.14.1.0/netapp_ontap/${rel}`;
    await mkdir(path.dirname(path.join(dir, local)), { recursive: true });
    await writeFile(path.join(dir, local), text);
    manifest.push({ local, kind: "netapp_ontap", release: "9.14", artifactVersion: "9.14.1.0", repo: "r/x", path: `w/netapp_ontap/${rel}`, commit: "a".repeat(40), datedBy: "test" });
  }
  await writeFile(path.join(dir, "MANIFEST.json"), JSON.stringify(manifest));
  return dir;
}

describe("readPythonArtifacts", () => {
  it("follows a nested model into its file and keeps a nested resource to the fields the lists name", async () => {
    const ev = readPythonArtifacts(await artifacts(), [widget]);
    const rows = ev.entries.flatMap((e) => e.rows);
    const present = [...new Set(rows.filter((r) => r.fact === "present").map((r) => r.subject))].sort();
    expect(present).toEqual(["field:endpoint", "field:endpoint.port", "field:name", "field:owner", "field:owner.name", "field:owner.uuid"]);
    const fact = (subject: string, f: string) => rows.find((r) => r.subject === subject && r.fact === f)?.value;
    expect(fact("field:endpoint.port", "type")).toBe("integer");
    expect(fact("field:owner.uuid", "post")).toBe(false);
    expect(fact("field:name", "maxLength")).toBe(8);
  });
});
