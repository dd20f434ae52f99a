// Query-based PATCH and DELETE on a collection ("update/delete every record the query selects") are
// one ONTAP mechanism, not a feature of each path. The spec declares them once per collection with
// `x-ontap-query-operations`; this expands each entry into an ordinary operation of the resolved
// tree, so that every later stage (lints, evidence, slicer, diff, matrix) sees a plain operation.
//
//   collection:
//     x-ontap-query-operations:
//       - method: patch
//         operationId: account_modify_collection
//         x-ontap-introduced: "9.16"
//         x-ontap-source: [...]
//     get: ...
//
// The expanded operation takes the collection GET's path parameters and filters (its query
// parameters other than the paging and shaping ones), the shared `continue_on_failure`,
// `serial_records`, `return_records` and `return_timeout` parameters, and the request body,
// responses and error codes of the instance operation with the same method.
import { isObject, type JsonObject } from "@ontap-sec/slice-model";
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "./load-spec.js";
import { childAt } from "./spec-nodes.js";
import { DECISION, ERRORS, INTRODUCED, QUERY_OPERATIONS, REMOVED, SOURCE } from "./vocabulary.js";

const METHODS = ["patch", "delete"] as const;
type QueryMethod = (typeof METHODS)[number];

/** Keys an entry may carry besides `method`. */
const ENTRY_KEYS = new Set(["method", "operationId", "summary", "description", INTRODUCED, REMOVED, SOURCE, ERRORS, DECISION]);

/** Query parameters of a collection GET that shape the answer rather than select records. */
const NOT_FILTERS = new Set(["fields", "max_records", "return_records", "return_timeout", "order_by"]);

/** The shared parameters every query operation takes, by their component names in common.yaml. */
const SHARED_PARAMETERS = ["continue_on_failure", "serial_records", "return_records_get", "return_timeout_get"];

const SUMMARY: Record<QueryMethod, string> = {
  patch: "Update every record the query selects",
  delete: "Delete every record the query selects",
};
const DESCRIPTION: Record<QueryMethod, string> = {
  patch:
    "Applies one PATCH body, with the fields of the single-record PATCH, to every record the query parameters select (the filters of the collection GET).",
  delete: "Deletes every record the query parameters select (the filters of the collection GET).",
};

/** `/a/b` and `/a/b/{x}/{y}`: the paths whose extra segments are all path parameters. */
function isInstanceOf(collection: string, candidate: string): boolean {
  if (!candidate.startsWith(collection + "/")) return false;
  return candidate
    .slice(collection.length + 1)
    .split("/")
    .every((seg) => /^\{[^{}]+\}$/.test(seg));
}

const expanded = new WeakSet<object>();

/** True for an operation this module built: its parameters, body, responses and error codes are
 *  shared with the collection GET and the instance operation, whose ranges govern them. */
export const isQueryOperation = (node: object): boolean => expanded.has(node);

const isParam = (p: unknown): p is JsonObject => isObject(p) && typeof p.name === "string" && typeof p.in === "string";

/** Expands every `x-ontap-query-operations` entry in place and returns the problems found. */
export function expandQueryOperations(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (node: object, keys: (string | number)[], rule: string, message: string) => out.push({ ...spec.locate(node, ...keys), rule, message });
  const paths = isObject(spec.root.paths) ? spec.root.paths : {};
  const operationIds = new Set<string>();
  for (const item of Object.values(paths))
    if (isObject(item)) for (const op of Object.values(item)) if (isObject(op) && typeof op.operationId === "string") operationIds.add(op.operationId);
  const shared = SHARED_PARAMETERS.map((name) => [name, childAt(spec.root, "components", "parameters", name)] as const);

  for (const [collectionPath, item] of Object.entries(paths)) {
    if (!isObject(item) || !(QUERY_OPERATIONS in item)) continue;
    const entries = item[QUERY_OPERATIONS];
    delete item[QUERY_OPERATIONS];
    if (!Array.isArray(entries)) {
      report(item, [QUERY_OPERATIONS], "query-operations-shape", `${QUERY_OPERATIONS} must be a list of {method, operationId, ...} entries`);
      continue;
    }
    const getOp = isObject(item.get) ? item.get : undefined;
    const list = getOp && Array.isArray(getOp.parameters) ? getOp.parameters : undefined;
    if (!getOp || !list) {
      report(item, [QUERY_OPERATIONS], "query-operations-no-get", `${collectionPath} declares query operations but has no collection GET whose filters they would take`);
      continue;
    }
    for (const [name, p] of shared)
      if (!isParam(p)) report(item, [QUERY_OPERATIONS], "query-operations-shared-parameter", `components.parameters.${name} is missing; query operations need it`);
    const instancePaths = Object.keys(paths).filter((p) => isInstanceOf(collectionPath, p));

    entries.forEach((entry: unknown, i) => {
      if (!isObject(entry)) {
        report(item, [QUERY_OPERATIONS, i], "query-operations-shape", "an entry must be a mapping");
        return;
      }
      for (const k of Object.keys(entry))
        if (!ENTRY_KEYS.has(k)) report(entry, [k], "query-operations-key", `unknown key "${k}"; an entry takes ${[...ENTRY_KEYS].join(", ")}`);
      const method = entry.method;
      if (typeof method !== "string" || !(METHODS as readonly string[]).includes(method)) {
        report(entry, ["method"], "query-operations-method", `method must be one of ${METHODS.join(", ")}`);
        return;
      }
      const m = method as QueryMethod;
      if (typeof entry.operationId !== "string" || !entry.operationId) {
        report(entry, ["operationId"], "query-operations-operation-id", "operationId is required (the go-swagger id, e.g. account_modify_collection)");
        return;
      }
      if (operationIds.has(entry.operationId)) {
        report(entry, ["operationId"], "query-operations-operation-id", `operationId ${entry.operationId} is already used`);
        return;
      }
      if (item[m] !== undefined) {
        report(entry, ["method"], "query-operations-duplicate", `${collectionPath} already has a ${m.toUpperCase()} written out; declare it once`);
        return;
      }
      const withMethod = instancePaths.filter((p) => isObject(paths[p]) && isObject((paths[p] as JsonObject)[m]));
      if (withMethod.length !== 1) {
        report(
          entry,
          ["method"],
          "query-operations-instance",
          withMethod.length === 0
            ? `no instance path under ${collectionPath} has a ${m.toUpperCase()} whose body and responses the query ${m.toUpperCase()} would take`
            : `several instance paths under ${collectionPath} have a ${m.toUpperCase()}: ${withMethod.join(", ")}`,
        );
        return;
      }
      const instanceOp = (paths[withMethod[0]!] as JsonObject)[m] as JsonObject;
      const filters = list.filter((p: unknown) => isParam(p) && (p.in === "path" || (p.in === "query" && !NOT_FILTERS.has(p.name as string))));
      const op: JsonObject = {
        operationId: entry.operationId,
        tags: getOp.tags,
        summary: entry.summary ?? SUMMARY[m],
        description: entry.description ?? DESCRIPTION[m],
      };
      for (const k of [INTRODUCED, REMOVED, SOURCE, DECISION]) if (entry[k] !== undefined) op[k] = entry[k];
      const errors = entry[ERRORS] ?? instanceOp[ERRORS];
      if (errors !== undefined) op[ERRORS] = errors;
      op.parameters = [...filters, ...shared.map(([, p]) => p).filter(isParam)];
      if (instanceOp.requestBody !== undefined) op.requestBody = instanceOp.requestBody;
      op.responses = instanceOp.responses;
      spec.adopt(op, entry);
      expanded.add(op);
      item[m] = op;
      operationIds.add(entry.operationId);
    });
  }
  return out;
}
