// Evidence from Trident's go-swagger bindings of one ONTAP release: operations from the security
// client, query parameters from each operation's parameters file, error codes from each operation's
// responses file, fields of each record model.
import { execFileSync } from "node:child_process";
import { parseGoClientOperations, parseGoQueryParameters } from "./go-client.js";
import { parseGoErrorTable } from "./go-error-codes.js";
import { parseGoModel, scalarJsonType, type GoField, type GoModelFile, type GoNamedType, type GoStruct } from "./go-model.js";
import type { ArtifactRead, EvidenceRow, TridentSource } from "./model.js";
import { COVERED_PATHS, errorSubject, fieldSubject, operationSubject, parameterSubject, type ResourceDef } from "./resources.js";

export const TRIDENT_ROOT = "storage_drivers/ontap/api/rest";

/** Trident commits that regenerated the bindings, with the release each was generated from
 *  (shared/ontap-sources.md; full hashes from the repository). */
export const TRIDENT_COMMITS: { commit: string; release: string; artifactRelease: string; datedBy: string }[] = [
  { commit: "095834170b961ee6f52865c608d5ed09ad0d58f3", release: "9.9", artifactRelease: "9.9.1", datedBy: "commit message: Updates for ONTAP 9.9 REST bindings" },
  { commit: "ee35fe3b2bb6ae6eb5d6954818a3816019573cf9", release: "9.10", artifactRelease: "9.10.1", datedBy: "commit message: Updating the Swagger Golang bindings for the ONTAP REST API (9.10.1)" },
  { commit: "95f431623a1fb3696e4bd6eb0f4b21b0c51cfeb8", release: "9.11", artifactRelease: "9.11.1", datedBy: "inferred: 2022-09, between the 9.10.1 and 9.12.1 regenerations" },
  { commit: "90fe14e9d30aef90a4f178d3e7cbf2789dd9effa", release: "9.12", artifactRelease: "9.12.1", datedBy: "commit message: Rest updates for 9 12 1" },
  { commit: "d437900bfe28efada52033aacb11537a5decee73", release: "9.16", artifactRelease: "9.16.1", datedBy: "commit message: Updating ONTAP REST API Bindings for 9.16.1" },
  { commit: "5ea56e78346778eac1215992400f0c2ad39a76eb", release: "9.17", artifactRelease: "9.17.1", datedBy: "commit message: Ontap REST Bindings Update for 9_17_1" },
  { commit: "8d8892eb7b2a160e90a1e554de760aae28ef005a", release: "9.19", artifactRelease: "9.19.1", datedBy: "commit message: Updated REST bindings for ONTAP 9.19.1" },
];

export const tridentSourceId = (release: string) => `trident-${release}`;

export function tridentSource(c: (typeof TRIDENT_COMMITS)[number]): TridentSource {
  return { kind: "trident", repo: "NetApp/trident", commit: c.commit, root: TRIDENT_ROOT, release: c.release, artifactRelease: c.artifactRelease, datedBy: c.datedBy };
}

/** Reads files of one commit; injectable so that tests can use small synthetic trees. */
export interface TreeReader {
  read(path: string): string | undefined;
  list(dir: string): string[];
}

export function gitTreeReader(gitDir: string, commit: string): TreeReader {
  const git = (...args: string[]) => execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] });
  return {
    read(path) {
      try {
        return git("show", `${commit}:${path}`);
      } catch {
        return undefined;
      }
    },
    list(dir) {
      try {
        return git("ls-tree", "--name-only", `${commit}`, `${dir}/`).split("\n").filter(Boolean);
      } catch {
        return [];
      }
    },
  };
}

const key = (goName: string) => goName.toLowerCase().replace(/_/g, "");

/** Resolves Go type names to the struct or named type of any model file of the commit. */
class ModelIndex {
  private readonly fileOfKey = new Map<string, string>();
  private readonly parsed = new Map<string, GoModelFile>();
  constructor(private readonly tree: TreeReader) {
    for (const f of tree.list(`${TRIDENT_ROOT}/models`)) {
      const base = f.split("/").pop()!.replace(/\.go$/, "");
      this.fileOfKey.set(key(base), f);
    }
  }
  file(path: string): GoModelFile | undefined {
    if (!this.parsed.has(path)) {
      const text = this.tree.read(path);
      if (text === undefined) return undefined;
      this.parsed.set(path, parseGoModel(text));
    }
    return this.parsed.get(path);
  }
  pathOfModel(model: string): string | undefined {
    return this.fileOfKey.get(key(model));
  }
  /** The declaration of Go type `name`, looked up first in `hint` (the file that uses it). */
  find(name: string, hint: string): { path: string; struct?: GoStruct; named?: GoNamedType } | undefined {
    for (const path of [hint, this.fileOfKey.get(key(name))]) {
      if (!path) continue;
      const f = this.file(path);
      const struct = f?.structs.find((s) => s.name === name);
      if (struct) return { path, struct };
      const named = f?.named.find((n) => n.name === name);
      if (named) return { path, named };
    }
    return undefined;
  }
}

const MAX_DEPTH = 6;

/** Field rows of one record model: every field reachable through nested objects, dotted. */
function fieldRows(index: ModelIndex, model: string, source: string): { rows: EvidenceRow[]; artifacts: ArtifactRead[] } {
  const rows: EvidenceRow[] = [];
  const files = new Set<string>();
  const path = index.pathOfModel(model);
  if (!path) return { rows, artifacts: [] };
  const top = index.file(path)?.structs.find((s) => s.model === model) ?? index.file(path)?.structs[0];
  if (!top) return { rows, artifacts: [] };
  files.add(path);
  const visit = (struct: GoStruct, file: string, prefix: string, depth: number, stack: string[]) => {
    for (const f of struct.fields) {
      const dotted = prefix + f.json;
      const subject = fieldSubject(dotted);
      const row = (fact: EvidenceRow["fact"], value: EvidenceRow["value"]) => rows.push({ subject, fact, value, source, path: file, line: f.line });
      row("present", true);
      if (f.readOnly) row("readOnly", true);
      const t = resolveType(index, f, file);
      row("type", t.type);
      if (t.type === "string" || t.type === "integer" || t.type === "number") {
        row("enum", t.enum ? [...t.enum].sort() : null);
        if (t.type === "string") {
          row("minLength", f.minLength ?? null);
          row("maxLength", f.maxLength ?? null);
        } else {
          row("minimum", f.minimum ?? null);
          row("maximum", f.maximum ?? null);
        }
      }
      // HAL links are the same everywhere and carry no release facts below their presence.
      if (f.json !== "_links" && t.struct && depth < MAX_DEPTH && !stack.includes(t.struct.name)) {
        files.add(t.file!);
        visit(t.struct, t.file!, dotted + ".", depth + 1, [...stack, t.struct.name]);
      }
    }
  };
  visit(top, path, "", 0, [top.name]);
  return { rows, artifacts: [...files].sort().map((p) => ({ source, path: p, covers: "fields" as const, complete: true })) };
}

function resolveType(index: ModelIndex, f: GoField, file: string): { type: string; enum?: (string | number)[]; struct?: GoStruct; file?: string } {
  const bare = f.goType.replace(/^\*/, "");
  const scalar = scalarJsonType(bare);
  if (bare.startsWith("[]")) {
    // Arrays of objects (records) are described by their item struct; the field itself is an array.
    const item = bare.replace(/^\[\]\*?/, "");
    const found = scalarJsonType(item) ? undefined : index.find(item, file);
    return { type: "array", struct: found?.struct, file: found?.path };
  }
  if (scalar) return { type: scalar, enum: f.enum?.map((v) => (scalar === "integer" || scalar === "number" ? Number(v) : v)) };
  const found = index.find(bare, file);
  if (found?.struct) return { type: "object", struct: found.struct, file: found.path };
  if (found?.named) {
    const t = scalarJsonType(found.named.base) ?? "string";
    const values = f.enum ?? found.named.enum;
    return { type: t, enum: values?.map((v) => (t === "integer" || t === "number" ? Number(v) : v)) };
  }
  return { type: "unknown" };
}

export interface TridentEvidence {
  /** resource id → rows and artifacts read. */
  byResource: Map<string, { rows: EvidenceRow[]; artifacts: ArtifactRead[] }>;
}

export function readTridentRelease(tree: TreeReader, resources: ResourceDef[], source: string): TridentEvidence {
  const index = new ModelIndex(tree);
  const clientPath = `${TRIDENT_ROOT}/client/security/security_client.go`;
  const client = tree.read(clientPath);
  const ops = client ? parseGoClientOperations(client) : [];
  const byResource = new Map<string, { rows: EvidenceRow[]; artifacts: ArtifactRead[] }>();
  for (const res of resources) {
    const rows: EvidenceRow[] = [];
    const artifacts: ArtifactRead[] = [];
    if (client) {
      artifacts.push({ source, path: clientPath, covers: "operations", complete: true });
      const paths = new Set(res.operations.map((o) => o.path));
      for (const o of ops)
        if (paths.has(o.path) && COVERED_PATHS.includes(o.path))
          rows.push({ subject: operationSubject(o.method, o.path), fact: "present", value: true, source, path: clientPath, line: o.line });
      for (const o of ops) {
        if (!paths.has(o.path)) continue;
        const p = `${TRIDENT_ROOT}/client/security/${o.id}_parameters.go`;
        const text = tree.read(p);
        if (text === undefined) continue;
        const opSubject = operationSubject(o.method, o.path);
        artifacts.push({ source, path: p, covers: "parameters", operation: opSubject, complete: true });
        for (const q of parseGoQueryParameters(text)) {
          const subject = parameterSubject(o.method, o.path, q.name);
          rows.push({ subject, fact: "present", value: true, source, path: p, line: q.line });
          rows.push({ subject, fact: "type", value: q.type, source, path: p, line: q.line });
        }
      }
      for (const o of ops) {
        if (!paths.has(o.path)) continue;
        const p = `${TRIDENT_ROOT}/client/security/${o.id}_responses.go`;
        const text = tree.read(p);
        if (text === undefined) continue;
        // The table is the whole list the operation documents: no table states no codes.
        artifacts.push({ source, path: p, covers: "errors", operation: operationSubject(o.method, o.path), complete: true });
        let table;
        try {
          table = parseGoErrorTable(text);
        } catch (e) {
          throw new Error(`${p} (${source}): ${(e as Error).message}`, { cause: e });
        }
        // The spec covers the unified personality (a classic ONTAP cluster): rows NetApp limits to
        // other personalities (ASA r2, AI/ML) are not facts about it.
        for (const c of table.codes.filter((x) => !x.personalities || x.personalities.includes("unified"))) {
          const subject = errorSubject(o.method, o.path, c.code);
          rows.push({ subject, fact: "present", value: true, source, path: p, line: c.line });
          rows.push({ subject, fact: "message", value: c.message, source, path: p, line: c.line });
        }
      }
    }
    const fields = fieldRows(index, res.model, source);
    rows.push(...fields.rows);
    artifacts.push(...fields.artifacts);
    byResource.set(res.id, { rows, artifacts });
  }
  return { byResource };
}
