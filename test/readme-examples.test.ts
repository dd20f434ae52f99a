// The TypeScript examples of the READMEs must compile against the real packages.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { afterAll, expect, it } from "vitest";
import { REPO_ROOT } from "../generator/src/paths.js";

const DIR = path.join(REPO_ROOT, "test", ".readme-examples");
const READMES = ["README.md", "packages/client-9.10/README.md", "packages/runtime/README.md", "packages/mock/README.md", "packages/client/README.md"];

async function examples(file: string): Promise<string[]> {
  const text = await readFile(path.join(REPO_ROOT, file), "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => /from "@ontap-sec\//.test(code));
}

afterAll(() => rm(DIR, { recursive: true, force: true }));

it("README examples type-check", async () => {
  await mkdir(DIR, { recursive: true });
  const files: string[] = [];
  for (const readme of READMES)
    for (const [i, code] of (await examples(readme)).entries()) {
      const f = path.join(DIR, `${readme.replace(/[/.]/g, "_")}_${i}.ts`);
      // Values the snippets assume from their surroundings.
      await writeFile(f, `declare const uuid: string;\ndeclare const secret_key: string;\n${code}\nexport {};\n`);
      files.push(f);
    }
  expect(files.length).toBeGreaterThanOrEqual(3);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    types: ["node"],
  });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(path.resolve(d.file.fileName)))
    .map((d) => `${path.basename(d.file!.fileName)}:${d.file!.getLineAndCharacterOfPosition(d.start!).line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  expect(problems).toEqual([]);
});
