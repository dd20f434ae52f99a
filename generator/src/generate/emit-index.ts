// src/index.ts: `export *` of each of the package's modules, and the runtime's re-exports by name.
// The modules' names come from a scan of the top-level export lines (scanExports), to refuse a name
// two modules export; the ts-morph reading below (exportedNames) is the reference it is tested against.
import { Node, Project, type SourceFile, type Statement } from "ts-morph";
import { tsNamedList } from "./layout.js";
import type { ReExports } from "./runtime-exports.js";

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
 * The names a module exports, read off its top-level `export` lines. Every generated module is
 * laid out by us (templates, openapi-typescript, the guards printer): top-level statements start
 * at column 0 and nothing nested does, so a line scan is exact here and ~10× cheaper than a
 * tokenizer over the ~2 MB the packages hold. test/generator checks it against ts-morph's reading
 * (exportedNames) on every package. Re-exports and default exports are refused, as there.
 */
export function scanExports(source: string): ExportedName[] {
  const byName = new Map<string, ExportedName>();
  const add = (name: string, typeOnly: boolean, kind: string) => {
    const prev = byName.get(name);
    byName.set(name, prev ? { ...prev, typeOnly: prev.typeOnly && typeOnly } : { name, typeOnly, kind });
  };
  // A statement boundary is a line break, or `; export` on one line.
  const lines = source.split(/\n|;[ \t]*(?=export )/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith("export ")) continue;
    const list = /^export (type )?\{(.*)$/.exec(line);
    if (list) {
      // `export { a, type b as c }`, possibly over several lines.
      let body = list[2]!;
      while (!body.includes("}") && i + 1 < lines.length) body += " " + lines[++i]!;
      const [inside, after] = body.split("}") as [string, string];
      if (/^\s*from\b/.test(after)) throw new Error("generated modules do not re-export other modules: export { … } from");
      for (const part of inside.split(",").map((x) => x.trim()).filter(Boolean)) {
        const m = /^(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(part);
        if (!m) throw new Error(`unexpected export specifier: ${part}`);
        add(m[3] ?? m[2]!, Boolean(list[1] || m[1]), "ExportSpecifier");
      }
      continue;
    }
    const m = /^export (?:declare )?(?:async )?(?:abstract )?(default\b|\*|function\*?|class|interface|type|enum|const enum|namespace|module|const|let|var)\s*([\w$]*)/.exec(line);
    if (!m) throw new Error(`unexpected export: ${line.slice(0, 80)}`);
    const [, what, name] = m as unknown as [string, string, string];
    if (what === "default") throw new Error("generated modules export names only, no default export");
    if (what === "*") throw new Error("generated modules do not re-export other modules: export *");
    if (!name) throw new Error(`an exported ${what} has no name: ${line.slice(0, 80)}`);
    const kind = KINDS[what]!;
    add(name, kind === "InterfaceDeclaration" || kind === "TypeAliasDeclaration", kind);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const KINDS: Record<string, string> = {
  function: "FunctionDeclaration",
  "function*": "FunctionDeclaration",
  class: "ClassDeclaration",
  interface: "InterfaceDeclaration",
  type: "TypeAliasDeclaration",
  enum: "EnumDeclaration",
  "const enum": "EnumDeclaration",
  namespace: "ModuleDeclaration",
  module: "ModuleDeclaration",
  const: "VariableDeclaration",
  let: "VariableDeclaration",
  var: "VariableDeclaration",
};

/**
 * `export * from "./x.js";` for each module, then the runtime's `reexports` (see runtime-exports.ts)
 * by name under their own comment. The modules' exports are read (scanExports) only to refuse a
 * name two of them export, which `export *` would otherwise drop without a word.
 */
export function emitIndex(modules: ModuleSources, header: string, reexports?: ReExports): string {
  const owner = new Map<string, string>();
  const lines = [`${header.trimEnd()}\n\n// Everything this package offers.`];
  for (const file of Object.keys(modules).sort()) {
    for (const n of scanExports(modules[file]!)) {
      const prev = owner.get(n.name);
      if (prev) throw new Error(`src/${prev} and src/${file} both export ${n.name}`);
      owner.set(n.name, file);
    }
    lines.push(`export * from "./${file.replace(/\.ts$/, ".js")}";`);
  }
  if (reexports) {
    for (const name of [...reexports.values, ...reexports.types]) {
      const prev = owner.get(name);
      if (prev) throw new Error(`src/${prev} exports ${name}, which is also re-exported from ${reexports.from}`);
      owner.set(name, reexports.from);
    }
    const sorted = (names: readonly string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    lines.push(`\n// From ${reexports.from}: the errors a call throws, the guards' problem type and the types of\n// options and results, so an app needs this package only.`);
    if (reexports.values.length) lines.push(tsNamedList("export", sorted(reexports.values), reexports.from));
    if (reexports.types.length) lines.push(tsNamedList("export type", sorted(reexports.types), reexports.from));
  }
  return lines.join("\n") + "\n";
}
