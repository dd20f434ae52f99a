// The tarball checker of pack-install.test.ts, on synthetic tarballs (made with tar, laid out as
// npm lays them out: everything under package/).
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { missingTargets, readTarball } from "./exports-targets.js";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tarball(manifest: object, files: string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ontap-sec-tarball-"));
  dirs.push(dir);
  const root = path.join(dir, "package");
  for (const f of ["package.json", ...files]) {
    await mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await writeFile(path.join(root, f), f === "package.json" ? JSON.stringify(manifest) : "x");
  }
  const r = spawnSync("tar", ["-czf", "pkg.tgz", "package"], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tar failed: ${r.stderr}`);
  return new Uint8Array(await readFile(path.join(dir, "pkg.tgz")));
}

describe("missingTargets", () => {
  it("names each exports target, condition by condition, that the tarball lacks", async () => {
    const manifest = {
      name: "x",
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./openapi.json": "./openapi.json",
        "./internal/*": null,
      },
    };
    const contents = await readTarball(await tarball(manifest, ["dist/index.js", "openapi.json", "src/index.ts"]));
    expect(contents.files).toEqual(["dist/index.js", "openapi.json", "package.json", "src/index.ts"]);
    expect(contents.manifest).toEqual(manifest);
    expect(missingTargets(contents)).toEqual([{ field: 'exports["."]["types"]', target: "./dist/index.d.ts" }]);
  });

  it("is content when everything is there, `*` patterns and fallback arrays included", async () => {
    const manifest = {
      exports: { ".": [{ import: "./dist/index.js" }, "./dist/index.js"], "./guards/*": { types: "./dist/guards/*.d.ts", default: "./dist/guards/*.js" } },
      main: "./dist/index.js",
      types: "dist/index.d.ts",
    };
    const contents = await readTarball(await tarball(manifest, ["dist/index.js", "dist/index.d.ts", "dist/guards/a.js", "dist/guards/a.d.ts"]));
    expect(missingTargets(contents)).toEqual([]);
  });

  it("checks `*` patterns, main, types and bin too", async () => {
    const manifest = {
      exports: { "./guards/*": "./dist/guards/*.js" },
      main: "./dist/main.js",
      typings: "./dist/main.d.ts",
      bin: { "ontap-sec": "./bin/cli.js" },
    };
    const contents = await readTarball(await tarball(manifest, ["dist/guards/a.d.ts", "dist/main.d.ts"]));
    expect(missingTargets(contents)).toEqual([
      { field: 'exports["./guards/*"]', target: "./dist/guards/*.js" },
      { field: "main", target: "./dist/main.js" },
      { field: "bin.ontap-sec", target: "./bin/cli.js" },
    ]);
  });

  it("refuses a tarball without package.json", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ontap-sec-tarball-"));
    dirs.push(dir);
    await mkdir(path.join(dir, "package"));
    await writeFile(path.join(dir, "package", "index.js"), "x");
    spawnSync("tar", ["-czf", "pkg.tgz", "package"], { cwd: dir });
    await expect(readTarball(new Uint8Array(await readFile(path.join(dir, "pkg.tgz"))))).rejects.toThrow("the tarball has no package/package.json");
  });
});
