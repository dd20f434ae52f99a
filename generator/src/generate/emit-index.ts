// src/index.ts: named re-exports of everything the package's modules export, built with ts-morph
// (parsed, not type-checked: generated modules declare what they export at top level), values
// and type-only exports apart, names sorted.
import { Node, Project, type SourceFile, type Statement } from "ts-morph";

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

export function emitIndex(modules: ModuleSources, header: string): string {
  const owner = new Map<string, string>();
  const index = project().createSourceFile("/src/index.ts", "", { overwrite: true });
  for (const file of Object.keys(modules).sort()) {
    const names = exportedNames(parseModule(file, modules[file]!));
    for (const n of names) {
      const prev = owner.get(n.name);
      if (prev) throw new Error(`src/${prev} and src/${file} both export ${n.name}`);
      owner.set(n.name, file);
    }
    const spec = `./${file.replace(/\.ts$/, ".js")}`;
    const values = names.filter((n) => !n.typeOnly).map((n) => n.name);
    const types = names.filter((n) => n.typeOnly).map((n) => n.name);
    if (values.length) index.addExportDeclaration({ moduleSpecifier: spec, namedExports: values });
    if (types.length) index.addExportDeclaration({ moduleSpecifier: spec, isTypeOnly: true, namedExports: types });
  }
  index.insertStatements(0, `${header.trimEnd()}\n\n// Everything this package offers, re-exported by name.`);
  const text = index.getFullText();
  for (const f of project().getSourceFiles()) project().removeSourceFile(f);
  return text;
}
