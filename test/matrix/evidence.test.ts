// The matrix with the evidence: each present cell says whether NetApp's artifacts of its release
// verify it, whether the spec decided against one of them, or whether none speaks of it.
import { beforeAll, describe, expect, it } from "vitest";
import { evidenceStatus, type EvidenceStatus } from "../../generator/src/evidence/status.js";
import { buildMatrix, type Matrix } from "../../generator/src/matrix/build-matrix.js";
import { renderMatrixHtml } from "../../generator/src/matrix/render-html.js";
import { renderMatrixMarkdown } from "../../generator/src/matrix/render-md.js";
import { SPEC_ROOT } from "../../generator/src/paths.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";

let matrix: Matrix;
let status: EvidenceStatus;
beforeAll(async () => {
  const { spec, releases } = await loadCheckedSpec(SPEC_ROOT);
  status = evidenceStatus(spec, releases);
  matrix = buildMatrix(releases, new Map(releases.map((r) => [r, sliceSpec(spec.root, r)])), status);
});
const rowOf = (key: string) => matrix.sections.flatMap((s) => s.groups.flatMap((g) => g.rows)).find((r) => r.key === key)!;
const cellOf = (key: string, release: string) => rowOf(key).cells.find((c) => c.release === release)!;

describe("evidence in the matrix", () => {
  it("marks a fact a release's swagger states as verified, citing it", () => {
    const c = cellOf("enum:ipsec_policy.action=esp_udp", "9.10");
    expect(c.evidence?.status).toBe("verified");
    expect(c.evidence?.sources.some((s) => s.startsWith("NetApp/trident@ee35fe3b2bb6:storage_drivers/ontap/api/rest/models/ipsec_policy.go#L"))).toBe(true);
  });

  it("marks a decided fact with the source decided against and the reason", () => {
    const c = cellOf("prop:ipsec_policy.scope", "9.8");
    expect(c.evidence?.status).toBe("decided");
    expect(c.evidence?.notes.some((n) => /^post against netapp_ontap-9\.8\.0@992b2fdf: .*network_scope_readonly/.test(n))).toBe(true);
  });

  it("marks what no artifact of the release speaks of as unverified, and absent cells not at all", () => {
    // replay_window's values: in the 9.9.1 swagger; the 9.8.0 client validates no enum for it.
    expect(cellOf("enum:ipsec.replay_window=64", "9.8").evidence).toEqual({ status: "unverified", sources: [], notes: [] });
    expect(cellOf("enum:ipsec.replay_window=64", "9.9").evidence?.status).toBe("verified");
    expect(cellOf("op:GET /security/ipsec/ca-certificates", "9.8").evidence).toBeUndefined();
  });

  it("shows the marks, the per-release counts and the decisions in Markdown and HTML", () => {
    const md = renderMatrixMarkdown(matrix);
    const s910 = status.summaryOf("9.10")!;
    expect(md).toContain(`| verified | ${matrix.releases.map((r) => status.summaryOf(r)!.verified).join(" | ")} |`);
    expect(s910.verified).toBeGreaterThan(0);
    // esp_udp: absent in 9.8 (9.8.0 client), new and verified in 9.9 (9.9.1 swagger).
    expect(md).toMatch(/\| (&nbsp;)*action = esp_udp \| · \| \*\*\+\*\*ᵛ \| ✓ᵛ \|/);
    expect(md).toContain("## Decided against a source");
    const html = renderMatrixHtml(matrix);
    expect(html).toMatch(/<td class="c present ev-decided" data-release="9\.8" data-state="present" data-evidence="decided" title="scope — ONTAP 9\.8: present\nflags: RO\nevidence: decided\n {2}decided: patch against netapp_ontap-9\.8\.0@992b2fdf[^"]*\n {2}decided: post against/);
  });
});
