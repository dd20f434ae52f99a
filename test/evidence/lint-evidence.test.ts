// The evidence stage of lint on a temp copy of the real spec: a fact the evidence contradicts is
// named with file, line, pointer, release and the sources; a decision silences exactly that one.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { evidenceDirOf, lintEvidence, loadEvidence } from "../../generator/src/evidence/lint-evidence.js";
import { REPO_ROOT } from "../../generator/src/paths.js";
import { checkSpec } from "../../generator/src/curated-spec/check-spec.js";

async function lintCopy(edit?: (text: string) => string, dropEvidenceOf?: string) {
  const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-evidence-"));
  await cp(path.join(REPO_ROOT, "spec"), dir, { recursive: true });
  if (dropEvidenceOf) await rm(path.join(dir, "evidence", dropEvidenceOf), { recursive: true });
  const file = path.join(dir, "components/ipsec-policy.yaml");
  const before = await readFile(file, "utf8");
  const text = edit ? edit(before) : before;
  if (edit) expect(text).not.toBe(before);
  await writeFile(file, text);
  const checked = await checkSpec(path.join(dir, "openapi.yaml"), dir);
  expect(checked.diagnostics).toEqual([]);
  const ev = lintEvidence(checked.spec!, checked.releases, loadEvidence(evidenceDirOf(checked.spec!.rootPath)));
  return { ...ev, text };
}

const lineOf = (text: string, marker: string) => text.slice(0, text.indexOf(marker)).split("\n").length;
// esp_udp is in the 9.9.1 swagger and every later one (Trident bindings).
const laterEspUdp = (t: string) => t.replace(/(esp_udp:\n\s+#[^\n]*\n\s+introduced: )"9\.9"/, '$1"9.13"');

it("the curated spec agrees with its evidence, and every release is counted", async () => {
  const { diagnostics, summary } = await lintCopy();
  expect(diagnostics).toEqual([]);
  const by = Object.fromEntries(summary.map((s) => [s.release, s]));
  expect(by["9.10"]!.checked).toBeGreaterThan(100);
  expect(by["9.10"]!.verified).toBe(by["9.10"]!.checked - by["9.10"]!.decided);
  for (const s of summary) expect(s.contradicted).toBe(0);
});

it("a release without evidence is unverified, counted, and not an error", async () => {
  const { diagnostics, summary } = await lintCopy(undefined, "9.14");
  expect(diagnostics).toEqual([]);
  const s914 = summary.find((s) => s.release === "9.14")!;
  expect(s914.checked).toBe(0);
  expect(s914.unverified).toBeGreaterThan(100);
  expect(summary.find((s) => s.release === "9.13")!.checked).toBeGreaterThan(100);
});

it("an enum value the evidence shows, removed from a release, is named with location, release and sources", async () => {
  const { diagnostics, text } = await lintCopy(laterEspUdp);
  const enumErrors = diagnostics.filter((d) => d.rule === "evidence" && /field action enum/.test(d.message));
  expect(enumErrors.map((d) => /release (\S+):/.exec(d.message)![1]).sort()).toEqual(["9.10", "9.11", "9.12", "9.9"]);
  const d = enumErrors.find((x) => x.message.startsWith("release 9.10:"))!;
  expect(d.file).toMatch(/components\/ipsec-policy\.yaml$/);
  expect(d.pointer).toBe("/schemas/ipsec_policy/properties/action");
  expect(d.line).toBe(lineOf(text, "      action:"));
  expect(d.message).toContain('["bypass","discard","esp_transport"] in the spec');
  expect(d.message).toContain("trident-9.10 (NetApp/trident@ee35fe3b2bb6:storage_drivers/ontap/api/rest/models/ipsec_policy.go#L");
});

it("a field the evidence shows, removed from a release, is named", async () => {
  // enabled is in the 9.8.0 client and the 9.9.1 swagger.
  const { diagnostics } = await lintCopy((t) =>
    t.replace("description: Whether the policy is in effect.", 'description: Whether the policy is in effect.\n        x-ontap-introduced: "9.10"\n        x-ontap-source: seed-policies'),
  );
  const msgs = diagnostics.filter((d) => d.rule === "evidence").map((d) => d.message);
  expect(msgs).toContainEqual(expect.stringMatching(/^release 9\.8: field enabled present is false in the spec, (.*; )?true in netapp_ontap-9\.8\.0@992b2fdf \(pypi-data\/pypi-mirror-88@992b2fdf1686:.*resources\/ipsec_policy\.py#L\d+\)/));
  expect(msgs).toContainEqual(expect.stringMatching(/^release 9\.9: field enabled present is false in the spec, (.*; )?true in trident-9\.9 /));
});

it("a decision silences exactly the disagreement it names", async () => {
  const decision = `
        x-ontap-decision:
          - fact: enum
            release: "9.12"
            against: trident-9.12
            reason: test decision keeping esp_udp out of 9.12 only`;
  const { diagnostics, checks } = await lintCopy((t) => laterEspUdp(t).replace(/(\n {6}action:\n)/, `$1${decision.slice(1)}\n`));
  const enumErrors = diagnostics.filter((d) => d.rule === "evidence" && /field action enum/.test(d.message));
  expect(enumErrors.map((d) => /release (\S+):/.exec(d.message)![1]).sort()).toEqual(["9.10", "9.11", "9.9"]);
  const decided = checks.filter((c) => c.status === "decided" && c.subject === "field:action");
  expect(decided.map((c) => `${c.release} ${c.fact}`)).toEqual(["9.12 enum"]);
  expect(decided[0]!.verdicts.find((v) => v.decision)!.source).toBe("trident-9.12");
});

it("a decision that resolves nothing, or names an unknown source, is an error", async () => {
  const { diagnostics } = await lintCopy((t) =>
    t.replace(
      /(\n {6}enabled:\n)/,
      `$1        x-ontap-decision:\n          - { fact: type, against: trident-9.10, reason: nothing disagrees here at all }\n          - { fact: type, against: no-such-source, reason: an unknown source id here }\n`,
    ),
  );
  const rules = diagnostics.map((d) => `${d.rule} ${d.pointer}`);
  expect(rules).toContain("unused-decision /schemas/ipsec_policy/properties/enabled/x-ontap-decision/0");
  expect(diagnostics.some((d) => d.rule === "bad-decision" && d.message.includes('"no-such-source"'))).toBe(true);
});
