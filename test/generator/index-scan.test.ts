// The index's export scan must read every generated module exactly as a real parse (ts-morph) does.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportedNames, parseModule, scanExports } from "../../generator/src/generate/emit-index.js";
import { PACKAGES_DIR } from "../../generator/src/paths.js";

const packages = (await readdir(PACKAGES_DIR)).filter((d) => d.startsWith("client-")).sort();

describe.each(packages)("%s", (pkg) => {
  it("scanExports agrees with ts-morph on every module", async () => {
    const src = path.join(PACKAGES_DIR, pkg, "src");
    const files = (await readdir(src)).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const text = await readFile(path.join(src, f), "utf8");
      const scanned = scanExports(text);
      expect(scanned.length, f).toBeGreaterThan(0);
      expect(scanned, f).toEqual(exportedNames(parseModule(f, text)));
    }
  });
});

it("scanExports refuses what the generator never writes", () => {
  expect(() => scanExports('export * from "./x.js";')).toThrow(/re-export/);
  expect(() => scanExports("export default 1;")).toThrow(/no default export/);
  expect(() => scanExports('export { a } from "./x.js";')).toThrow(/re-export/);
});
