// The one changeset writer behind `generate --changeset` and `ontap-sec changeset`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { releaseChangesetFile } from "../../generator/src/generate/changesets.js";
import { changesetPath, writeChangeset } from "../../generator/src/write-changeset.js";

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "ontap-sec-cs-"));
  temps.push(d);
  return path.join(d, ".changeset");
};

describe("writeChangeset", () => {
  it("writes <prefix>-<hash of the text>.md, and the same text to the same file", () => {
    const dir = tempDir();
    const a = writeChangeset(dir, { prefix: "cli", text: "---\n\"@ontap-sec/cli\": minor\n---\n\nx\n" });
    expect(path.basename(a)).toMatch(/^cli-[0-9a-f]{8}\.md$/);
    expect(readFileSync(a, "utf8")).toBe("---\n\"@ontap-sec/cli\": minor\n---\n\nx\n");
    expect(writeChangeset(dir, { prefix: "cli", text: "---\n\"@ontap-sec/cli\": minor\n---\n\nx\n" })).toBe(a);
    const b = writeChangeset(dir, { prefix: "cli", text: "---\n\"@ontap-sec/cli\": patch\n---\n\ny\n" });
    expect(b).not.toBe(a);
    expect(readdirSync(dir).sort()).toEqual([path.basename(a), path.basename(b)].sort());
  });

  it("with dryRun names the file and writes nothing", () => {
    const dir = tempDir();
    const plan = releaseChangesetFile({ release: "9.10", bump: "minor", reasons: ["new field"] });
    expect(writeChangeset(dir, plan, { dryRun: true })).toBe(changesetPath(dir, plan));
    expect(path.basename(changesetPath(dir, plan))).toMatch(/^client-9-10-[0-9a-f]{8}\.md$/);
    expect(() => readdirSync(dir)).toThrow();
  });
});
