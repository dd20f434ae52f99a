// Loads the multi-file YAML spec: parses each file with `yaml` (keeping line positions), resolves
// every $ref with json-schema-ref-parser, and remembers where each object came from so that any
// problem found later can name its file, line and JSON pointer.
import $RefParser, { type ParserOptions, type Plugin } from "@apidevtools/json-schema-ref-parser";
import { isObject, type JsonObject } from "@ontap-sec/slice-model";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from "yaml";
import { type Diagnostic, type SpecLocation, SpecError, joinPointer, splitPointer } from "../diagnostics.js";

interface ParsedFile {
  /** Absolute path. */
  path: string;
  doc: Document;
  lines: LineCounter;
}

export interface LoadedSpec {
  /** The root document with every $ref resolved; shared targets are the same object. */
  root: JsonObject;
  /** Absolute path of the root file. */
  rootPath: string;
  /** Where an object of the resolved graph was written. */
  originOf(node: object): { file: string; pointer: string } | undefined;
  /** Location of `node` (or of its child `key`) for diagnostics. */
  locate(node: object, ...keys: (string | number)[]): SpecLocation;
  /** Location of a pointer inside a file (absolute path). */
  locateIn(file: string, pointer: string): SpecLocation;
  /** Gives a node built after loading (an expanded operation) the origin of the node it came from. */
  adopt(node: object, from: object): void;
}

export interface LoadOptions {
  /** Paths in diagnostics are made relative to this folder. */
  cwd?: string;
}

export async function loadSpec(rootFile: string, opts: LoadOptions = {}): Promise<LoadedSpec> {
  const cwd = opts.cwd ?? process.cwd();
  const rootPath = path.resolve(rootFile);
  const files = new Map<string, ParsedFile>();
  const origins = new WeakMap<object, { file: string; pointer: string }>();
  const problems: Diagnostic[] = [];
  const rel = (p: string) => {
    const r = path.relative(cwd, p);
    return r.startsWith("..") ? p : r;
  };

  const register = (value: unknown, file: string, pointer: string) => {
    if (value === null || typeof value !== "object") return;
    if (origins.has(value)) return;
    origins.set(value, { file, pointer });
    if (Array.isArray(value)) value.forEach((v, i) => register(v, file, joinPointer(pointer, i)));
    else for (const [k, v] of Object.entries(value)) register(v, file, joinPointer(pointer, k));
  };

  const yamlParser: Plugin = {
    order: 1,
    canParse: /\.ya?ml$/i,
    allowEmpty: false,
    parse(file: { url: string; data: Buffer | string }) {
      const filePath = file.url.startsWith("file:") ? fileURLToPath(file.url) : path.resolve(file.url);
      const text = typeof file.data === "string" ? file.data : file.data.toString("utf8");
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
      files.set(filePath, { path: filePath, doc, lines });
      if (doc.errors.length > 0) {
        for (const e of doc.errors) {
          problems.push({
            file: rel(filePath),
            line: lines.linePos(e.pos[0]).line,
            pointer: "",
            rule: "yaml-syntax",
            message: e.message.split("\n")[0]!,
          });
        }
        throw new SpecError(problems);
      }
      const js = doc.toJS({ maxAliasCount: 100 });
      checkRefSiblings(js, "", (pointer, keys) =>
        problems.push({
          ...locateInFile(filePath, pointer),
          rule: "ref-siblings",
          message: `a $ref stands alone; move ${keys.map((k) => `"${k}"`).join(", ")} to the referenced schema`,
        }),
      );
      register(js, filePath, "");
      return js;
    },
  };

  const locateInFile = (filePath: string, pointer: string): SpecLocation => {
    const f = files.get(filePath);
    return { file: rel(filePath), line: f ? lineOfPointer(f, pointer) : 0, pointer };
  };

  const options: ParserOptions = {
    parse: { yaml: yamlParser, json: false, text: false, binary: false },
    resolve: { http: false },
    dereference: { circular: false },
    continueOnError: true,
  };
  let resolved: unknown;
  try {
    resolved = await $RefParser.dereference(rootPath, options);
  } catch (e) {
    if (e instanceof SpecError) throw e;
    const group = (e as { errors?: unknown[] }).errors;
    const errs = Array.isArray(group) ? group : [e];
    throw new SpecError([...problems, ...errs.map((x) => refErrorToDiagnostic(x, rootPath, rel, files))]);
  }
  if (problems.length > 0) throw new SpecError(problems);
  if (!isObject(resolved))
    throw new SpecError([{ ...locateInFile(rootPath, ""), rule: "root-not-mapping", message: "the spec root must be a mapping (openapi, info, paths, …)" }]);
  const root = resolved;

  const originOf = (node: object) => origins.get(node);
  return {
    root,
    rootPath,
    originOf,
    locate(node: object, ...keys: (string | number)[]) {
      const o = origins.get(node);
      if (!o) return { file: rel(rootPath), line: 0, pointer: "" };
      return locateInFile(o.file, joinPointer(o.pointer, ...keys));
    },
    locateIn: locateInFile,
    adopt(node: object, from: object) {
      const o = origins.get(from);
      if (o && !origins.has(node)) origins.set(node, o);
    },
  };
}

function checkRefSiblings(value: unknown, pointer: string, report: (pointer: string, keys: string[]) => void) {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkRefSiblings(v, joinPointer(pointer, i), report));
    return;
  }
  const keys = Object.keys(value);
  // Example values are data, not spec: a "$ref" key there is not a reference.
  if ("$ref" in value && typeof (value as { $ref?: unknown }).$ref === "string" && keys.length > 1) {
    report(pointer, keys.filter((k) => k !== "$ref"));
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === "value" && /\/examples\/[^/]+$/.test(pointer)) continue;
    checkRefSiblings(v, joinPointer(pointer, k), report);
  }
}

/** Line of the key (or item) a pointer names; falls back to the nearest existing ancestor. */
function lineOfPointer(f: ParsedFile, pointer: string): number {
  let node: Node | null | undefined = f.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const seg of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (!pair) break;
      offset = (pair.key as Node)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return f.lines.linePos(offset).line;
}

function refErrorToDiagnostic(
  e: unknown,
  rootPath: string,
  rel: (p: string) => string,
  files: Map<string, ParsedFile>,
): Diagnostic {
  const err = e as { message?: string; source?: string; path?: (string | number)[]; parentPath?: string };
  const message = String(err.message ?? e)
    .split("\n")[0]!
    .replaceAll(path.dirname(rootPath) + path.sep, "");
  const toFile = (u: string) => (u.startsWith("file:") ? fileURLToPath(u) : path.resolve(u));
  // A missing pointer names the $ref that holds it (parentPath); a missing file names the
  // referring file (source) and the path to the $ref.
  let file = rootPath;
  let pointer: string;
  if (err.parentPath) {
    const [f, hash] = err.parentPath.split("#");
    // A same-file reference has no file part; the error's source is that file.
    file = f ? toFile(f) : err.source ? toFile(err.source) : rootPath;
    pointer = hash ?? "";
  } else {
    if (err.source) file = toFile(err.source);
    pointer = err.path ? joinPointer("", ...err.path.map(String)) : "";
  }
  const f = files.get(file);
  return {
    file: rel(file),
    line: f ? lineOfPointer(f, pointer) : 0,
    pointer,
    rule: "unresolved-ref",
    message,
  };
}
