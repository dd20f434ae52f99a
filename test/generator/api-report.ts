// A release package's public surface as Markdown: every name src/index.ts exports, with its kind
// and signature (resolved by the TypeScript checker), the operations of its contract and its error
// codes. Snapshotted per release: any change of a package's API shows up in review.
import path from "node:path";
import { Node, Project, type ExportedDeclarations, type Type } from "ts-morph";
import { REPO_ROOT } from "../../generator/src/paths.js";

const MAX = 160;
const oneLine = (s: string) => s.replace(/\s+/g, " ").replace(/import\("[^"]*"\)\./g, "").trim();
const short = (s: string) => (s.length > MAX ? `${s.slice(0, MAX)}…` : s);

let project: Project | undefined;
function getProject(): Project {
  project ??= new Project({ tsConfigFilePath: path.join(REPO_ROOT, "test", "generator", "tsconfig.clients.json") });
  return project;
}

function typeText(t: Type, at: Node): string {
  return oneLine(t.getText(at));
}

function describeDecl(name: string, d: ExportedDeclarations): { kind: string; signature: string } {
  if (Node.isFunctionDeclaration(d)) {
    const overloads = d.getOverloads();
    const sigs = (overloads.length ? overloads : [d]).map(
      (f) =>
        `(${f.getParameters().map((p) => `${p.getName()}${p.isOptional() ? "?" : ""}: ${oneLine(p.getTypeNode()?.getText() ?? typeText(p.getType(), f))}`).join(", ")}) => ${oneLine(f.getReturnTypeNode()?.getText() ?? typeText(f.getReturnType(), f))}`,
    );
    return { kind: "function", signature: sigs.join(" ; ") };
  }
  if (Node.isVariableDeclaration(d)) {
    const declared = d.getTypeNode()?.getText();
    const t = d.getType();
    if (declared) return { kind: "const", signature: oneLine(declared) };
    if (t.isObject() && !t.getCallSignatures().length) return { kind: "const", signature: `{ ${t.getProperties().length} properties }` };
    return { kind: "const", signature: short(typeText(t, d)) };
  }
  if (Node.isClassDeclaration(d)) return { kind: "class", signature: `extends ${d.getExtends()?.getText() ?? "—"}` };
  if (Node.isInterfaceDeclaration(d)) {
    const members = d.getProperties().map((p) => p.getName());
    return { kind: "interface", signature: `{ ${members.join(", ")} }` };
  }
  if (Node.isTypeAliasDeclaration(d)) {
    const t = d.getType();
    const written = oneLine(d.getTypeNodeOrThrow().getText());
    if (t.isUnion() && t.getUnionTypes().every((u) => u.isStringLiteral())) {
      const values = t.getUnionTypes().map((u) => u.getLiteralValue() as string);
      return { kind: "type", signature: values.length <= 8 ? values.map((v) => JSON.stringify(v)).join(" | ") : `union of ${values.length} string literals` };
    }
    if (/^components\["schemas"\]/.test(written) && t.isObject()) {
      // A component alias: its properties, `?` when optional, `readonly` when readOnly.
      const props = t.getProperties().map((p) => {
        const decl = p.getValueDeclaration();
        const ro = decl && Node.isPropertySignature(decl) && decl.isReadonly() ? "readonly " : "";
        return `${ro}${p.getName()}${p.isOptional() ? "?" : ""}`;
      });
      return { kind: "type", signature: `${written} = { ${props.join(", ")} }` };
    }
    return { kind: "type", signature: short(written) };
  }
  return { kind: d.getKindName(), signature: "" };
}

export function apiReport(release: string, slice: any): string {
  const p = getProject();
  const index = p.getSourceFileOrThrow(path.join(REPO_ROOT, "packages", `client-${release}`, "src", "index.ts"));
  const lines: string[] = [`# @ontap-sec/client-${release} — public surface`, ""];
  const exported = [...index.getExportedDeclarations()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  lines.push(`## Exports (${exported.length})`, "", "| name | kind | signature |", "| --- | --- | --- |");
  for (const [name, decls] of exported) {
    const { kind, signature } = describeDecl(name, decls[0]!);
    lines.push(`| \`${name}\` | ${kind} | ${signature.replace(/\|/g, "\\|")} |`);
  }
  // Operations and error codes straight from the slice the package was made from.
  const ops: string[] = [];
  for (const [route, item] of Object.entries<any>(slice.paths))
    for (const m of ["get", "post", "patch", "delete"]) {
      const op = item[m];
      if (!op) continue;
      const codes = (op["x-ontap-errors"] ?? []).map((e: any) => e.code);
      const ref = (content: any) => {
        const r = content ? (Object.values<any>(content)[0]?.schema?.$ref as string | undefined) : undefined;
        return r ? r.replace("#/components/schemas/", "") : "—";
      };
      const body = op.requestBody ? ref(op.requestBody.content) : "—";
      const ok = Object.entries<any>(op.responses ?? {})
        .filter(([st]) => /^2/.test(st))
        .map(([st, resp]) => `${st} ${ref((resp.$ref ? slice.components.responses[resp.$ref.split("/").pop()] : resp).content)}`);
      ops.push(`- \`${m.toUpperCase()} ${route}\` ${op.operationId}: ${op.summary ?? ""} — body: ${body}; 2xx: ${ok.join(", ")}; errors: ${codes.length ? codes.join(", ") : "—"}`);
    }
  lines.push("", `## Operations (${ops.length})`, "", ...ops);
  const catalog = Object.entries<any>(slice["x-ontap-error-catalog"]);
  lines.push("", `## Error codes (${catalog.length})`, "");
  for (const [code, e] of catalog) lines.push(`- ${code} ${e.name} (${e.status}${e.common ? ", common" : ""})`);
  return lines.join("\n") + "\n";
}
