// Per-release public-surface snapshots, and no snapshot outliving its release or its file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiReport } from "./api-report.js";
import { packageDir, specReleases } from "./helpers.js";

const SNAPSHOTS = path.join(import.meta.dirname, "__snapshots__");
/** The files each release's snapshot folder may hold. */
const SNAPSHOT_FILES = ["api-report.md"];
const releases = await specReleases();

describe("api report", () => {
  for (const r of releases)
    it(`ONTAP ${r}`, { timeout: 120_000 }, async () => {
      const slice = JSON.parse(readFileSync(path.join(packageDir(r), "openapi.json"), "utf8"));
      await expect(apiReport(r, slice)).toMatchFileSnapshot(path.join(SNAPSHOTS, r, "api-report.md"));
    });

  it("has no orphaned snapshot", () => {
    const orphans: string[] = [];
    if (existsSync(SNAPSHOTS))
      for (const entry of readdirSync(SNAPSHOTS, { withFileTypes: true })) {
        if (entry.isDirectory() && releases.includes(entry.name)) {
          for (const f of readdirSync(path.join(SNAPSHOTS, entry.name))) if (!SNAPSHOT_FILES.includes(f)) orphans.push(`${entry.name}/${f}`);
        } else if (entry.isFile() && entry.name.endsWith(".snap")) {
          // vitest's own snapshot files: <test file>.snap next to a test file that still exists.
          if (!existsSync(path.join(import.meta.dirname, entry.name.replace(/\.snap$/, "")))) orphans.push(entry.name);
        } else orphans.push(entry.name);
      }
    expect(orphans, "snapshots of releases or files that no longer exist").toEqual([]);
  });
});
