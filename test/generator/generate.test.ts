// pnpm generate: the committed output is current, generation is deterministic, and writing is
// all-or-nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SpecError } from "../../generator/src/diagnostics.js";
import { readPackageTree } from "../../generator/src/generate/package-tree.js";
import { describeStaleness } from "../../generator/src/generate/run-generate.js";
import { checkRun, generate, PACKAGES_DIR, REPO_ROOT, specReleases } from "./helpers.js";

const SLOW = 240_000;
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A temporary packages/ holding a copy of the committed release packages, the CLI's data, the fleet package (and a bystander). */
function tempPackages(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ontap-sec-gen-"));
  temps.push(dir);
  for (const d of readdirSync(PACKAGES_DIR)) if (/^client(-|$)/.test(d)) cpSync(path.join(PACKAGES_DIR, d), path.join(dir, d), { recursive: true, filter: (s) => !s.includes("node_modules") && !s.includes("dist") });
  cpSync(path.join(PACKAGES_DIR, "cli", "data"), path.join(dir, "cli", "data"), { recursive: true });
  cpSync(path.join(PACKAGES_DIR, "runtime", "package.json"), path.join(dir, "runtime", "package.json"));
  return dir;
}

/** Every file under a folder (name → content), node_modules aside. */
function snapshotDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(dir).sort()) for (const [f, c] of readPackageTree(path.join(dir, d))) out.set(`${d}/${f}`, c);
  out.set("<entries>", readdirSync(dir).sort().join(","));
  return out;
}

describe("generate --check", () => {
  it("is green on the committed packages", { timeout: SLOW }, async () => {
    const res = await checkRun();
    expect(describeStaleness(res.staleness!)).toEqual([]);
    expect(res.releases.map((r) => r.release)).toEqual(await specReleases());
  });

  it("names stale, missing and extra files without writing", { timeout: SLOW }, async () => {
    const dir = tempPackages();
    writeFileSync(path.join(dir, "client-9.9", "README.md"), "edited\n");
    rmSync(path.join(dir, "client-9.11", "src", "client.ts"));
    writeFileSync(path.join(dir, "client-9.12", "src", "extra.ts"), "export {};\n");
    cpSync(path.join(dir, "client-9.8"), path.join(dir, "client-9.7"), { recursive: true });
    writeFileSync(path.join(dir, "cli", "data", "slices", "9.13.json"), "{}\n");
    rmSync(path.join(dir, "cli", "data", "slices", "9.14.json"));
    writeFileSync(path.join(dir, "cli", "data", "slices", "9.7.json"), "{}\n");
    // The fleet package: its release table is generated, its other files are hand-written.
    const table = path.join(dir, "client", "src", "releases.ts");
    writeFileSync(table, readFileSync(table, "utf8").replace(/\n\s*"9\.10": \(\) => import\("@ontap-sec\/client-9\.10"\),/, ""));
    writeFileSync(path.join(dir, "client", "src", "hand-written.ts"), "export {};\n");
    const before = snapshotDir(dir);
    const res = await generate({ packagesDir: dir, check: true });
    expect(res.staleness!.stale).toEqual(["cli/data/slices/9.13.json", "client-9.9/README.md", "client/src/releases.ts"]);
    expect(res.staleness!.missing).toEqual(["cli/data/slices/9.14.json", "client-9.11/src/client.ts"]);
    expect(res.staleness!.extra).toContain("cli/data/slices/9.7.json");
    expect(res.staleness!.extra).toContain("client-9.12/src/extra.ts");
    expect(res.staleness!.extra).toContain("client-9.7/package.json");
    expect(res.staleness!.extra.filter((f) => f.startsWith("client/"))).toEqual([]);
    expect(snapshotDir(dir)).toEqual(before);
  });
});

describe("the fleet package (packages/client)", () => {
  it("its release table and dependencies follow the spec's release list; its hand-written files are kept", { timeout: SLOW }, async () => {
    const dir = tempPackages();
    const releases = await specReleases();
    // A spec with one release more: the table and package.json gain it, nothing else in client/ changes.
    const added = "9.99";
    const { emitFleet } = await import("../../generator/src/generate/emit-fleet.js");
    const files = await emitFleet([...releases, added].reverse());
    expect(files.get("src/releases.ts")).toContain(`"${added}": () => import("@ontap-sec/client-${added}"),`);
    expect(files.get("src/releases.ts")).toContain(`import type * as R9_99 from "@ontap-sec/client-${added}";`);
    // The array may be laid out on one line or one entry per line (prettier's print width).
    const table = /RELEASES = \[([^\]]*)\]/.exec(files.get("src/releases.ts")!)![1]!;
    expect(JSON.parse(`[${table.trim().replace(/,$/, "")}]`)).toEqual([...releases, "9.99"]);
    expect(Object.keys(JSON.parse(files.get("package.json")!).dependencies)).toEqual(["@ontap-sec/runtime", ...[...releases, added].map((r) => `@ontap-sec/client-${r}`)]);
    // Regenerating writes the table and package.json (version kept), and leaves the rest alone.
    const pj = path.join(dir, "client", "package.json");
    writeFileSync(pj, readFileSync(pj, "utf8").replace(/"version": "[^"]+"/, '"version": "2.0.1"').replace(/,\n\s*"@ontap-sec\/client-9\.9": "workspace:\^"/, ""));
    const handWritten = readFileSync(path.join(dir, "client", "src", "connect.ts"), "utf8");
    const csDir = path.join(dir, ".changeset");
    const res = await generate({ packagesDir: dir, releases: ["9.9"], changeset: true, changesetDir: csDir });
    // The release the package.json lacked is a minor change of the fleet package.
    const fleetChangesets = res.changesets.filter((f) => path.basename(f).startsWith("client-fleet-"));
    expect(fleetChangesets).toHaveLength(1);
    expect(readFileSync(fleetChangesets[0]!, "utf8")).toMatch(/^---\n"@ontap-sec\/client": minor\n---\n[\s\S]*- serves ONTAP 9\.9 \(@ontap-sec\/client-9\.9\)/);
    expect(JSON.parse(readFileSync(pj, "utf8")).version).toBe("2.0.1");
    expect(JSON.parse(readFileSync(pj, "utf8")).dependencies["@ontap-sec/client-9.9"]).toBe("workspace:^");
    expect(readFileSync(path.join(dir, "client", "src", "connect.ts"), "utf8")).toBe(handWritten);
    expect(readFileSync(path.join(dir, "client", "src", "releases.ts"), "utf8")).toBe(readFileSync(path.join(PACKAGES_DIR, "client", "src", "releases.ts"), "utf8"));
  });

  it("a release removed from the fleet is a major change, one added a minor one, none no changeset", async () => {
    const { planFleetChangeset } = await import("../../generator/src/generate/changesets.js");
    expect(planFleetChangeset(["9.8", "9.9"], ["9.8", "9.9"])).toBeUndefined();
    expect(planFleetChangeset(undefined, ["9.8"])).toBeUndefined();
    expect(planFleetChangeset(["9.8"], ["9.8", "9.9"])!.bump).toBe("minor");
    const removed = planFleetChangeset(["9.8", "9.9"], ["9.9", "9.10"])!;
    expect(removed.bump).toBe("major");
    expect(removed.text).toContain('- no longer serves ONTAP 9.8: `release` is never "9.8"');
    expect(removed.text).toContain("- serves ONTAP 9.10 (@ontap-sec/client-9.10)");
  });

  it("is written into an empty packages/ too, and a failed swap removes it again", { timeout: SLOW }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ontap-sec-gen-empty-"));
    temps.push(dir);
    let renames = 0;
    await expect(
      generate({
        packagesDir: dir,
        releases: ["9.8"],
        beforeRename: (_from, to) => {
          if (to.endsWith(path.join("client", "src", "releases.ts")) && ++renames) throw new Error("injected rename failure");
        },
      }),
    ).rejects.toThrow("injected rename failure");
    expect(renames).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    await generate({ packagesDir: dir, releases: ["9.8"] });
    expect(readdirSync(dir).sort()).toEqual(["cli", "client", "client-9.8"]);
    expect(readdirSync(path.join(dir, "client")).sort()).toEqual(["package.json", "src"]);
  });
});

describe("determinism", () => {
  it("two in-memory runs are byte-identical", { timeout: SLOW }, async () => {
    const a = await checkRun();
    const b = await generate({ check: true });
    expect(b.releases.length).toBe(a.releases.length);
    for (const [i, ra] of a.releases.entries()) {
      const rb = b.releases[i]!;
      expect([...rb.files.keys()]).toEqual([...ra.files.keys()]);
      for (const [f, c] of ra.files) expect(rb.files.get(f), `${ra.release}/${f}`).toBe(c);
    }
  });
});

describe("atomic writes", () => {
  it("a failure in the 5th release leaves packages/ untouched", { timeout: SLOW }, async () => {
    const dir = tempPackages();
    writeFileSync(path.join(dir, "client-9.10", "README.md"), "stale on purpose\n");
    const before = snapshotDir(dir);
    const releases = await specReleases();
    await expect(
      generate({
        packagesDir: dir,
        beforeRelease: (r, i) => {
          if (i === 4) throw new Error(`injected failure in ${r}`);
        },
      }),
    ).rejects.toThrow(`injected failure in ${releases[4]}`);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it("a failure in the middle of the swap restores every folder", { timeout: SLOW }, async () => {
    const dir = tempPackages();
    writeFileSync(path.join(dir, "client-9.10", "README.md"), "stale on purpose\n");
    writeFileSync(path.join(dir, "client-9.10", "CHANGELOG.md"), "# changelog\n");
    const before = snapshotDir(dir);
    let renames = 0;
    await expect(
      generate({
        packagesDir: dir,
        beforeRename: () => {
          if (++renames === 9) throw new Error("injected rename failure");
        },
      }),
    ).rejects.toThrow("injected rename failure");
    expect(snapshotDir(dir)).toEqual(before);
    expect(readFileSync(path.join(dir, "client-9.10", "CHANGELOG.md"), "utf8")).toBe("# changelog\n");
  });

  it("writes every release, keeps versions, CHANGELOG.md and node_modules, removes release packages the spec lost", { timeout: SLOW }, async () => {
    const dir = tempPackages();
    const pj = path.join(dir, "client-9.10", "package.json");
    writeFileSync(pj, readFileSync(pj, "utf8").replace(/"version": "[^"]+"/, '"version": "3.4.5"'));
    writeFileSync(path.join(dir, "client-9.10", "CHANGELOG.md"), "# changelog\n");
    cpSync(path.join(dir, "client-9.8"), path.join(dir, "client-9.7"), { recursive: true });
    rmSync(path.join(dir, "client-9.15"), { recursive: true });
    rmSync(path.join(dir, "cli"), { recursive: true });
    const nm = path.join(dir, "client-9.12", "node_modules", "marker");
    cpSync(pj, nm);
    const res = await generate({ packagesDir: dir });
    expect(res.removed).toEqual(["client-9.7"]);
    expect(JSON.parse(readFileSync(pj, "utf8")).version).toBe("3.4.5");
    expect(JSON.parse(readFileSync(path.join(dir, "client-9.15", "package.json"), "utf8")).version).toBe("0.1.0");
    expect(readFileSync(path.join(dir, "client-9.10", "CHANGELOG.md"), "utf8")).toBe("# changelog\n");
    expect(existsSync(nm)).toBe(true);
    expect(existsSync(path.join(dir, "client-9.7"))).toBe(false);
    expect(existsSync(path.join(dir, "runtime", "package.json"))).toBe(true);
    // The CLI's data: every release of the spec, each slice the bytes of its package's openapi.json.
    const releases = await specReleases();
    const index = JSON.parse(readFileSync(path.join(dir, "cli", "data", "releases.json"), "utf8"));
    expect(index.releases.map((r: { release: string }) => r.release)).toEqual(releases);
    for (const r of releases)
      expect(readFileSync(path.join(dir, "cli", "data", "slices", `${r}.json`), "utf8")).toBe(readFileSync(path.join(dir, `client-${r}`, "openapi.json"), "utf8"));
    expect(readdirSync(dir).filter((d) => d.startsWith(".generate-tmp"))).toEqual([]);
    const again = await generate({ packagesDir: dir, check: true });
    expect(describeStaleness(again.staleness!)).toEqual([]);
  });

  it("a bad spec reports its diagnostics and writes nothing", { timeout: SLOW }, async () => {
    const specDir = mkdtempSync(path.join(tmpdir(), "ontap-sec-badspec-"));
    temps.push(specDir);
    cpSync(path.join(REPO_ROOT, "spec"), specDir, { recursive: true });
    const f = path.join(specDir, "paths", "ipsec-policies.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace(/x-ontap-introduced: "9\.10"/, 'x-ontap-introduced: "9.99"'));
    const dir = tempPackages();
    const before = snapshotDir(dir);
    const err = await generate({ specFile: path.join(specDir, "openapi.yaml"), packagesDir: dir }).catch((e) => e);
    expect(err).toBeInstanceOf(SpecError);
    expect((err as SpecError).diagnostics.length).toBeGreaterThan(0);
    expect((err as SpecError).diagnostics[0]!.file).toMatch(/ipsec-policies\.yaml$/);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it("--changeset writes one changeset per package whose slice changed, with the computed bump", { timeout: SLOW }, async () => {
    const dir = tempPackages();
    const csDir = mkdtempSync(path.join(tmpdir(), "ontap-sec-cs-"));
    temps.push(csDir);
    // Pretend the committed 9.10 package lacked DELETE on a CA certificate: regenerating adds it (minor).
    const f = path.join(dir, "client-9.10", "openapi.json");
    const old = JSON.parse(readFileSync(f, "utf8"));
    delete old.paths["/security/ipsec/ca-certificates/{certificate.uuid}"].delete;
    writeFileSync(f, JSON.stringify(old, null, 2) + "\n");
    const res = await generate({ packagesDir: dir, releases: ["9.10", "9.11"], changeset: true, changesetDir: csDir });
    expect(res.changesets).toHaveLength(1);
    const text = readFileSync(res.changesets[0]!, "utf8");
    expect(text).toMatch(/^---\n"@ontap-sec\/client-9\.10": minor\n---\n/);
    expect(text).toContain("DELETE /security/ipsec/ca-certificates/{certificate.uuid}");
    expect(readdirSync(csDir)).toHaveLength(1);
    expect(path.basename(res.changesets[0]!)).toMatch(/^client-9-10-/);
    // A subset still leaves the CLI's data complete.
    const index = JSON.parse(readFileSync(path.join(dir, "cli", "data", "releases.json"), "utf8"));
    expect(index.releases.map((r: { release: string }) => r.release)).toEqual(await specReleases());
  });

  it("--changeset writes the CLI's changeset when its packed releases changed", { timeout: SLOW }, async () => {
    const dir = tempPackages();
    const csDir = mkdtempSync(path.join(tmpdir(), "ontap-sec-cs-"));
    temps.push(csDir);
    // Pretend the CLI's data lacked 9.15 and held an older 9.12 document: regenerating adds one (minor).
    const data = path.join(dir, "cli", "data");
    const index = JSON.parse(readFileSync(path.join(data, "releases.json"), "utf8"));
    index.releases = index.releases.filter((r: { release: string }) => r.release !== "9.15");
    writeFileSync(path.join(data, "releases.json"), JSON.stringify(index, null, 2) + "\n");
    rmSync(path.join(data, "slices", "9.15.json"));
    writeFileSync(path.join(data, "slices", "9.12.json"), "{}\n");
    const res = await generate({ packagesDir: dir, releases: ["9.11"], changeset: true, changesetDir: csDir });
    expect(res.changesets.map((f) => path.basename(f))).toEqual([expect.stringMatching(/^cli-[0-9a-f]{8}\.md$/)]);
    expect(readFileSync(res.changesets[0]!, "utf8")).toBe(
      '---\n"@ontap-sec/cli": minor\n---\n\nThe releases packed with the CLI changed.\n\n- ONTAP 9.15 added\n- ONTAP 9.12: its document changed (as in @ontap-sec/client-9.12)\n',
    );
    // Regenerating again changes nothing: no changeset.
    expect((await generate({ packagesDir: dir, releases: ["9.11"], changeset: true, changesetDir: csDir })).changesets).toEqual([]);
  });
});
