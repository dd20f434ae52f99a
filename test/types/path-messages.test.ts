// The text of the compiler's errors in path-messages.ts: each `@ts-expect-error "…"` there must be
// met by a diagnostic on the next line that contains the quoted text (tsc only checks that *some*
// error occurs). The file is compiled with its directives stripped, through the compiler API.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const DIR = import.meta.dirname;
const SOURCE = path.join(DIR, "path-messages.ts");
const DIRECTIVE = /^\s*\/\/ @ts-expect-error(?: "([^"]+)")?/;

interface Expectation {
  /** 1-based line of the call the directive is about. */
  line: number;
  text: string | undefined;
}

/** Diagnostics of `file` compiled as `source` (directives gone), with test/types' options. */
function diagnostics(file: string, source: string): Map<number, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(DIR, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error("test/types/tsconfig.json does not parse");
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    path.resolve(name) === file ? ts.createSourceFile(name, source, lang) : getSourceFile(name, lang, ...rest);
  const program = ts.createProgram([file], config.options, host);
  const byLine = new Map<number, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
    if (!d.file || d.start === undefined) continue;
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    byLine.set(line, [...(byLine.get(line) ?? []), ts.flattenDiagnosticMessageText(d.messageText, "\n")]);
  }
  return byLine;
}

describe("type errors name the path and the release", () => {
  const original = readFileSync(SOURCE, "utf8").split("\n");
  const expectations: Expectation[] = [];
  // Blank the directive lines (line numbers stay put) and remember what each one expects.
  const stripped = original.map((l, i) => {
    const m = DIRECTIVE.exec(l);
    if (!m) return l;
    expectations.push({ line: i + 2, text: m[1] });
    return "";
  });
  const found = diagnostics(SOURCE, stripped.join("\n"));

  it("has quoted expectations to check", () => {
    expect(expectations.filter((e) => e.text).length).toBeGreaterThanOrEqual(4);
  });

  for (const { line, text } of expectations)
    it(`path-messages.ts:${line} ${text ?? "(any error)"}`, () => {
      const messages = found.get(line) ?? [];
      expect(messages.length, `no error on line ${line}`).toBeGreaterThan(0);
      if (text) {
        expect(messages.join("\n")).toContain(`"${text}"`);
        // The mistake is the path: no arity complaint on top of it.
        expect(messages.join("\n")).not.toMatch(/Expected \d+ arguments/);
      }
    });

  it("reports nothing on the positive lines", () => {
    const expected = new Set(expectations.map((e) => e.line));
    const stray = [...found].filter(([line]) => !expected.has(line));
    expect(stray).toEqual([]);
  });
});
