// The artifact list is MANIFEST.json plus manifest.d/*.json, so curators of different groups can
// gather files at once; a file listed twice is an error naming both lists.
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../generator/src/evidence/artifact-manifest.js";

const entry = (local: string) => ({ local, kind: "netapp_ontap", release: "9.14", artifactVersion: "9.14.1.0", repo: "r/x", path: local, commit: "c".repeat(40), datedBy: "test" });

async function dirWith(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-manifest-"));
  await mkdir(path.join(dir, "manifest.d"));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

describe("readManifest", () => {
  it("reads MANIFEST.json first, then manifest.d/*.json in name order", async () => {
    const dir = await dirWith({ "MANIFEST.json": [entry("a.py")], "manifest.d/roles.json": [entry("c.py")], "manifest.d/accounts.json": [entry("b.py")], "manifest.d/notes.txt": "ignored" });
    expect(readManifest(dir).map((e) => e.local)).toEqual(["a.py", "b.py", "c.py"]);
  });

  it("rejects a file listed by two manifests, naming the second list and the first", async () => {
    const dir = await dirWith({ "MANIFEST.json": [entry("a.py")], "manifest.d/accounts.json": [entry("a.py")] });
    expect(() => readManifest(dir)).toThrow(/manifest\.d\/accounts\.json: a\.py is already listed in .*MANIFEST\.json/);
  });

  it("names the file and index of a malformed entry, and a file that is not JSON", async () => {
    const bad = await dirWith({ "manifest.d/x.json": [entry("a.py"), { kind: "netapp_ontap" }] });
    expect(() => readManifest(bad)).toThrow(/x\.json#\/1: a manifest entry needs string "local"/);
    const broken = await dirWith({ "manifest.d/y.json": "[{" });
    expect(() => readManifest(broken)).toThrow(/y\.json: not valid JSON/);
  });

  it("is empty without any manifest", async () => {
    expect(readManifest(await dirWith({}))).toEqual([]);
  });
});

describe("undated entries", () => {
  it("are read (release null) but are never evidence of a release", async () => {
    const { isDated } = await import("../../generator/src/evidence/artifact-manifest.js");
    const dir = await dirWith({ "MANIFEST.json": [entry("a.py"), { ...entry("old.py"), release: null }] });
    const all = readManifest(dir);
    expect(all.map((e) => e.release)).toEqual(["9.14", null]);
    expect(all.filter(isDated).map((e) => e.local)).toEqual(["a.py"]);
  });
});
