// The compatibility matrix: operations, schema properties (with their enum values) and ONTAP error
// codes × releases, with what changes from one release to the next. Built from the slices only.
import type { CatalogEntry, SliceDocument } from "@ontap-sec/slice-model";
import { diffSlices } from "../diff/diff-slices.js";
import type { Change } from "../diff/model.js";
import { changeLine } from "../diff/render-common.js";
import { isObj, operations, resolveSchema, schemaRefName, typesOf } from "../diff/slice-model.js";
import type { CellEvidence, EvidenceStatus } from "../evidence/status.js";
import type { ReleaseSummary } from "../evidence/compare.js";

export type CellState = "absent" | "present" | "added" | "removed" | "changed";

export interface Cell {
  release: string;
  present: boolean;
  /** absent / present as before; added or removed at this release; present but changed at this release. */
  state: CellState;
  /** Short flags at this release: RO, WO, CO (create-only), REQ (required on create), SENS. */
  flags: string[];
  /** What changed since the previous release ("maxLength 64→128", diff messages for operations). */
  notes: string[];
  /** Worst level among an operation's changes at this release. */
  level?: "breaking" | "warning" | "info";
  /** What NetApp's artifacts of this release say about a present cell (when evidence is given). */
  evidence?: CellEvidence;
}

export interface Row {
  key: string;
  kind: "operation" | "property" | "enum-value" | "error";
  label: string;
  detail?: string;
  depth: number;
  cells: Cell[];
}

export interface Section {
  id: string;
  title: string;
  groups: { name: string; title: string; rows: Row[] }[];
}

export interface Matrix {
  releases: string[];
  sections: Section[];
  /** Per-release evidence counts (when evidence is given). */
  evidence?: ReleaseSummary[];
}

interface PropInfo {
  flags: string[];
  facts: Record<string, string>;
  enumValues?: string[];
}

const FACT_KEYS = ["type", "format", "minLength", "maxLength", "minimum", "maximum", "pattern", "default"] as const;

/** Base component name for a slice component (ipsec_policy_create → ipsec_policy). */
function baseName(schemas: Record<string, unknown>, name: string): string {
  const m = /^(.+)_(create|modify)$/.exec(name);
  return m && m[1]! in schemas ? m[1]! : name;
}

/** Properties (flattened through inline objects) of the component `base` at one release. */
function componentProps(doc: SliceDocument | undefined, base: string): Map<string, PropInfo> {
  const schemas = doc?.components?.schemas ?? {};
  const out = new Map<string, PropInfo>();
  const variants: [string, "read" | "create" | "modify"][] = [
    [base, "read"],
    [`${base}_create`, "create"],
    [`${base}_modify`, "modify"],
  ];
  const inShape = new Map<string, Set<string>>();
  const visit = (node: unknown, prefix: string, shape: string, required: Set<string>, depth: number) => {
    const { schema } = resolveSchema(doc, node);
    const props = isObj(schema.properties) ? schema.properties : {};
    const req = new Set<string>(Array.isArray(schema.required) ? schema.required : []);
    for (const [name, p] of Object.entries(props)) {
      const key = prefix ? `${prefix}.${name}` : name;
      const r = resolveSchema(doc, p);
      const s = r.schema;
      let info = out.get(key);
      if (!info) out.set(key, (info = { flags: [], facts: {} }));
      if (!inShape.has(key)) inShape.set(key, new Set());
      inShape.get(key)!.add(shape);
      if (shape === "create" && req.has(name)) info.facts.required = "yes";
      if (s.readOnly === true) info.facts.readOnly = "yes";
      if (s.writeOnly === true) info.facts.writeOnly = "yes";
      if (s["x-ontap-create-only"] === true) info.facts.createOnly = "yes";
      if (s["x-ontap-sensitive"] === true) info.facts.sensitive = "yes";
      const t = typesOf(s);
      for (const k of FACT_KEYS) {
        const v = k === "type" ? (t ? t.join("|") : undefined) : s[k];
        if (v !== undefined && info.facts[k] === undefined) info.facts[k] = typeof v === "string" ? v : JSON.stringify(v);
      }
      const refName = r.refs.map((x) => baseName(doc?.components?.schemas ?? {}, x))[0];
      if (refName) info.facts.schema = refName;
      if (Array.isArray(s.enum)) info.enumValues = [...new Set([...(info.enumValues ?? []), ...s.enum.map(String)])];
      // Inline objects (and arrays of them) are part of this component; named ones have their own group.
      if (r.refs.length === 0 && depth < 6) {
        if (isObj(s.properties)) visit(s, key, shape, req, depth + 1);
        else if (isObj(s.items) && !schemaRefName(s.items.$ref)) visit(s.items, `${key}[]`, shape, req, depth + 1);
      }
    }
    void required;
  };
  for (const [name, shape] of variants) if (isObj(schemas[name])) visit(schemas[name], "", shape, new Set(), 0);
  // A property only in the create variant is write-only in effect; one missing from modify is create-only or read-only.
  for (const [key, info] of out) {
    const shapes = inShape.get(key)!;
    if (info.facts.readOnly) info.flags.push("RO");
    if (info.facts.writeOnly) info.flags.push("WO");
    if (info.facts.createOnly) info.flags.push("CO");
    if (info.facts.required) info.flags.push("REQ");
    if (info.facts.sensitive) info.flags.push("SENS");
    void shapes;
  }
  return out;
}

const FACT_LABEL: Record<string, string> = {
  readOnly: "read-only",
  writeOnly: "write-only",
  createOnly: "create-only",
  required: "required on create",
  sensitive: "sensitive",
  schema: "schema",
};

function factNotes(prev: PropInfo, cur: PropInfo): string[] {
  const notes: string[] = [];
  const keys = [...new Set([...Object.keys(prev.facts), ...Object.keys(cur.facts)])].sort();
  for (const k of keys) {
    const a = prev.facts[k];
    const b = cur.facts[k];
    if (a === b) continue;
    if (FACT_LABEL[k] && k !== "schema") notes.push(`${FACT_LABEL[k]}: ${a ? "yes" : "no"}→${b ? "yes" : "no"}`);
    else notes.push(`${FACT_LABEL[k] ?? k} ${a ?? "none"}→${b ?? "none"}`);
  }
  const pe = new Set(prev.enumValues ?? []);
  const ce = new Set(cur.enumValues ?? []);
  for (const v of ce) if (!pe.has(v) && pe.size) notes.push(`enum +${v}`);
  for (const v of pe) if (!ce.has(v) && ce.size) notes.push(`enum −${v}`);
  return notes;
}

function worst(changes: Change[]): Cell["level"] {
  if (changes.some((c) => c.level === "breaking")) return "breaking";
  if (changes.some((c) => c.level === "warning")) return "warning";
  return changes.length ? "info" : undefined;
}

function cellState(present: boolean, prevPresent: boolean | undefined, notes: string[]): CellState {
  if (!present) return prevPresent ? "removed" : "absent";
  if (prevPresent === false) return "added";
  return notes.length ? "changed" : "present";
}

/** Changes of operations that only describe text are left out of the matrix. */
const DOCS_ONLY = new Set(["operation-docs-changed", "operation-tags-changed", "parameter-docs-changed", "property-docs-changed", "examples-changed"]);

export function buildMatrix(releases: string[], slices: ReadonlyMap<string, SliceDocument>, evidence?: EvidenceStatus): Matrix {
  const docs = releases.map((r) => {
    const d = slices.get(r);
    if (!d) throw new Error(`matrix: no slice of release ${r}`);
    return d;
  });

  // ── operations ──
  const opsPer = docs.map((d) => operations(d));
  const opKeys = new Map<string, { method: string; path: string; id?: string; summary?: string }>();
  opsPer.forEach((m) => m.forEach((o, k) => opKeys.set(k, { method: o.method, path: o.path, id: o.op.operationId, summary: o.op.summary })));
  const diffs = releases.map((r, i) => (i === 0 ? undefined : diffSlices(docs[i - 1]!, docs[i]!, { from: releases[i - 1]!, to: r })));
  const methodOrder = ["get", "put", "post", "patch", "delete"];
  const sortedOps = [...opKeys.entries()].sort(([, a], [, b]) => (a.path < b.path ? -1 : a.path > b.path ? 1 : methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method)));
  const opGroups = new Map<string, Row[]>();
  for (const [key, o] of sortedOps) {
    const group = o.path.split("/").slice(0, 4).join("/").replace(/\/\{[^}]+\}$/, "");
    const cells: Cell[] = releases.map((release, i) => {
      const present = opsPer[i]!.has(key);
      const changes = present && diffs[i] ? diffs[i]!.changes.filter((c) => c.operation === key && !DOCS_ONLY.has(c.id)) : [];
      const added = present && i > 0 && !opsPer[i - 1]!.has(key);
      const notes = added ? [] : changes.map((c) => `${c.level === "breaking" ? "✖ " : c.level === "warning" ? "⚠ " : ""}${changeLine(c)}`);
      const cell: Cell = { release, present, state: cellState(present, i > 0 ? opsPer[i - 1]!.has(key) : undefined, notes), flags: [], notes, level: added ? undefined : worst(changes) };
      if (evidence && present) cell.evidence = evidence.operation(release, o.method, o.path);
      return cell;
    });
    if (!opGroups.has(group)) opGroups.set(group, []);
    opGroups.get(group)!.push({ key: `op:${key}`, kind: "operation", label: key, detail: [o.id, o.summary].filter(Boolean).join(" — "), depth: 0, cells });
  }

  // ── properties per schema ──
  const bases = new Set<string>();
  for (const d of docs) {
    const schemas = d?.components?.schemas ?? {};
    for (const n of Object.keys(schemas)) bases.add(baseName(schemas, n));
  }
  const schemaGroups: Section["groups"] = [];
  for (const base of [...bases].sort()) {
    const per = docs.map((d) => componentProps(d, base));
    const keys = [...new Set(per.flatMap((m) => [...m.keys()]))].sort();
    if (keys.length === 0) continue;
    const rows: Row[] = [];
    for (const key of keys) {
      const cells: Cell[] = releases.map((release, i) => {
        const cur = per[i]!.get(key);
        const prev = i > 0 ? per[i - 1]!.get(key) : undefined;
        const notes = cur && prev ? factNotes(prev, cur) : [];
        const cell: Cell = { release, present: !!cur, state: cellState(!!cur, i > 0 ? !!prev : undefined, notes), flags: cur?.flags ?? [], notes };
        const ev = evidence && cur ? evidence.component(release, base, key) : undefined;
        if (ev) cell.evidence = ev;
        return cell;
      });
      const any = per.find((m) => m.has(key))!.get(key)!;
      const depth = key.split(".").length - 1;
      rows.push({ key: `prop:${base}.${key}`, kind: "property", label: key, detail: [any.facts.type, any.facts.schema && `→ ${any.facts.schema}`].filter(Boolean).join(" "), depth, cells });
      const values = [...new Set(per.flatMap((m) => m.get(key)?.enumValues ?? []))];
      for (const v of values) {
        const vcells: Cell[] = releases.map((release, i) => {
          const has = (j: number) => (per[j]!.get(key)?.enumValues ?? []).includes(v);
          const cell: Cell = { release, present: has(i), state: cellState(has(i), i > 0 ? has(i - 1) : undefined, []), flags: [], notes: [] };
          const ev = evidence && has(i) ? evidence.component(release, base, key, "enum") : undefined;
          if (ev) cell.evidence = ev;
          return cell;
        });
        rows.push({ key: `enum:${base}.${key}=${v}`, kind: "enum-value", label: `${key} = ${v}`, depth: depth + 1, cells: vcells });
      }
    }
    schemaGroups.push({ name: base, title: base, rows });
  }

  // ── error codes ──
  const cats = docs.map((d): Record<string, CatalogEntry> => d?.["x-ontap-error-catalog"] ?? {});
  const codes = [...new Set(cats.flatMap((c) => Object.keys(c)))].sort((a, b) => Number(a) - Number(b));
  const errorRows: Row[] = codes.map((code) => {
    const first = cats.find((c) => c[code])![code]!;
    const cells: Cell[] = releases.map((release, i) => {
      const cur = cats[i]![code];
      const prev = i > 0 ? cats[i - 1]![code] : undefined;
      const notes: string[] = [];
      if (cur && prev) {
        if (cur.name !== prev.name) notes.push(`name ${prev.name}→${cur.name}`);
        if (cur.status !== prev.status) notes.push(`status ${prev.status}→${cur.status}`);
        if (cur.message !== prev.message) notes.push(`message changed`);
      }
      return { release, present: !!cur, state: cellState(!!cur, i > 0 ? !!prev : undefined, notes), flags: [], notes };
    });
    return { key: `error:${code}`, kind: "error", label: `${code} ${first.name}`, detail: `${first.status} — ${first.message}`, depth: 0, cells };
  });

  return {
    releases,
    ...(evidence ? { evidence: evidence.summary } : {}),
    sections: [
      { id: "operations", title: "Operations", groups: [...opGroups.entries()].map(([name, rows]) => ({ name, title: name, rows })) },
      { id: "properties", title: "Properties by schema", groups: schemaGroups },
      { id: "errors", title: "ONTAP error codes", groups: [{ name: "catalog", title: "error catalog", rows: errorRows }] },
    ],
  };
}


