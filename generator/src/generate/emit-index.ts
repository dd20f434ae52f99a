// src/index.ts: named re-exports of everything the package's modules export, values and type-only
// exports apart, names sorted. The names come from TypeScript's scanner (scanExports); the ts-morph
// reading below (exportedNames) is the reference it is tested against.
import { Node, Project, type SourceFile, type Statement } from "ts-morph";
import ts from "typescript";

/** Module file (relative to src/, e.g. "client.ts") → its source. */
export type ModuleSources = Record<string, string>;

export interface ExportedName {
  name: string;
  typeOnly: boolean;
  /** e.g. FunctionDeclaration, TypeAliasDeclaration. */
  kind: string;
}

let shared: Project | undefined;
const project = () =>
  (shared ??= new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true, skipLoadingLibFiles: true }));

function statementExports(st: Statement): ExportedName[] {
  if (Node.isExportDeclaration(st)) {
    if (st.getModuleSpecifier()) throw new Error(`generated modules do not re-export other modules: ${st.getText()}`);
    return st.getNamedExports().map((e) => ({
      name: (e.getAliasNode() ?? e.getNameNode()).getText(),
      typeOnly: st.isTypeOnly() || e.isTypeOnly(),
      kind: "ExportSpecifier",
    }));
  }
  if (!Node.isExportable(st) || !st.isExported()) return [];
  if (st.isDefaultExport()) throw new Error("generated modules export names only, no default export");
  const kind = st.getKindName();
  const typeOnly = Node.isInterfaceDeclaration(st) || Node.isTypeAliasDeclaration(st);
  if (Node.isVariableStatement(st)) return st.getDeclarations().map((d) => ({ name: d.getName(), typeOnly: false, kind: "VariableDeclaration" }));
  const name = (st as unknown as { getName(): string | undefined }).getName();
  if (!name) throw new Error(`an exported ${kind} has no name`);
  return [{ name, typeOnly, kind }];
}

/** The names a module exports (overloads and declaration merging count once), sorted. */
export function exportedNames(file: SourceFile): ExportedName[] {
  const byName = new Map<string, ExportedName>();
  for (const st of file.getStatements())
    for (const e of statementExports(st)) {
      const prev = byName.get(e.name);
      byName.set(e.name, prev ? { ...prev, typeOnly: prev.typeOnly && e.typeOnly } : e);
    }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function parseModule(file: string, source: string): SourceFile {
  return project().createSourceFile(`/src/${file}`, source, { overwrite: true });
}

/**
 * The names a module exports, from TypeScript's scanner rather than a parse (the generated modules
 * are large and this runs for each of them): top-level `export` declarations and `export { … }`
 * lists, values and types apart. Same result as `exportedNames(parseModule(…))` on what the
 * generator emits (test/generator checks both on every package); re-exports and default exports
 * are refused, as there.
 */
export function scanExports(source: string): ExportedName[] {
  const sc = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const K = ts.SyntaxKind;
  const byName = new Map<string, ExportedName>();
  const add = (name: string, typeOnly: boolean, kind: string) => {
    const prev = byName.get(name);
    byName.set(name, prev ? { ...prev, typeOnly: prev.typeOnly && typeOnly } : { name, typeOnly, kind });
  };
  // Tokens after which a `/` starts a regular expression rather than a division.
  const VALUE_END = new Set<ts.SyntaxKind>([K.Identifier, K.NumericLiteral, K.BigIntLiteral, K.StringLiteral, K.CloseParenToken, K.CloseBracketToken, K.CloseBraceToken, K.NoSubstitutionTemplateLiteral, K.TemplateTail, K.ThisKeyword, K.SuperKeyword, K.TrueKeyword, K.FalseKeyword, K.NullKeyword, K.RegularExpressionLiteral, K.PlusPlusToken, K.MinusMinusToken]);
  const stack: ("{" | "`" | "(")[] = [];
  let prev: ts.SyntaxKind = K.Unknown;
  let tok = K.Unknown as ts.SyntaxKind;
  const next = (): ts.SyntaxKind => {
    for (;;) {
      tok = sc.scan();
      if (tok === K.SlashToken || tok === K.SlashEqualsToken) {
        if (!VALUE_END.has(prev) && !(prev >= K.FirstKeyword && prev <= K.LastKeyword && prev !== K.ReturnKeyword && prev !== K.TypeOfKeyword)) tok = sc.reScanSlashToken();
      } else if (tok === K.CloseBraceToken && stack[stack.length - 1] === "`") {
        tok = sc.reScanTemplateToken(false);
        if (tok === K.TemplateTail) stack.pop();
      }
      if (tok === K.TemplateHead) stack.push("`");
      else if (tok === K.OpenBraceToken) stack.push("{");
      else if (tok === K.OpenParenToken || tok === K.OpenBracketToken) stack.push("(");
      else if (tok === K.CloseBraceToken || tok === K.CloseParenToken || tok === K.CloseBracketToken) stack.pop();
      prev = tok;
      return tok;
    }
  };
  const name = () => {
    if (next() !== K.Identifier && !(tok >= K.FirstKeyword && tok <= K.LastKeyword)) throw new Error(`unexpected token after export: ${sc.getTokenText()}`);
    return sc.getTokenValue();
  };
  while (next() !== K.EndOfFileToken) {
    if (tok !== K.ExportKeyword || stack.length !== 0) continue;
    let t = next();
    if (t === K.DefaultKeyword) throw new Error("generated modules export names only, no default export");
    let typeList = false;
    if (t === K.TypeKeyword) {
      const save = sc.getTokenEnd();
      if (next() === K.OpenBraceToken) typeList = true;
      else {
        sc.resetTokenState(save);
        stack.length = 0;
        prev = K.TypeKeyword;
        add(name(), true, "TypeAliasDeclaration");
        continue;
      }
      t = K.OpenBraceToken;
    }
    if (t === K.OpenBraceToken) {
      const names: [string, boolean][] = [];
      for (;;) {
        let n = next();
        if (n === K.CloseBraceToken) break;
        if (n === K.CommaToken) continue;
        let typeOnly = typeList;
        if (n === K.TypeKeyword) {
          const save = sc.getTokenEnd();
          const after = next();
          if (after === K.CommaToken || after === K.CloseBraceToken || after === K.AsKeyword) {
            sc.resetTokenState(save);
            prev = K.TypeKeyword;
          } else {
            typeOnly = true;
            n = after;
          }
        }
        let exported = sc.getTokenValue();
        const save = sc.getTokenEnd();
        if (next() === K.AsKeyword) exported = name();
        else {
          sc.resetTokenState(save);
          prev = n;
        }
        names.push([exported, typeOnly]);
      }
      const save = sc.getTokenEnd();
      if (next() === K.FromKeyword) throw new Error("generated modules do not re-export other modules: export { … } from");
      sc.resetTokenState(save);
      for (const [n, typeOnly] of names) add(n, typeOnly, "ExportSpecifier");
      continue;
    }
    while (t === K.DeclareKeyword || t === K.AsyncKeyword || t === K.AbstractKeyword) t = next();
    if (t === K.AsteriskToken) throw new Error("generated modules do not re-export other modules: export *");
    if (t === K.FunctionKeyword) {
      const save = sc.getTokenEnd();
      if (next() !== K.AsteriskToken) {
        sc.resetTokenState(save);
        prev = K.FunctionKeyword;
      }
      add(name(), false, "FunctionDeclaration");
    } else if (t === K.ClassKeyword) add(name(), false, "ClassDeclaration");
    else if (t === K.InterfaceKeyword) add(name(), true, "InterfaceDeclaration");
    else if (t === K.EnumKeyword) add(name(), false, "EnumDeclaration");
    else if (t === K.NamespaceKeyword || t === K.ModuleKeyword) add(name(), false, "ModuleDeclaration");
    else if (t === K.ConstKeyword || t === K.LetKeyword || t === K.VarKeyword) {
      if (t === K.ConstKeyword) {
        const save = sc.getTokenEnd();
        if (next() === K.EnumKeyword) {
          add(name(), false, "EnumDeclaration");
          continue;
        }
        sc.resetTokenState(save);
        prev = K.ConstKeyword;
      }
      // One declarator per exported variable statement, as the generator writes them (a comma
      // cannot be told from one inside type arguments without a parse; the test compares with ts-morph).
      add(name(), false, "VariableDeclaration");
    } else if (t === K.ImportKeyword) continue;
    else throw new Error(`unexpected export: ${sc.getTokenText()}`);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `export { a, b } from "./x.js";` laid out as prettier lays it out (one line if it fits in 120). */
function exportLine(names: string[], spec: string, typeOnly: boolean): string {
  const head = typeOnly ? "export type" : "export";
  const one = `${head} { ${names.join(", ")} } from "${spec}";`;
  return one.length <= 120 ? one : `${head} {\n${names.map((n) => `  ${n},\n`).join("")}} from "${spec}";`;
}

export function emitIndex(modules: ModuleSources, header: string): string {
  const owner = new Map<string, string>();
  const lines = [`${header.trimEnd()}\n\n// Everything this package offers, re-exported by name.`];
  for (const file of Object.keys(modules).sort()) {
    const names = scanExports(modules[file]!);
    for (const n of names) {
      const prev = owner.get(n.name);
      if (prev) throw new Error(`src/${prev} and src/${file} both export ${n.name}`);
      owner.set(n.name, file);
    }
    const spec = `./${file.replace(/\.ts$/, ".js")}`;
    const values = names.filter((n) => !n.typeOnly).map((n) => n.name);
    const types = names.filter((n) => n.typeOnly).map((n) => n.name);
    if (values.length) lines.push(exportLine(values, spec, false));
    if (types.length) lines.push(exportLine(types, spec, true));
  }
  return lines.join("\n") + "\n";
}
