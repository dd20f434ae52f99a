// netapp_ontap evidence from an artifacts folder written for this test: a field that references
// another resource, whose sub-fields the lists name one by one, is described by those entries and
// not by the referenced resource's own file (which describes that resource's endpoint).
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { readPythonArtifacts } from "../../generator/src/evidence/python-artifacts.js";
import type { ResourceDef } from "../../generator/src/evidence/resources.js";

const GADGET = `class GadgetSchema(ResourceSchema):
    name = marshmallow_fields.Str(data_key="name")
    badge = fields.Nested("netapp_ontap.resources.badge.BadgeSchema", data_key="badge", unknown=EXCLUDE)
    owner = fields.Nested("netapp_ontap.models.gadget_owner.GadgetOwnerSchema", data_key="owner", unknown=EXCLUDE)

    gettable_fields = ["name", "badge.name", "badge.uuid", "owner"]
    postable_fields = ["name", "badge.uuid", "owner"]
    patchable_fields = ["badge.uuid"]
`;
const BADGE = `class BadgeSchema(ResourceSchema):
    name = marshmallow_fields.Str(data_key="name")
    uuid = marshmallow_fields.Str(data_key="uuid")
    colour = marshmallow_fields.Str(data_key="colour")

    gettable_fields = ["colour", "name", "uuid"]
    postable_fields = ["colour", "name"]
    patchable_fields = ["colour"]
`;
const OWNER = `class GadgetOwnerSchema(ResourceSchema):
    nick = marshmallow_fields.Str(data_key="nick")

    gettable_fields = ["nick"]
    postable_fields = ["nick"]
    patchable_fields = ["nick"]
`;

it("follows a nested model listed whole, not a resource whose sub-fields the lists name", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-py-"));
  const files = { "resources/gadget.py": GADGET, "resources/badge.py": BADGE, "models/gadget_owner.py": OWNER };
  const manifest = [];
  for (const [rel, text] of Object.entries(files)) {
    const local = `netapp_ontap/9.13.1/netapp_ontap/${rel}`;
    await mkdir(path.dirname(path.join(dir, local)), { recursive: true });
    await writeFile(path.join(dir, local), text);
    manifest.push({ local, kind: "netapp_ontap", release: "9.13", artifactVersion: "9.13.1.0", repo: "made/up", path: `pkg/${local}`, commit: "0123456789abcdef", datedBy: "test" });
  }
  // An undated gathered file is evidence of no release.
  manifest.push({ local: "netapp_ontap/undated/x.py", kind: "netapp_ontap", release: null, artifactVersion: null, repo: null, path: null, commit: null, datedBy: "test" } as never);
  await writeFile(path.join(dir, "MANIFEST.json"), JSON.stringify(manifest));
  const res: ResourceDef = { id: "gadgets", model: "gadget", pythonModule: "gadget", operations: [], sides: { get: { method: "get", path: "/gadgets/{id}", id: "gadget_get" } } };
  const ev = readPythonArtifacts(dir, [res]);
  expect(ev.entries.map((e) => e.release)).toEqual(["9.13"]);
  const rows = ev.entries[0]!.rows;
  const subjects = new Set(rows.map((r) => r.subject));
  expect(subjects.has("field:badge.uuid")).toBe(true);
  expect(subjects.has("field:badge.colour")).toBe(false);
  expect(rows.find((r) => r.subject === "field:badge.uuid" && r.fact === "patch")?.value).toBe(true);
  expect(rows.find((r) => r.subject === "field:badge.name" && r.fact === "post")?.value).toBe(false);
  // The owner model is listed whole, so its own file tells its fields.
  expect(rows.find((r) => r.subject === "field:owner.nick" && r.fact === "post")?.value).toBe(true);
  expect(ev.entries[0]!.artifacts.map((a) => a.path).sort()).toEqual(["pkg/netapp_ontap/9.13.1/netapp_ontap/models/gadget_owner.py", "pkg/netapp_ontap/9.13.1/netapp_ontap/resources/gadget.py"]);
});
