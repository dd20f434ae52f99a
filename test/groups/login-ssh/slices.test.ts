// Each release's slice has exactly the login-messages / SSH operations NetApp's artifacts of that
// release state (spec/evidence/<release>/{login-messages,ssh,ssh-svms}.json). 9.18 has no artifact
// for these resources: decision-918 gives it what the 9.17.1 and 9.19.1 bindings both state.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../generator/src/paths.js";
import { realSlices } from "../../curated-spec/slice-helpers.js";

const RESOURCES = ["login-messages", "ssh", "ssh-svms"] as const;
const OUR_PATHS = ["/security/login/messages", "/security/login/messages/{uuid}", "/security/ssh", "/security/ssh/svms", "/security/ssh/svms/{svm.uuid}"];
const METHODS = ["get", "post", "put", "patch", "delete"];

interface Evidence {
  artifacts: { covers: string; complete: boolean }[];
  rows: { subject: string; fact: string; value: unknown }[];
}

const evidence = (r: string, res: string): Evidence => JSON.parse(readFileSync(path.join(REPO_ROOT, "spec", "evidence", r, `${res}.json`), "utf8")) as Evidence;

/** Operations the release's artifacts state, or undefined when no artifact of the release lists them. */
function evidenceOperations(r: string): string[] | undefined {
  const all = RESOURCES.map((res) => evidence(r, res));
  if (!all.some((e) => e.artifacts.some((a) => a.covers === "operations" && a.complete))) return undefined;
  const present = all.flatMap((e) => e.rows.filter((x) => x.subject.startsWith("operation:") && x.fact === "present" && x.value === true));
  return [...new Set(present.map((x) => x.subject.slice("operation:".length)))].sort();
}

const { releases, slices } = await realSlices();

function sliceOperations(r: string): string[] {
  const paths = slices.get(r)!.paths as Record<string, Record<string, unknown>>;
  return OUR_PATHS.flatMap((p) => Object.keys(paths[p] ?? {}).filter((m) => METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${p}`)).sort();
}

describe.each(releases)("release %s", (r) => {
  it("has exactly the operations its artifacts state", () => {
    const stated = evidenceOperations(r) ?? (r === "9.18" ? evidenceOperations("9.17")!.filter((o) => evidenceOperations("9.19")!.includes(o)) : undefined);
    expect(stated, `no operation evidence for ${r}`).toBeDefined();
    expect(sliceOperations(r)).toEqual(stated);
  });
});

it("the group grows as NetApp's bindings say: SVM settings from 9.10, query PATCH from 9.16", () => {
  const ops = (r: string) => sliceOperations(r);
  expect(ops("9.8")).toEqual(["GET /security/login/messages", "GET /security/login/messages/{uuid}", "GET /security/ssh", "PATCH /security/login/messages/{uuid}", "PATCH /security/ssh"]);
  expect(ops("9.9")).toEqual(ops("9.8"));
  expect(ops("9.10")).toHaveLength(8);
  expect(ops("9.15")).toEqual(ops("9.10"));
  expect(ops("9.16")).toHaveLength(10);
  expect(ops("9.16")).toEqual(expect.arrayContaining(["PATCH /security/login/messages", "PATCH /security/ssh/svms"]));
  expect(ops("9.19")).toEqual(ops("9.16"));
});
