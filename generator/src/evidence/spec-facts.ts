// The facts the spec states for one release and resource, read off the resolved (unsliced) spec
// with the slicer's rules, keeping each fact's node so that a disagreement can name its location.
import { isObject as isObj, type JsonObject } from "@ontap-sec/slice-model";
import { inRange, type Release } from "../releases.js";
import { effectiveKeyword, enumAt, rangeOf } from "../curated-spec/annotations.js";
import { childAt } from "../curated-spec/spec-nodes.js";
import { CREATE_ONLY, ERROR_CATALOG, ERRORS } from "../curated-spec/vocabulary.js";
import { operationErrorsAt, type CuratedErrorRef } from "../slice/slice-errors.js";
import type { FactName, FactValue } from "./model.js";
import { errorSubject, fieldSubject, operationSubject, parameterSubject, type ResourceDef } from "./resources.js";

/** The list at a node, or none (the spec lints check the shapes; here a missing list states no facts). */
const listOf = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const objectOrUndefined = (x: unknown): object | undefined => (x !== null && typeof x === "object" ? x : undefined);

export interface SpecSubject {
  subject: string;
  /** Node that holds the subject's facts (a property schema, operation or parameter); for a
   *  subject the spec lacks, the nearest ancestor that exists, with `missing` the rest of the path. */
  node: object;
  missing?: string;
  facts: Partial<Record<FactName, FactValue>>;
  /** Keys below `node` where the subject is written (an error code in the operation's list). */
  at?: (string | number)[];
  /** Where one fact is written when not at the subject's node (an error's message in the catalog). */
  factAt?: Partial<Record<FactName, { node: object; keys: (string | number)[] }>>;
  /** Node whose x-ontap-decision list may argue the subject's facts (an error's operation). */
  decisionNode?: object;
  /** An error code of the common catalog: the per-operation tables leave those to the overview of
   *  common errors, so a table's silence says nothing about it. */
  commonError?: boolean;
}

/** Keyword of a schema, looking through allOf wrappers (the wrapper wins). */
function keyword(s: unknown, k: string, r: Release): unknown {
  const own = effectiveKeyword(s, k, r);
  if (own !== undefined) return own;
  for (const sub of listOf(childAt(s, "allOf"))) {
    const v = keyword(sub, k, r);
    if (v !== undefined) return v;
  }
  return undefined;
}

function enumOf(s: unknown, r: Release): unknown[] | undefined {
  if (Array.isArray(childAt(s, "enum"))) return enumAt(s, r);
  for (const sub of listOf(childAt(s, "allOf"))) {
    const v = enumOf(sub, r);
    if (v) return v;
  }
  return undefined;
}

function propertiesOf(s: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  const properties = childAt(s, "properties");
  if (isObj(properties)) out.push(...Object.entries(properties));
  for (const sub of listOf(childAt(s, "allOf"))) out.push(...propertiesOf(sub));
  const items = childAt(s, "items");
  if (isObj(items)) out.push(...propertiesOf(items));
  return out;
}

type Side = "get" | "post" | "patch";

function findOperation(root: JsonObject, method: string, path: string): JsonObject | undefined {
  const op = childAt(root, "paths", path, method);
  return isObj(op) ? op : undefined;
}

/** The schema of the first media type of the operation's body (the 200 response for a read). */
function bodySchema(op: JsonObject, side: Side): unknown {
  const c = side === "get" ? childAt(op, "responses", "200", "content") : childAt(op, "requestBody", "content");
  return c !== null && typeof c === "object" ? childAt(Object.values(c)[0], "schema") : undefined;
}

export function specSubjects(root: JsonObject, res: ResourceDef, r: Release): Map<string, SpecSubject> {
  const out = new Map<string, SpecSubject>();
  const exists = (n: unknown) => inRange(rangeOf(n), r);

  for (const o of res.operations) {
    const op = findOperation(root, o.method, o.path);
    const present = !!op && exists(op);
    const subject = operationSubject(o.method, o.path);
    out.set(subject, { subject, node: op ?? objectOrUndefined(childAt(root, "paths", o.path)) ?? objectOrUndefined(root.paths) ?? root, facts: { present } });
    if (!op || !present) continue;
    // The error codes the operation documents in r, each with the wording r's slice carries.
    const errors = Array.isArray(op[ERRORS]) ? (op[ERRORS] as CuratedErrorRef[]) : [];
    for (const e of operationErrorsAt(errors, root[ERROR_CATALOG], r)) {
      const es = errorSubject(o.method, o.path, e.code);
      out.set(es, {
        subject: es,
        node: op,
        at: [ERRORS, e.index],
        facts: { present: true, message: e.wording.message },
        factAt: { message: { node: e.wording.node, keys: e.wording.keys } },
        decisionNode: op,
        commonError: e.common,
      });
    }
    for (const p of [...listOf(childAt(root, "paths", o.path, "parameters")), ...listOf(op.parameters)]) {
      if (!isObj(p) || p.in !== "query" || !exists(p)) continue;
      const ps = parameterSubject(o.method, o.path, String(p.name));
      const type = keyword(p.schema, "type", r);
      out.set(ps, { subject: ps, node: p, facts: { present: true, ...(typeof type === "string" ? { type } : {}) } });
    }
  }

  const sides: Side[] = (["get", "post", "patch"] as Side[]).filter((s) => res.sides[s]);
  const writable = sides.some((s) => s !== "get");
  for (const side of sides) {
    const def = res.sides[side]!;
    const op = findOperation(root, def.method, def.path);
    if (!op || !exists(op)) continue;
    const schema = bodySchema(op, side);
    if (!schema) continue;
    const walk = (s: unknown, prefix: string, depth: number) => {
      for (const [name, p] of propertiesOf(s)) {
        // HAL links are transport, not resource facts (spec/README.md, "Evidence").
        if (!isObj(p) || !exists(p) || name === "_links") continue;
        const ro = effectiveKeyword(p, "readOnly", r) === true;
        const wo = effectiveKeyword(p, "writeOnly", r) === true;
        const co = effectiveKeyword(p, CREATE_ONLY, r) === true;
        if (side === "get" && wo) continue;
        if (side !== "get" && ro) continue;
        if (side === "patch" && co) continue;
        const dotted = prefix + name;
        const subject = fieldSubject(dotted);
        let entry = out.get(subject);
        if (!entry) {
          entry = { subject, node: p, facts: { present: true } };
          const type = keyword(p, "type", r) ?? (propertiesOf(p).length ? "object" : undefined);
          if (typeof type === "string") entry.facts.type = type;
          if (type === "string" || type === "integer" || type === "number") {
            const e = enumOf(p, r);
            entry.facts.enum = e ? (e.map((v) => (typeof v === "number" ? v : String(v))) as string[]).sort() : null;
            const limits = type === "string" ? (["minLength", "maxLength"] as const) : (["minimum", "maximum"] as const);
            for (const k of limits) {
              const v = keyword(p, k, r);
              entry.facts[k] = typeof v === "number" ? v : null;
            }
          }
          for (const sd of sides) entry.facts[sd] = false;
          if (writable) entry.facts.readOnly = true;
          out.set(subject, entry);
        }
        entry.facts[side] = true;
        if (side !== "get") entry.facts.readOnly = false;
        if (depth < 6) walk(p, dotted + ".", depth + 1);
      }
    };
    walk(schema, "", 0);
  }
  return out;
}

/** Where a subject the spec lacks would go: the deepest field of its path that the spec has. */
export function nearestSpecNode(subjects: Map<string, SpecSubject>, subject: string, fallback: object): { node: object; missing: string } {
  if (!subject.startsWith("field:")) return { node: fallback, missing: subject };
  const parts = subject.slice("field:".length).split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const s = subjects.get(fieldSubject(parts.slice(0, i).join(".")));
    if (s) return { node: s.node, missing: parts.slice(i).join(".") };
  }
  return { node: fallback, missing: parts.join(".") };
}
