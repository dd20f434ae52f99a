import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findCycles, ROOT, SOURCE_ROOTS } from "./cycles.ts";

describe("import graph", () => {
  it("has no cycle in packages/*/src or generator/src", async () => {
    const { modules, cycles } = await findCycles(SOURCE_ROOTS);
    expect(cycles.map((c) => c.join(" → "))).toEqual([]);
    // The cruise really covered the sources: the runtime's modules and the generator's entry point.
    expect(modules).toContain("packages/runtime/src/client.ts");
    expect(modules).toContain("packages/runtime/src/request.ts");
    expect(modules).toContain("generator/src/cli.ts");
    expect(modules.filter((m) => m.startsWith("packages/mock/src/")).length).toBeGreaterThan(0);
  });

  it("cruises every source file of every package and of the generator", async () => {
    expect(SOURCE_ROOTS).toEqual(expect.arrayContaining(["packages/runtime/src", "packages/mock/src", "packages/cli/src", "generator/src"]));
    const files = SOURCE_ROOTS.flatMap((root) =>
      readdirSync(path.join(ROOT, root), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(ts|mts|js|mjs)$/.test(f))
        .map((f) => `${root}/${f.split(path.sep).join("/")}`),
    );
    expect(files.length).toBeGreaterThan(50);
    const { modules } = await findCycles(SOURCE_ROOTS);
    expect(files.filter((f) => !modules.includes(f))).toEqual([]);
  });

  describe("the check itself", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ontap-cycles-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    };

    it("finds a cycle, a type-only one included", async () => {
      write("src/a.ts", `import { b } from "./b.js";\nexport const a = () => b;\n`);
      write("src/b.ts", `import type { C } from "./c.js";\nexport const b: C | undefined = undefined;\n`);
      write("src/c.ts", `export type C = typeof import("./a.js").a;\n`);
      const { cycles } = await findCycles(["src"], dir);
      expect(cycles.length).toBeGreaterThan(0);
      expect(cycles[0]).toEqual(expect.arrayContaining(["src/a.ts", "src/b.ts", "src/c.ts"]));
    });

    it("passes the same modules once the cycle is broken", async () => {
      write("src/c.ts", `export type C = () => unknown;\n`);
      expect((await findCycles(["src"], dir)).cycles).toEqual([]);
    });
  });
});
