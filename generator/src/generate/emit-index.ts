// src/index.ts: named re-exports of everything the package's modules export, built with ts-morph
// from their exported declarations (values and type-only exports apart, names sorted).
import { Node, Project, type SourceFile } from "ts-morph";

/** Module file (relative to src/, e.g. "client.ts") → its source. */
export type ModuleSources = Record<string, string>;

export interface ExportedName {
  name: string;
  typeOnly: boolean;
  /** e.g. FunctionDeclaration, TypeAliasDeclaration. */
  kind: string;
}

function isTypeOnly(decl: Node): boolean {
  return Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl);
}

/** The names a module exports, from its declarations. */
export function exportedNames(file: SourceFile): ExportedName[] {
  const out: ExportedName[] = [];
  for (const [name, decls] of file.getExportedDeclarations()) {
    if (name === "default") throw new Error(`${file.getBaseName()} has a default export; generated modules export names only`);
    out.push({ name, typeOnly: decls.every(isTypeOnly), kind: decls[0]?.getKindName() ?? "unknown" });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function emitIndex(modules: ModuleSources, header: string): string {
  const project = new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true, compilerOptions: { allowJs: false } });
  const owner = new Map<string, string>();
  const index = project.createSourceFile("/src/index.ts", "");
  for (const file of Object.keys(modules).sort()) {
    const sf = project.createSourceFile(`/src/${file}`, modules[file]!);
    const names = exportedNames(sf);
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
  index.insertStatements(0, header.trimEnd().split("\n").concat("// Everything this package offers, re-exported by name.").join("\n"));
  return index.getFullText();
}
