// Each generated package README says how many of its release's facts the evidence verifies,
// and the numbers are lint's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { evidenceStatus } from "../../generator/src/evidence/status.js";
import { PACKAGES_DIR, SPEC_ROOT } from "../../generator/src/paths.js";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";

it("every package README carries its release's evidence counts", async () => {
  const { spec, releases } = await loadCheckedSpec(SPEC_ROOT);
  const status = evidenceStatus(spec, releases);
  for (const r of releases) {
    const readme = readFileSync(path.join(PACKAGES_DIR, `client-${r}`, "README.md"), "utf8");
    const s = status.summaryOf(r)!;
    expect(readme, r).toContain(`| verified by an artifact of ${r} | ${s.verified} |`);
    expect(readme, r).toContain(`| decided against a source, with a recorded reason | ${s.decided} |`);
    expect(readme, r).toContain(`| unverified (no artifact of ${r} speaks of them) | ${s.unverified} |`);
  }
});
