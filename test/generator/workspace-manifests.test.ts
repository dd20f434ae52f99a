// The two manifests that must name every release package follow the spec's releases: the
// repository's are in sync, a missing or left-over client is named, and sync repairs both.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkWorkspaceManifests, syncWorkspaceManifests } from "../../generator/src/generate/workspace-manifests.js";
import { REPO_ROOT } from "./helpers.js";
import { RELEASES } from "../releases.js";

function fakeRepo(root: Record<string, unknown>, mock: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ontap-sec-manifests-"));
  mkdirSync(path.join(dir, "packages", "mock"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(root, null, 2) + "\n");
  writeFileSync(path.join(dir, "packages", "mock", "package.json"), JSON.stringify(mock, null, 2) + "\n");
  return dir;
}

describe("workspace manifests", () => {
  it("the repository's root and mock package.json list exactly the spec's release packages", () => {
    expect(checkWorkspaceManifests(REPO_ROOT, [...RELEASES])).toEqual([]);
  });

  it("names a missing release package and one whose release left the spec, then sync repairs both files", () => {
    const dir = fakeRepo(
      { name: "ws", devDependencies: { "@ontap-sec/client-9.8": "workspace:*", "@ontap-sec/client-9.7": "workspace:*", vitest: "^4" } },
      { name: "@ontap-sec/mock", peerDependencies: { "@ontap-sec/client-9.8": "workspace:^" }, peerDependenciesMeta: { "@ontap-sec/client-9.8": { optional: true } } },
    );
    const problems = checkWorkspaceManifests(dir, ["9.8", "9.19"]).map((p) => `${p.file}: ${p.message}`);
    expect(problems).toEqual([
      "package.json: devDependencies lacks @ontap-sec/client-9.19",
      "package.json: devDependencies has @ontap-sec/client-9.7, whose release is not in the spec",
      `${path.join("packages", "mock", "package.json")}: peerDependencies lacks @ontap-sec/client-9.19`,
      `${path.join("packages", "mock", "package.json")}: peerDependenciesMeta lacks {optional: true} for @ontap-sec/client-9.19`,
    ]);
    expect(syncWorkspaceManifests(dir, ["9.8", "9.19"])).toHaveLength(2);
    expect(checkWorkspaceManifests(dir, ["9.8", "9.19"])).toEqual([]);
    const root = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(root.devDependencies).toEqual({ "@ontap-sec/client-9.19": "workspace:*", "@ontap-sec/client-9.8": "workspace:*", vitest: "^4" });
    // A second sync changes nothing.
    expect(syncWorkspaceManifests(dir, ["9.8", "9.19"])).toEqual([]);
  });
});
