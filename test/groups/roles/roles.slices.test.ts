// Each release's slice has exactly the roles operations NetApp's artifacts of that release state
// (spec/evidence/<release>/{roles,role-privileges}.json), and 9.18, which has no artifact that
// lists operations, has those its two neighbours agree on (decision-918).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES_RESOURCES } from "../../../generator/src/evidence/resources/roles.js";
import { REPO_ROOT } from "../../../generator/src/paths.js";
import { realSlices } from "../../curated-spec/slice-helpers.js";

interface EvidenceFile {
  artifacts: { covers: string }[];
  rows: { subject: string; fact: string; value: unknown }[];
}

const { releases, slices } = await realSlices();
const groupPaths = new Set(ROLES_RESOURCES.flatMap((r) => r.operations.map((o) => o.path)));

const evidence = (r: string, resource: string): EvidenceFile =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, "spec", "evidence", r, `${resource}.json`), "utf8")) as EvidenceFile;

/** `METHOD /path` of every operation the artifacts of release r state, or undefined when none lists operations. */
function evidenceOperations(r: string): string[] | undefined {
  const files = ROLES_RESOURCES.map((res) => evidence(r, res.id));
  if (!files.every((f) => f.artifacts.some((a) => a.covers === "operations"))) return undefined;
  const ops = files.flatMap((f) => f.rows.filter((row) => row.fact === "present" && row.value === true && row.subject.startsWith("operation:")));
  return [...new Set(ops.map((row) => row.subject.slice("operation:".length)))].sort();
}

function sliceOperations(r: string): string[] {
  const paths = slices.get(r)!.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths)
    .filter(([p]) => groupPaths.has(p))
    .flatMap(([p, item]) => Object.keys(item).filter((m) => ["get", "post", "patch", "delete"].includes(m)).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

describe.each(releases)("release %s", (r) => {
  it("has exactly the roles operations its artifacts state", () => {
    const stated = evidenceOperations(r);
    if (stated) {
      expect(sliceOperations(r)).toEqual(stated);
    } else {
      // decision-918: no artifact of this release lists operations; its neighbours must agree.
      const i = releases.indexOf(r);
      const [before, after] = [evidenceOperations(releases[i - 1]!), evidenceOperations(releases[i + 1]!)];
      expect(before).toEqual(after);
      expect(sliceOperations(r)).toEqual(before);
    }
  });
});

it("counts 9 operations before 9.16 and 12 from 9.16 (query DELETE on roles, query PATCH/DELETE on privileges)", () => {
  expect(sliceOperations("9.15")).toHaveLength(9);
  expect(sliceOperations("9.16")).toHaveLength(12);
  expect(sliceOperations("9.16")).toEqual(expect.arrayContaining(["DELETE /security/roles", "PATCH /security/roles/{owner.uuid}/{name}/privileges"]));
  expect(sliceOperations("9.19").filter((o) => o.startsWith("PATCH /security/roles/{owner.uuid}/{name}"))).toEqual([
    "PATCH /security/roles/{owner.uuid}/{name}/privileges",
    "PATCH /security/roles/{owner.uuid}/{name}/privileges/{path}",
  ]);
});
