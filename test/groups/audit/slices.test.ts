// Each release's slice has exactly the audit operations NetApp's artifacts of that release state
// (spec/evidence/<release>/audit*.json); a release whose evidence has no complete list of
// operations (9.18) is skipped here: its operations are inferred (decision-918).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../generator/src/paths.js";
import { realSlices } from "../../curated-spec/slice-helpers.js";
import { RELEASES } from "../../releases.js";

const RESOURCES = ["audit", "audit-destinations", "audit-messages"];
const METHODS = ["get", "post", "patch", "delete"];

interface Evidence {
  artifacts: { covers: string; complete: boolean }[];
  rows: { subject: string; fact: string; value: unknown }[];
}

function evidenceOperations(release: string): Set<string> | undefined {
  const ops = new Set<string>();
  let complete = false;
  for (const res of RESOURCES) {
    const ev = JSON.parse(readFileSync(path.join(REPO_ROOT, "spec", "evidence", release, `${res}.json`), "utf8")) as Evidence;
    complete ||= ev.artifacts.some((a) => a.covers === "operations" && a.complete);
    for (const r of ev.rows) if (r.subject.startsWith("operation:") && r.fact === "present" && r.value === true) ops.add(r.subject.slice("operation:".length));
  }
  return complete ? ops : undefined;
}

function sliceOperations(slice: { paths: Record<string, Record<string, unknown>> }): Set<string> {
  const ops = new Set<string>();
  for (const [p, item] of Object.entries(slice.paths))
    if (p === "/security/audit" || p.startsWith("/security/audit/")) for (const m of METHODS) if (item[m]) ops.add(`${m.toUpperCase()} ${p}`);
  return ops;
}

describe("audit operations per release match the evidence", () => {
  it("covers every release of the spec", () => {
    expect(RELEASES.length).toBeGreaterThanOrEqual(12);
  });
  for (const release of RELEASES)
    it(release, async () => {
      const expected = evidenceOperations(release);
      const { slices } = await realSlices();
      const actual = sliceOperations(slices.get(release));
      if (expected) {
        expect([...actual].sort()).toEqual([...expected].sort());
        return;
      }
      // No artifact lists this release's operations (9.18): what both neighbours' artifacts state
      // alike is inferred (decision-918), and nothing either lacks is there.
      const i = RELEASES.indexOf(release);
      const before = RELEASES.slice(0, i).reverse().map(evidenceOperations).find(Boolean)!;
      const after = RELEASES.slice(i + 1).map(evidenceOperations).find(Boolean)!;
      const both = [...before].filter((o) => after.has(o));
      expect([...actual].filter((o) => !before.has(o) || !after.has(o))).toEqual([]);
      expect([...actual].sort()).toEqual(both.sort());
    });
});
