// Each release's slice has exactly the accounts-group operations that release's evidence states
// (spec/evidence/<release>/{accounts,account-password,publickeys}.json). 9.18 has no operation
// evidence: it gets what the 9.17.1 and 9.19.1 bindings both state (decision-918).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCOUNTS_RESOURCES } from "../../../generator/src/evidence/resources/accounts.js";
import { operationSubject } from "../../../generator/src/evidence/resource-def.js";
import { SPEC_ROOT } from "../../../generator/src/paths.js";
import { realSlices } from "../../curated-spec/slice-helpers.js";

const { releases, slices } = await realSlices();
const EVIDENCE = path.join(path.dirname(SPEC_ROOT), "evidence");
const GROUP_PATHS = new Set(ACCOUNTS_RESOURCES.flatMap((r) => r.operations.map((o) => o.path)));
const METHODS = ["get", "post", "patch", "delete"];

interface Evidence {
  artifacts: { covers: string; complete: boolean }[];
  rows: { subject: string; fact: string; value: unknown }[];
}

/** Operations of the group the release's evidence states present, or undefined when no complete
 *  operations artifact speaks for the release. */
function evidenceOperations(r: string): Set<string> | undefined {
  const found = new Set<string>();
  let covered = false;
  for (const res of ACCOUNTS_RESOURCES) {
    const file = path.join(EVIDENCE, r, `${res.id}.json`);
    if (!existsSync(file)) continue;
    const ev = JSON.parse(readFileSync(file, "utf8")) as Evidence;
    covered ||= ev.artifacts.some((a) => a.covers === "operations" && a.complete);
    for (const row of ev.rows) if (row.subject.startsWith("operation:") && row.fact === "present" && row.value === true) found.add(row.subject);
  }
  return covered ? found : undefined;
}

function sliceOperations(r: string): Set<string> {
  const out = new Set<string>();
  for (const [p, item] of Object.entries<Record<string, unknown>>(slices.get(r)!.paths))
    if (GROUP_PATHS.has(p)) for (const m of METHODS) if (item[m]) out.add(operationSubject(m, p));
  return out;
}

const sorted = (s: Set<string>) => [...s].sort();

/** Every key at any depth of a JSON value. */
function keysOf(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) keysOf(x, out);
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      keysOf(x, out);
    }
  return out;
}

/** The example values of the group's responses (or request bodies) in a release's slice. */
function exampleValues(r: string, where: "responses" | "requestBody"): unknown[] {
  const out: unknown[] = [];
  for (const [p, item] of Object.entries<Record<string, any>>(slices.get(r)!.paths)) {
    if (!GROUP_PATHS.has(p)) continue;
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const holders = where === "responses" ? Object.values<any>(op.responses ?? {}) : [op.requestBody ?? {}];
      for (const h of holders) for (const media of Object.values<any>(h.content ?? {})) for (const ex of Object.values<any>(media.examples ?? {})) out.push(ex.value);
    }
  }
  return out;
}

describe.each(releases)("release %s", (r) => {
  it("has exactly the operations its evidence states", () => {
    const ev = evidenceOperations(r);
    if (ev) {
      expect(sorted(sliceOperations(r))).toEqual(sorted(ev));
    } else {
      // Only 9.18 lacks operation evidence; both neighbours' bindings decide it.
      expect(r).toBe("9.18");
      const both = new Set([...evidenceOperations("9.17")!].filter((o) => evidenceOperations("9.19")!.has(o)));
      expect(sorted(sliceOperations(r))).toEqual(sorted(both));
    }
  });
});

describe.each(releases)("release %s examples", (r) => {
  it("never show a password in a response, and show it only in request bodies", () => {
    const responses = exampleValues(r, "responses");
    expect(responses.length).toBeGreaterThan(0);
    expect(responses.flatMap((v) => keysOf(v))).not.toContain("password");
    // The request examples do carry passwords (POST an account, change a password): the check
    // above is about where they may appear, not a vacuous absence.
    expect(exampleValues(r, "requestBody").flatMap((v) => keysOf(v))).toContain("password");
  });
});

it("counts the group's operations: 11 up to 9.15, 15 with the query-based PATCH/DELETE from 9.16", () => {
  expect(releases.map((r) => sliceOperations(r).size)).toEqual(releases.map((r) => (["9.16", "9.17", "9.18", "9.19"].includes(r) ? 15 : 11)));
});
