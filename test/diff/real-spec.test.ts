// Known facts of the curated spec, as the diff must report them.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { SPEC_ROOT } from "../../generator/src/paths.js";
import { diffSlices } from "../../generator/src/diff/diff-slices.js";
import { compareChanges, type DiffResult } from "../../generator/src/diff/model.js";
import { renderJson } from "../../generator/src/diff/render-json.js";
import { renderMarkdown } from "../../generator/src/diff/render-md.js";
import { renderText } from "../../generator/src/diff/render-text.js";
import { renderHtml } from "../../generator/src/diff/render-html.js";
import { renderRulesDoc, RULES_DOC_PATH } from "../../generator/src/diff/rules-doc.js";
import { RULES } from "../../generator/src/diff/rules.js";
import { readFileSync } from "node:fs";
import { NEWEST, OLDEST } from "../releases.js";

let slices: Map<string, any>;
const diff = (a: string, b: string): DiffResult => diffSlices(slices.get(a), slices.get(b), { from: a, to: b });
/** The changes to /security and the IPsec groups (the wave-1 groups have their own cases below). */
const IPSEC_OPERATION = / \/security(\/ipsec(\/|$)|$)/;
const ipsecDiff = (a: string, b: string): DiffResult => {
  const d = diff(a, b);
  return { ...d, changes: d.changes.filter((c) => c.operation === undefined || IPSEC_OPERATION.test(c.operation)) };
};
const breakingOf = (d: DiffResult) => d.changes.filter((c) => c.level === "breaking");
const CA = ["GET /security/ipsec/ca-certificates", "POST /security/ipsec/ca-certificates", "GET /security/ipsec/ca-certificates/{certificate.uuid}", "DELETE /security/ipsec/ca-certificates/{certificate.uuid}"];

beforeAll(async () => {
  const { spec, releases } = await loadCheckedSpec(SPEC_ROOT);
  slices = new Map(releases.map((r) => [r, sliceSpec(spec.root, r)]));
});

describe("real spec", () => {
  it("9.9 → 9.10 adds the ca-certificates operations and the policy authentication_method and certificate", () => {
    const d = ipsecDiff("9.9", "9.10");
    expect(d.direction).toBe("upgrade");
    expect(d.changes.filter((c) => c.id === "operation-added").map((c) => c.operation).sort()).toEqual([...CA].sort());
    const has = (id: string, operation: string, path: string) => d.changes.some((c) => c.id === id && c.operation === operation && c.path === path);
    expect(has("request-property-added", "POST /security/ipsec/policies", "authentication_method")).toBe(true);
    expect(has("request-property-added", "POST /security/ipsec/policies", "certificate")).toBe(true);
    expect(has("response-property-added", "GET /security/ipsec/policies/{uuid}", "authentication_method")).toBe(true);
    expect(has("response-property-added", "GET /security/ipsec/policies/{uuid}", "certificate")).toBe(true);
    // The only breaking changes are the evidence's: ike.version becomes an integer (9.10.1 swagger)
    // and PATCH /security loses return_records.
    const breaking = d.changes.filter((c) => c.level === "breaking").map((c) => `${c.id} ${c.operation} ${c.path ?? ""}`.trim());
    expect(breaking.sort()).toEqual([
      "parameter-removed PATCH /security",
      "request-type-changed GET /security/ipsec/security-associations",
      "response-type-changed GET /security/ipsec/security-associations records[].ike.version",
      "response-type-changed GET /security/ipsec/security-associations/{uuid} ike.version",
    ]);
  });

  it("9.10 → 9.9 reports them as breaking removals, labelled a downgrade", () => {
    const d = ipsecDiff("9.10", "9.9");
    expect(d.direction).toBe("downgrade");
    const removed = d.changes.filter((c) => c.id === "operation-removed");
    expect(removed.map((c) => c.operation).sort()).toEqual([...CA].sort());
    expect(removed.every((c) => c.level === "breaking")).toBe(true);
    for (const p of ["authentication_method", "certificate"]) {
      expect(d.changes.find((c) => c.id === "request-property-removed" && c.operation === "POST /security/ipsec/policies" && c.path === p)?.level).toBe("breaking");
      expect(d.changes.find((c) => c.id === "response-property-removed" && c.operation === "GET /security/ipsec/policies/{uuid}" && c.path === p)?.level).toBe("breaking");
    }
    expect(renderMarkdown(diff("9.10", "9.9"))).toContain("**Downgrade.**");
    expect(renderText(diff("9.10", "9.9"))).toContain("DOWNGRADE");
  });

  it("9.14 → 9.15: policy name becomes create-only and limited, which breaks PATCH and POST callers", () => {
    const d = diff("9.14", "9.15");
    expect(d.changes.find((x) => x.id === "request-max-length-decreased" && x.path === "name")).toMatchObject({ level: "breaking", operation: "POST /security/ipsec/policies" });
    const c = d.changes.find((x) => x.id === "request-property-became-create-only" && x.path === "name");
    expect(c).toMatchObject({ level: "breaking", operation: "PATCH /security/ipsec/policies/{uuid}", location: "request-body" });
  });

  it("9.15 → 9.16 adds IPsec offload (switch and SA counters) and the encryption state, none of it breaking", () => {
    const d = ipsecDiff("9.15", "9.16");
    const has = (id: string, operation: string, path: string) => d.changes.some((c) => c.id === id && c.operation === operation && c.path === path);
    expect(has("request-property-added", "PATCH /security/ipsec", "offload_enabled")).toBe(true);
    expect(has("response-property-added", "GET /security/ipsec/security-associations/{uuid}", "ipsec.inbound.offload_packets")).toBe(true);
    expect(has("response-property-added", "GET /security", "software_data_encryption.encryption_state")).toBe(true);
    // encryption_state is read-only: never part of a PATCH body.
    expect(has("request-property-added", "PATCH /security", "software_data_encryption.encryption_state")).toBe(false);
    expect(breakingOf(d)).toEqual([]);
  });

  it("9.16 → 9.17 adds the policy ppk; 9.17 → 9.18 adds only certificate_modify_keepsa", () => {
    const d = diff("9.16", "9.17");
    expect(d.changes.some((c) => c.id === "request-property-added" && c.operation === "PATCH /security/ipsec/policies/{uuid}" && c.path === "ppk")).toBe(true);
    const paths = new Set(diff("9.17", "9.18").changes.map((c) => c.path ?? c.location));
    expect([...paths].every((p) => String(p).includes("certificate_modify_keepsa"))).toBe(true);
    expect(paths.size).toBeGreaterThan(0);
  });

  it("9.19 → 9.18 removes TLS offload only from /security and IPsec (breaking for a 9.19 client on 9.18)", () => {
    const d = ipsecDiff("9.19", "9.18");
    expect(d.direction).toBe("downgrade");
    const removed = d.changes.filter((c) => c.id === "request-property-removed").map((c) => `${c.operation} ${c.path}`);
    expect(removed).toEqual(["PATCH /security tls.offload_enabled"]);
    expect(breakingOf(d).length).toBeGreaterThan(0);
  });

  it("9.15 → 9.16 breaks SSH and certificate callers: CBC ciphers and the CSR algorithm ecc are gone", () => {
    const d = diff("9.15", "9.16");
    const breaking = breakingOf(d).map((c) => `${c.operation} ${c.path ?? ""}`);
    expect(breaking.some((b) => b.startsWith("PATCH /security/ssh "))).toBe(true);
    expect(breaking.some((b) => b.startsWith("POST /security/certificate-signing-request "))).toBe(true);
    expect(d.changes.filter((c) => c.id === "operation-added").map((c) => c.operation)).toEqual(
      expect.arrayContaining(["PATCH /security/accounts", "DELETE /security/roles", "DELETE /security/certificates", "PATCH /security/ssh/svms", "DELETE /security/audit/destinations"]),
    );
  });

  it("9.9 → 9.10 adds the SVM SSH settings; 9.8 → 9.9 adds the CSR endpoint", () => {
    expect(diff("9.9", "9.10").changes.filter((c) => c.id === "operation-added").map((c) => c.operation)).toEqual(expect.arrayContaining(["GET /security/ssh/svms", "PATCH /security/ssh/svms/{svm.uuid}"]));
    expect(diff("9.8", "9.9").changes.filter((c) => c.id === "operation-added").map((c) => c.operation)).toContain("POST /security/certificate-signing-request");
  });

  it("a release compared with itself reports nothing", () => {
    for (const r of slices.keys()) {
      const d = diff(r, r);
      expect(d.changes).toEqual([]);
      expect(d.direction).toBe("same");
    }
  });

  it("has a stable JSON shape, sorted deterministically", () => {
    const d = diff(OLDEST, NEWEST);
    const json = JSON.parse(renderJson(d));
    expect(Object.keys(json)).toEqual(["from", "to", "direction", "summary", "changes"]);
    expect(Object.keys(json.summary)).toEqual(["breaking", "warning", "info"]);
    const allowed = ["id", "level", "operation", "operationId", "location", "path", "message", "before", "after"];
    for (const c of json.changes) {
      expect(Object.keys(c).every((k) => allowed.includes(k))).toBe(true);
      expect(Object.keys(c)).toEqual(allowed.filter((k) => k in c));
      expect(RULES.some((r) => r.id === c.id && r.level === c.level)).toBe(true);
      expect(typeof c.location).toBe("string");
    }
    expect(json.summary.breaking + json.summary.warning + json.summary.info).toBe(json.changes.length);
    expect([...d.changes].sort(compareChanges)).toEqual(d.changes);
  });

  it("renders the same bytes from the same input, in every format", () => {
    for (const [a, b] of [[OLDEST, NEWEST], [NEWEST, OLDEST]] as const) {
      const d1 = diff(a, b);
      const d2 = diff(a, b);
      for (const render of [renderJson, renderMarkdown, renderText, renderHtml]) expect(render(d2)).toBe(render(d1));
    }
  });
});

describe("RULES.md", () => {
  it("is generated from the rule table (run `pnpm tsx generator/src/diff/rules-doc.ts --write`)", () => {
    expect(readFileSync(RULES_DOC_PATH, "utf8")).toBe(renderRulesDoc());
  });
  it("has unique rule ids", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
