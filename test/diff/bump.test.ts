// Computed semver bumps and changeset files for regenerated release packages.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeReleaseBump } from "../../generator/src/diff/bump.js";
import { computeChangesets } from "../../generator/src/diff/changeset.js";
import { obj, resApi, reqApi, str } from "./helpers.js";

describe("computeReleaseBump", () => {
  const base = resApi(obj({ a: str({ description: "A" }) }));
  it("null for the same document", () => {
    expect(computeReleaseBump(base, structuredClone(base)).bump).toBeNull();
  });
  it("patch for documentation only", () => {
    const r = computeReleaseBump(base, resApi(obj({ a: str({ description: "B" }) })));
    expect(r.bump).toBe("patch");
    expect(r.reasons[0]).toContain("property-docs-changed");
  });
  it("minor for an addition", () => {
    expect(computeReleaseBump(base, resApi(obj({ a: str({ description: "A" }), b: str() }))).bump).toBe("minor");
  });
  it("major for a breaking change, with the reason first", () => {
    const r = computeReleaseBump(reqApi(obj({ a: str({ maxLength: 9 }) })), reqApi(obj({ a: str({ maxLength: 3 }), b: str() })));
    expect(r.bump).toBe("major");
    expect(r.reasons[0]).toMatch(/^BREAKING: POST \/w \(request-body\) maxLength of `a` decreased 9 → 3/);
  });
  it("patch for a change no rule names", () => {
    const a = resApi(obj({}));
    const b = structuredClone(a);
    b.paths["/w"].get.responses["200"].headers = { X: { schema: str() } };
    expect(computeReleaseBump(a, b).bump).toBe("patch");
  });
});

describe("computeChangesets", () => {
  it("writes a standard changeset naming the package, once", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "ontap-cs-"));
    mkdirSync(path.join(root, "packages/client-9.10"), { recursive: true });
    writeFileSync(path.join(root, "packages/client-9.10/openapi.json"), JSON.stringify(resApi(obj({ a: str() }))));
    const opts = { repoRoot: root, releases: ["9.10", "9.11"], base: "worktree", slice: () => resApi(obj({ a: str(), b: str() })) };
    const [r910, r911] = await computeChangesets(opts);
    expect(r910!.bump).toBe("minor");
    expect(r911!.skipped).toContain("no packages/client-9.11/openapi.json");
    const files = readdirSync(path.join(root, ".changeset"));
    expect(files).toHaveLength(1);
    const text = readFileSync(path.join(root, ".changeset", files[0]!), "utf8");
    expect(text.startsWith('---\n"@ontap-sec/client-9.10": minor\n---\n\n')).toBe(true);
    expect(text).toContain("`b` added [response-property-added]");
    await computeChangesets(opts);
    expect(readdirSync(path.join(root, ".changeset"))).toEqual(files);
  });
  it("writes nothing when the document did not change", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "ontap-cs-"));
    mkdirSync(path.join(root, "packages/client-9.9"), { recursive: true });
    const doc = resApi(obj({ a: str() }));
    writeFileSync(path.join(root, "packages/client-9.9/openapi.json"), JSON.stringify(doc));
    const [r] = await computeChangesets({ repoRoot: root, releases: ["9.9"], base: "worktree", slice: () => doc });
    expect(r!.bump).toBeNull();
    expect(() => readdirSync(path.join(root, ".changeset"))).toThrow();
  });
});
