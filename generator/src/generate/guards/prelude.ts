// The one import every guards file starts with: the problem type, the assertion error and the
// helpers the checks call, all from @ontap-sec/runtime (packages/runtime/src/guard-support.ts, where
// they are written and tested once). Helpers are imported only when a check uses them, under the
// short aliases the emitted checks call them by.
import { StructureKind, type ImportDeclarationStructure, type ImportSpecifierStructure, type OptionalKind } from "ts-morph";
import type { Helper } from "./emit-context.js";

/** Where the generated guards import their support from. */
const RUNTIME_MODULE = "@ontap-sec/runtime";

/** Each helper: its export in the runtime → the alias the emitted checks use. */
const HELPER_IMPORTS: Readonly<Record<Helper, { name: string; alias: string }>> = {
  bad: { name: "recordProblem", alias: "_bad" },
  cpLen: { name: "codePointLength", alias: "_cpLen" },
  key: { name: "propertyPath", alias: "_key" },
  own: { name: "hasOwnJsonProperty", alias: "_own" },
};

export function runtimeImport(helpers: ReadonlySet<Helper>, withGuardError: boolean): ImportDeclarationStructure {
  const named: OptionalKind<ImportSpecifierStructure>[] = [];
  if (withGuardError) named.push({ name: "GuardError" });
  for (const h of (Object.keys(HELPER_IMPORTS) as Helper[]).filter((h) => helpers.has(h))) named.push(HELPER_IMPORTS[h]);
  named.push({ name: "ValidationProblem", isTypeOnly: true });
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier: RUNTIME_MODULE, namedImports: named };
}
