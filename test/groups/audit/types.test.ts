// Runs the type-level claims of types.ts through the compiler: with its @ts-expect-error
// directives removed, each directive's next line must fail to compile with an error that names
// the field the directive is about (tsc alone only checks that *some* error occurs there).
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../generator/src/paths.js";

const SOURCE = path.join(import.meta.dirname, "types.ts");
// `// @ts-expect-error field: why` expects an error naming 'field'; `// @ts-expect-error "text"`
// expects an error containing the quoted text.
const DIRECTIVE = /^\s*\/\/ @ts-expect-error (?:(\w+):|"([^"]+)")/;

function diagnosticsByLine(source: string): Map<number, string> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(REPO_ROOT, "test/types/tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error("test/types/tsconfig.json does not parse");
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === SOURCE ? ts.createSourceFile(name, source, lang) : read(name, lang, ...rest));
  const program = ts.createProgram([SOURCE], config.options, host);
  const out = new Map<number, string>();
  for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(SOURCE))) {
    if (!d.file || d.start === undefined) continue;
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    out.set(line, `${out.get(line) ?? ""}\n${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  }
  return out;
}

describe("audit type-level claims", () => {
  const lines = readFileSync(SOURCE, "utf8").split("\n");
  const expectations: { line: number; text: string }[] = [];
  const stripped = lines.map((l, i) => {
    const m = DIRECTIVE.exec(l);
    if (!m) return l;
    expectations.push({ line: i + 2, text: m[1] ? `'${m[1]}'` : m[2]! });
    return "";
  });
  const found = diagnosticsByLine(stripped.join("\n"));

  it("has one expectation per directive", () => {
    expect(expectations.length).toBe(lines.filter((l) => /^\s*\/\/ @ts-expect-error/.test(l)).length);
    expect(expectations.length).toBeGreaterThanOrEqual(8);
  });

  it("compiles everywhere else", () => {
    const elsewhere = [...found.keys()].filter((line) => !expectations.some((e) => e.line === line));
    expect(elsewhere.map((l) => `${l}: ${found.get(l)}`)).toEqual([]);
  });

  for (const { line, text } of expectations)
    it(`types.ts:${line} is an error about ${text}`, () => {
      expect(found.get(line) ?? "", `no error on line ${line}`).toContain(text);
    });
});
