// Our own rules over the resolved spec: the release-annotation vocabulary, the error catalog and
// the invariants the slicer relies on. Each problem names the file, line and JSON pointer.
import { isObject as isObj, type JsonObject } from "@ontap-sec/slice-model";
import type { Diagnostic } from "../diagnostics.js";
import { compareReleases, parseRelease, type Release } from "../releases.js";
import { effectiveKeyword, rangeOf } from "./annotations.js";
import type { LoadedSpec } from "./load-spec.js";
import {
  ALLOWED_ANNOTATIONS,
  CHANGEABLE_KEYWORDS,
  CHANGES,
  CREATE_ONLY,
  ENUM_RELEASES,
  INTRODUCED,
  isAnnotationKey,
  RELEASES,
  REMOVED,
  SENSITIVE,
  SENSITIVE_NAME,
  SOURCE,
  SOURCES,
} from "./vocabulary.js";
import type { CheckRelease, CheckSource, Report } from "./lint-callbacks.js";
import { checkCatalog, checkOperationErrors } from "./lint-error-catalog.js";
import { componentSchemas } from "./spec-nodes.js";
import { isQueryOperation } from "./query-operations.js";
import { walkSpec, type Visit } from "./walk-spec.js";

const SHAPE_SUFFIXES = ["_create", "_modify"];

export function lintAnnotations(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (node: object, keys: (string | number)[], rule: string, message: string) => {
    const loc = spec.locate(node, ...keys);
    const id = `${loc.file}#${loc.pointer}|${rule}|${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ ...loc, rule, message });
  };

  const root = spec.root;
  const releases = checkReleases(root, report);
  const known = new Set(releases);
  const sources = checkSources(root, report);

  /** Validates a release string at node[key...]; returns it when usable. */
  const release = (node: object, keys: (string | number)[], value: unknown): Release | undefined => {
    if (typeof value === "number") {
      report(node, keys, "release-not-string", `release ${value} must be a quoted string (YAML reads 9.10 as the number 9.1)`);
      return undefined;
    }
    if (typeof value !== "string" || !parseRelease(value)) {
      report(node, keys, "bad-release", `${JSON.stringify(value)} is not a release like "9.10"`);
      return undefined;
    }
    if (!known.has(value)) {
      report(node, keys, "unknown-release", `unknown release "${value}"; ${RELEASES} lists ${releases.join(", ")}`);
      return undefined;
    }
    return value;
  };

  /** Source ids at node[...keys][key]: required when `needed`, and each must be in the table. */
  const checkSource = (node: object, keys: (string | number)[], needed: boolean, key: string = SOURCE) => {
    const holder = keys.reduce<unknown>((n, k) => (n !== null && typeof n === "object" ? (n as Record<string | number, unknown>)[k] : undefined), node);
    const s = holder !== null && typeof holder === "object" ? (holder as Record<string, unknown>)[key] : undefined;
    if (s === undefined) {
      if (needed) report(node, keys, "missing-source", `a release annotation needs ${key} (an id of ${SOURCES})`);
      return;
    }
    const ids = Array.isArray(s) ? s : [s];
    for (const [i, id] of ids.entries())
      if (typeof id !== "string" || !sources.has(id))
        report(node, [...keys, key, ...(Array.isArray(s) ? [i] : [])], "unknown-source", `unknown source id ${JSON.stringify(id)}; define it in ${SOURCES}`);
  };

  /** Range annotations of a node: known releases, removed after introduced, a source. */
  const checkRange = (node: JsonObject) => {
    const intro = INTRODUCED in node ? release(node, [INTRODUCED], node[INTRODUCED]) : undefined;
    const rem = REMOVED in node ? release(node, [REMOVED], node[REMOVED]) : undefined;
    if (intro && rem && compareReleases(rem, intro) <= 0)
      report(node, [REMOVED], "removed-before-introduced", `removed in ${rem} but introduced in ${intro}`);
    if (intro && intro === releases[0])
      report(node, [INTRODUCED], "redundant-introduced", `introduced in the first release ${intro}: leave the annotation out`);
    checkSource(node, [], INTRODUCED in node || REMOVED in node);
  };

  /** A child must not exist outside its container's releases. */
  const checkNested = (child: JsonObject, parent: JsonObject, what: string) => {
    if (isQueryOperation(parent)) return;
    const c = rangeOf(child);
    const p = rangeOf(parent);
    const okRel = (r?: string) => r !== undefined && known.has(r);
    if (okRel(c.introduced) && okRel(p.introduced) && compareReleases(c.introduced!, p.introduced!) < 0)
      report(child, [INTRODUCED], "outlives-parent", `introduced in ${c.introduced}, before its ${what} (introduced in ${p.introduced})`);
    if (okRel(c.removed) && okRel(p.removed) && compareReleases(c.removed!, p.removed!) > 0)
      report(child, [REMOVED], "outlives-parent", `removed in ${c.removed}, after its ${what} (removed in ${p.removed})`);
  };

  const checkAllowedKeys = (v: Visit) => {
    const allowed = ALLOWED_ANNOTATIONS[v.kind];
    for (const k of Object.keys(v.node))
      if (isAnnotationKey(k) && !allowed.includes(k))
        report(v.node, [k], "unknown-annotation", allowed.length ? `${k} is not allowed on a ${v.kind} (allowed: ${allowed.join(", ")})` : `${k} is not allowed here`);
  };

  const catalog = checkCatalog(root, report);
  const operationIds = new Map<string, object>();
  const visitedSchemas = new Set<object>();

  walkSpec(root, (v) => {
    const n = v.node;
    if (v.kind === "root") return;
    checkAllowedKeys(v);
    if (v.kind !== "error-ref") checkRange(n);
    const parent = v.ancestors[v.ancestors.length - 1];
    switch (v.kind) {
      case "operation": {
        if (typeof n.operationId !== "string") report(n, [], "missing-operation-id", "every operation needs an operationId");
        else if (operationIds.has(n.operationId) && operationIds.get(n.operationId) !== n) {
          const first = spec.locate(operationIds.get(n.operationId)!, "operationId");
          report(n, ["operationId"], "duplicate-operation-id", `operationId "${n.operationId}" is also used at ${first.file}:${first.line}`);
        }
        else operationIds.set(n.operationId, n);
        checkOperationErrors(n, catalog, report, release, checkSource, checkNested);
        break;
      }
      case "parameter":
      case "response":
      case "example":
        if (parent) checkNested(n, parent, parent === v.ancestors[0] ? "operation" : "container");
        break;
      case "schema": {
        if (v.propertyName !== undefined && parent) {
          checkNested(n, parent, "parent schema");
          if (SENSITIVE_NAME.test(v.propertyName) && n[SENSITIVE] !== true)
            report(n, [], "sensitive-unmarked", `property "${v.propertyName}" looks secret: mark it ${SENSITIVE}: true`);
        }
        if (visitedSchemas.has(n)) break;
        visitedSchemas.add(n);
        checkSchema(n, releases, report, release, checkSource);
        break;
      }
      case "error-entry":
        break;
    }
  });

  // Shape variants are named <schema>_create / <schema>_modify: a component may not take such a name.
  const schemas = componentSchemas(root);
  const names = new Set(Object.keys(schemas));
  for (const name of names)
    for (const suf of SHAPE_SUFFIXES)
      if (name.endsWith(suf) && names.has(name.slice(0, -suf.length)))
        report(schemas[name] as object, [], "shape-name-clash", `component "${name}" clashes with the ${suf.slice(1)} shape the slicer derives from "${name.slice(0, -suf.length)}"`);

  return out;
}


function checkReleases(root: JsonObject, report: Report): Release[] {
  const rs = root[RELEASES];
  if (!Array.isArray(rs) || rs.length === 0) {
    report(root, [], "missing-releases", `the root needs ${RELEASES}: a list of releases, oldest first`);
    return [];
  }
  const ok: Release[] = [];
  rs.forEach((r: unknown, i: number) => {
    if (typeof r !== "string" || !parseRelease(r)) report(root, [RELEASES, i], "bad-release", `${JSON.stringify(r)} is not a release like "9.10" (quote it)`);
    else if (ok.includes(r)) report(root, [RELEASES, i], "duplicate-release", `release "${r}" is listed twice`);
    else if (ok.length && compareReleases(ok[ok.length - 1]!, r) > 0) report(root, [RELEASES, i], "releases-not-ascending", `"${r}" comes after "${ok[ok.length - 1]}": list releases oldest first`);
    else ok.push(r);
  });
  return ok;
}

function checkSources(root: JsonObject, report: Report): Set<string> {
  const s = root[SOURCES];
  if (!isObj(s)) {
    report(root, [], "missing-sources", `the root needs ${SOURCES}: a table of source ids`);
    return new Set();
  }
  for (const [id, text] of Object.entries(s))
    if (typeof text !== "string" || text.trim() === "") report(s, [id], "bad-source", `source "${id}" needs a citation text`);
  return new Set(Object.keys(s));
}

function checkSchema(s: JsonObject, releases: Release[], report: Report, release: CheckRelease, checkSource: CheckSource) {
  for (const k of [CREATE_ONLY, SENSITIVE])
    if (k in s && typeof s[k] !== "boolean") report(s, [k], "bad-annotation", `${k} must be true or false`);

  // x-ontap-enum: per-value release ranges of values that exist.
  if (ENUM_RELEASES in s) {
    const ann = s[ENUM_RELEASES];
    if (!Array.isArray(s.enum)) report(s, [ENUM_RELEASES], "enum-annotation-without-enum", `${ENUM_RELEASES} needs an enum next to it`);
    else if (!isObj(ann)) report(s, [ENUM_RELEASES], "bad-annotation", `${ENUM_RELEASES} maps enum values to {introduced?, removed?, source}`);
    else {
      const values = new Set(s.enum.map(String));
      for (const [value, a] of Object.entries(ann)) {
        if (!values.has(value)) {
          report(ann, [value], "enum-annotation-unknown-value", `"${value}" is not a value of the enum (${[...values].join(", ")})`);
          continue;
        }
        if (!isObj(a)) {
          report(ann, [value], "bad-annotation", `the annotation of "${value}" must be {introduced?, removed?, source}`);
          continue;
        }
        for (const k of Object.keys(a))
          if (!["introduced", "removed", "source", "description"].includes(k)) report(a, [k], "bad-annotation", `unexpected key "${k}" (allowed: introduced, removed, source, description)`);
        const intro = "introduced" in a ? release(a, ["introduced"], a.introduced) : undefined;
        const rem = "removed" in a ? release(a, ["removed"], a.removed) : undefined;
        if (!("introduced" in a) && !("removed" in a)) report(a, [], "bad-annotation", `the annotation of "${value}" says nothing: give introduced and/or removed`);
        if (intro && rem && compareReleases(rem, intro) <= 0) report(a, ["removed"], "removed-before-introduced", `"${value}" removed in ${rem} but introduced in ${intro}`);
        const own = rangeOf(s);
        if (intro && own.introduced && compareReleases(intro, own.introduced) <= 0)
          report(a, ["introduced"], "outlives-parent", `"${value}" introduced in ${intro}, not after its schema (introduced in ${own.introduced})`);
        checkSource(a, [], true, "source");
      }
    }
  }

  // Base consistency, then every x-ontap-changes step.
  checkConsistency(s, s, [], (k) => s[k], report);
  if (!(CHANGES in s)) return;
  const changes = s[CHANGES];
  if (!Array.isArray(changes)) {
    report(s, [CHANGES], "bad-annotation", `${CHANGES} must be a list of {release, source, <keyword>: value}`);
    return;
  }
  const own = rangeOf(s);
  let prev: Release | undefined;
  changes.forEach((c: unknown, i: number) => {
    const at = [CHANGES, i];
    if (!isObj(c)) {
      report(s, at, "bad-annotation", "a change is {release, source, <keyword>: value}");
      return;
    }
    const r = release(s, [...at, "release"], c.release);
    checkSource(s, at, true, "source");
    const keywords = Object.keys(c).filter((k) => k !== "release" && k !== "source");
    if (keywords.length === 0) report(s, at, "change-without-effect", "the change sets no keyword");
    for (const k of keywords)
      if (!(CHANGEABLE_KEYWORDS as readonly string[]).includes(k))
        report(s, [...at, k], "change-unknown-keyword", `"${k}" cannot be changed by release (allowed: ${CHANGEABLE_KEYWORDS.join(", ")})`);
    if (!r) return;
    if (prev && compareReleases(r, prev) <= 0) report(s, [...at, "release"], "changes-not-ascending", `changes must ascend by release: ${r} comes after ${prev}`);
    if (own.introduced && compareReleases(r, own.introduced) <= 0)
      report(s, [...at, "release"], "change-outside-range", `the change at ${r} is not after the schema's introduction (${own.introduced})`);
    if (own.removed && compareReleases(r, own.removed) >= 0)
      report(s, [...at, "release"], "change-outside-range", `the change at ${r} is at or after the schema's removal (${own.removed})`);
    if (r === releases[0]) report(s, [...at, "release"], "change-outside-range", `a change at the first release ${r} belongs in the base schema`);
    // Each keyword must actually change at this release.
    const before = (k: string) => (i === 0 ? s[k] : effectiveKeyword(s, k, changes[i - 1].release));
    for (const k of keywords)
      if ((CHANGEABLE_KEYWORDS as readonly string[]).includes(k) && JSON.stringify(before(k) ?? null) === JSON.stringify(c[k] ?? null))
        report(s, [...at, k], "change-without-effect", `"${k}" already is ${JSON.stringify(c[k])} before ${r}`);
    prev = r;
    checkConsistency(s, c, at, (k) => effectiveKeyword(s, k, r), report, r);
  });
}

/** Checks that the keywords in force (base, or after a change) do not contradict each other. */
function checkConsistency(
  s: JsonObject,
  holder: JsonObject,
  at: (string | number)[],
  get: (k: string) => unknown,
  report: Report,
  r?: Release,
) {
  const when = r ? ` from ${r}` : "";
  const where = (k: string) => (k in holder ? [...at, k] : at);
  const minL = get("minLength");
  const maxL = get("maxLength");
  if (typeof minL === "number" && typeof maxL === "number" && minL > maxL)
    report(s, where("maxLength"), "contradiction", `minLength ${minL} exceeds maxLength ${maxL}${when}`);
  const min = get("minimum");
  const max = get("maximum");
  if (typeof min === "number" && typeof max === "number" && min > max)
    report(s, where("maximum"), "contradiction", `minimum ${min} exceeds maximum ${max}${when}`);
  if (get("readOnly") === true && get("writeOnly") === true)
    report(s, where("writeOnly"), "contradiction", `a property cannot be both readOnly and writeOnly${when}`);
  if (get("readOnly") === true && get(CREATE_ONLY) === true)
    report(s, where(CREATE_ONLY), "contradiction", `a readOnly property cannot be ${CREATE_ONLY}${when}`);
  const type = get("type");
  if (Array.isArray(s.enum) && typeof type === "string") {
    const bad = s.enum.find((v: unknown) => !valueHasType(v, type));
    if (bad !== undefined) report(s, where("type"), "contradiction", `enum value ${JSON.stringify(bad)} is not of type ${type}${when}`);
  }
  if ((typeof minL === "number" || typeof maxL === "number") && type !== undefined && type !== "string")
    report(s, where(typeof maxL === "number" ? "maxLength" : "minLength"), "contradiction", `length limits apply to strings, not ${type}${when}`);
  if ((typeof min === "number" || typeof max === "number") && type !== undefined && type !== "integer" && type !== "number")
    report(s, where(typeof max === "number" ? "maximum" : "minimum"), "contradiction", `range limits apply to numbers, not ${type}${when}`);
  const req = get("required");
  if (req !== undefined) {
    if (!Array.isArray(req)) report(s, where("required"), "contradiction", "required must be a list of property names");
    else
      for (const name of req)
        if (!isObj(s.properties) || !(name in s.properties))
          report(s, where("required"), "required-unknown-property", `required names "${name}", which is not a property${when}`);
  }
}

function valueHasType(v: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof v === "string";
    case "integer":
      return Number.isInteger(v);
    case "number":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    default:
      return true;
  }
}
