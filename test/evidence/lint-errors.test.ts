// Error codes in the evidence lint, on a temp copy of the real spec: a code the tables list that the
// spec lacks, a code the spec lists that the tables lack, and a message worded otherwise are each
// named with file, line, pointer, release and source; a decision silences exactly the one it names;
// x-ontap-messages gives a release its own wording, in the lint and in the slice.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { evidenceDirOf, lintEvidence, loadEvidence } from "../../generator/src/evidence/lint-evidence.js";
import { REPO_ROOT } from "../../generator/src/paths.js";
import { checkSpec } from "../../generator/src/curated-spec/check-spec.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";

type Edits = Record<string, (text: string) => string>;

async function copyWith(edits: Edits) {
  const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-errors-"));
  await cp(path.join(REPO_ROOT, "spec"), dir, { recursive: true });
  const texts: Record<string, string> = {};
  for (const [rel, edit] of Object.entries(edits)) {
    const file = path.join(dir, rel);
    const before = await readFile(file, "utf8");
    texts[rel] = edit(before);
    expect(texts[rel], rel).not.toBe(before);
    await writeFile(file, texts[rel]);
  }
  return { dir, texts };
}

async function lintCopy(edits: Edits) {
  const { dir, texts } = await copyWith(edits);
  const checked = await checkSpec(path.join(dir, "openapi.yaml"), dir);
  expect(checked.diagnostics).toEqual([]);
  const ev = lintEvidence(checked.spec!, checked.releases, loadEvidence(evidenceDirOf(checked.spec!.rootPath)));
  return { ...ev, texts, spec: checked.spec! };
}

const POLICIES = "paths/ipsec-policies.yaml";
const CATALOG = "errors/ipsec-policies.yaml";
const lineOf = (text: string, marker: string, from = 0) => text.slice(0, text.indexOf(marker, from)).split("\n").length;
const releaseOf = (message: string) => /^release (\S+):/.exec(message)![1]!;
// Releases with Trident bindings, where the tables speak.
const TABLE_RELEASES = ["9.10", "9.11", "9.12", "9.16", "9.17", "9.19", "9.9"];

// The POST of the policies lists 66257104 right after 66257102 (its error tables, every release).
const dropNameExists = (t: string) => t.replace(/(\n {6}- "66257102"\n) {6}- "66257104"\n/, "$1");
const postErrorsAt = (t: string) => t.indexOf("x-ontap-errors:", t.indexOf("operationId: ipsec_policy_create"));

it("a code the tables list and the spec lacks is contradicted in every release with a table", async () => {
  const { diagnostics, texts } = await lintCopy({ [POLICIES]: dropNameExists });
  const found = diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("error POST /security/ipsec/policies#66257104"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(TABLE_RELEASES);
  const d = found.find((x) => releaseOf(x.message) === "9.16")!;
  expect(d.file).toMatch(/paths\/ipsec-policies\.yaml$/);
  expect(d.pointer).toBe("/collection/post/x-ontap-errors");
  expect(d.line).toBe(lineOf(texts[POLICIES]!, "x-ontap-errors:", postErrorsAt(texts[POLICIES]!)));
  expect(d.message).toMatch(/present is false in the spec, true in trident-9\.16 \(NetApp\/trident@d437900bfe28:storage_drivers\/ontap\/api\/rest\/client\/security\/ipsec_policy_create_responses\.go#L\d+\)/);
  // Releases without bindings say nothing about it.
  expect(found.some((x) => ["9.8", "9.13", "9.14", "9.15", "9.18"].includes(releaseOf(x.message)))).toBe(false);
});

it("a code the spec lists and the tables lack is contradicted at its list entry", async () => {
  // 66257116 (policy not found) is in the GET/PATCH/DELETE tables up to 9.12, never in POST's.
  const { diagnostics, texts } = await lintCopy({ [POLICIES]: (t) => t.replace(/(\n {6}- "66257102"\n)/, '$1      - "66257116"\n') });
  const found = diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("error POST /security/ipsec/policies#66257116"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(["9.10", "9.11", "9.12", "9.9"]);
  const d = found[0]!;
  expect(d.message).toMatch(/present is true in the spec, false in trident-9\.\d+ \(not in /);
  expect(d.pointer).toMatch(/^\/collection\/post\/x-ontap-errors\/\d+$/);
  expect(d.line).toBe(lineOf(texts[POLICIES]!, '- "66257116"', postErrorsAt(texts[POLICIES]!)));
});

it("a common code listed on an operation is not held against the operation's table", async () => {
  // The tables leave the common codes (errors/common.yaml) to NetApp's overview of common errors.
  const { diagnostics, checks } = await lintCopy({ [POLICIES]: (t) => t.replace(/(\n {6}- "66257102"\n)/, '$1      - "4"\n') });
  expect(diagnostics).toEqual([]);
  const common = checks.filter((c) => c.subject === "error:POST /security/ipsec/policies#4");
  expect(common.length).toBeGreaterThan(0);
  expect(new Set(common.map((c) => c.status))).toEqual(new Set(["unverified"]));
});

it("a message worded otherwise is contradicted at the catalog's message, for each operation using it", async () => {
  const { diagnostics, texts } = await lintCopy({ [CATALOG]: (t) => t.replace("message: IPsec policy with same name already exists in this SVM.", "message: IPsec policy with the same name already exists in this SVM.") });
  const found = diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("#66257104 message"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(TABLE_RELEASES);
  const d = found.find((x) => releaseOf(x.message) === "9.12")!;
  expect(d.file).toMatch(/errors\/ipsec-policies\.yaml$/);
  expect(d.pointer).toBe("/codes/66257104/message");
  expect(d.line).toBe(lineOf(texts[CATALOG]!, "message: IPsec policy with the same name"));
  expect(d.message).toContain('"IPsec policy with the same name already exists in this SVM." in the spec, "IPsec policy with same name already exists in this SVM." in trident-9.12');
});

it("a decision on the operation silences exactly the code, release and source it names", async () => {
  const decision = [
    "    x-ontap-decision:",
    '      - { fact: error, code: "66257104", release: "9.12", against: trident-9.12, reason: test decision keeping 66257104 out of 9.12 only }',
    "",
  ].join("\n");
  const { diagnostics, checks } = await lintCopy({
    [POLICIES]: (t) => {
      const dropped = dropNameExists(t);
      const at = postErrorsAt(dropped);
      return dropped.slice(0, at - 4) + decision + dropped.slice(at - 4);
    },
  });
  const found = diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("error POST /security/ipsec/policies#66257104"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(TABLE_RELEASES.filter((r) => r !== "9.12"));
  const decided = checks.filter((c) => c.status === "decided" && c.subject.startsWith("error:"));
  expect(decided.map((c) => [c.release, c.subject, c.fact])).toEqual([["9.12", "error:POST /security/ipsec/policies#66257104", "present"]]);
  expect(diagnostics.filter((d) => d.rule === "unused-decision")).toEqual([]);
});

it("a decision naming another code silences nothing and is reported unused", async () => {
  const decision = '    x-ontap-decision:\n      - { fact: error, code: "66257099", against: trident-9.12, reason: test decision about a code that agrees }\n';
  const { diagnostics } = await lintCopy({
    [POLICIES]: (t) => {
      const dropped = dropNameExists(t);
      const at = postErrorsAt(dropped);
      return dropped.slice(0, at - 4) + decision + dropped.slice(at - 4);
    },
  });
  const found = diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("error POST /security/ipsec/policies#66257104"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(TABLE_RELEASES);
  expect(diagnostics.filter((d) => d.rule !== "evidence").map((d) => d.rule)).toEqual(["unused-decision"]);
});

it("x-ontap-messages gives later releases their own wording, in the lint and in each slice", async () => {
  const reworded = "IPsec policy names must be unique in an SVM.";
  const edit = (t: string) =>
    t.replace(
      "message: IPsec policy with same name already exists in this SVM.\n    status: 409\n",
      `message: IPsec policy with same name already exists in this SVM.\n    status: 409\n    x-ontap-messages:\n      - { release: "9.16", message: ${reworded}, source: trident-9161 }\n`,
    );
  const { diagnostics, spec, texts } = await lintCopy({ [CATALOG]: edit });
  const found = diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("#66257104 message"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(["9.16", "9.17", "9.19"]);
  expect(found[0]!.pointer).toBe("/codes/66257104/x-ontap-messages/0/message");
  expect(found[0]!.line).toBe(lineOf(texts[CATALOG]!, `message: ${reworded}`));
  const wording = (r: string) => sliceSpec(spec.root, r).paths?.["/security/ipsec/policies"]?.post?.["x-ontap-errors"]?.find((e) => e.code === "66257104")?.message;
  expect(wording("9.15")).toBe("IPsec policy with same name already exists in this SVM.");
  expect(wording("9.16")).toBe(reworded);
  expect(sliceSpec(spec.root, "9.19")["x-ontap-error-catalog"]?.["66257104"]?.message).toBe(reworded);
});

it("an operation's own wording may change by release too, on its error reference", async () => {
  const own = '        message: "Failed to a create policy sequencing value."\n';
  const { diagnostics, spec } = await lintCopy({
    [POLICIES]: (t) => t.replace(own, `${own}        x-ontap-messages:\n          - { release: "9.17", message: Failed to create the policy sequence., source: trident-9171 }\n`),
  });
  const found = diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("error POST /security/ipsec/policies#66257110 message"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(["9.17", "9.19"]);
  expect(found[0]!.pointer).toMatch(/^\/collection\/post\/x-ontap-errors\/\d+\/x-ontap-messages\/0\/message$/);
  const wording = (r: string) => sliceSpec(spec.root, r).paths?.["/security/ipsec/policies"]?.post?.["x-ontap-errors"]?.find((e) => e.code === "66257110")?.message;
  expect(wording("9.16")).toBe("Failed to a create policy sequencing value.");
  expect(wording("9.17")).toBe("Failed to create the policy sequence.");
  // The catalog keeps its own wording for the other operations.
  expect(sliceSpec(spec.root, "9.17")["x-ontap-error-catalog"]?.["66257110"]?.message).toBe("Failed to create a policy sequencing value.");
});

it("the catalog lint checks x-ontap-messages: ascending known releases, a source, a change of wording", async () => {
  const { dir } = await copyWith({
    [CATALOG]: (t) =>
      t.replace(
        "message: IPsec policy with same name already exists in this SVM.\n    status: 409\n",
        'message: IPsec policy with same name already exists in this SVM.\n    status: 409\n    x-ontap-messages:\n      - { release: "9.16", message: Reworded once., source: trident-9161 }\n      - { release: "9.12", message: Reworded once. }\n      - { release: "9.99", message: Other., source: nowhere }\n',
      ),
  });
  const { diagnostics } = await checkSpec(path.join(dir, "openapi.yaml"), dir);
  const rules = diagnostics.filter((d) => d.pointer.startsWith("/codes/66257104/x-ontap-messages")).map((d) => [d.pointer, d.rule]);
  expect(rules).toEqual(
    expect.arrayContaining([
      ["/codes/66257104/x-ontap-messages/1", "missing-source"],
      ["/codes/66257104/x-ontap-messages/1/release", "messages-not-ascending"],
      ["/codes/66257104/x-ontap-messages/1/message", "messages-without-effect"],
      ["/codes/66257104/x-ontap-messages/2/release", "unknown-release"],
      ["/codes/66257104/x-ontap-messages/2/source", "unknown-source"],
    ]),
  );
  expect(rules).toHaveLength(5);
});

it("a code a table lists twice with two wordings agrees with either, and with no third", async () => {
  // POST /security/certificates lists 52363366 twice ("Unsupported key type." and another wording).
  const CERTS = "errors/certificates.yaml";
  const clean = await lintCopy({ [CERTS]: (t) => t.replace("    message: Unsupported key type.\n", '    message: "Unsupported key type."\n') });
  const verdicts = clean.checks.filter((c) => c.subject === "error:POST /security/certificates#52363366" && c.fact === "message" && c.status !== "unverified");
  expect(verdicts.map((c) => c.release).sort()).toEqual(TABLE_RELEASES);
  expect(new Set(verdicts.map((c) => c.status))).toEqual(new Set(["verified"]));
  const reworded = await lintCopy({ [CERTS]: (t) => t.replace("    message: Unsupported key type.\n", '    message: "Key type rejected."\n') });
  const found = reworded.diagnostics.filter((d) => d.rule === "evidence" && d.message.includes("error POST /security/certificates#52363366 message"));
  expect(found.map((d) => releaseOf(d.message)).sort()).toEqual(TABLE_RELEASES);
});
