// Rules of the ONTAP error catalog (errors/*.yaml) and of each operation's x-ontap-errors list.
import { isObject as isObj, type JsonObject } from "@ontap-sec/slice-model";
import { compareReleases } from "../releases.js";
import type { CheckRelease, CheckSource, Report } from "./lint-callbacks.js";
import { rangeOf } from "./annotations.js";
import { ERROR_CATALOG, ERRORS, INTRODUCED, isAnnotationKey, MESSAGES, REMOVED, SOURCE } from "./vocabulary.js";

const CODE = /^[0-9]+$/;
const ERROR_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export interface CatalogEntry {
  code: string;
  group: string;
  /** The catalog entry as written (an object; its fields are checked, not trusted). */
  entry: JsonObject;
}

export function checkCatalog(root: JsonObject, report: Report): Map<string, CatalogEntry> {
  const codes = new Map<string, CatalogEntry>();
  const names = new Map<string, string>();
  const cat = root[ERROR_CATALOG];
  if (!isObj(cat)) {
    report(root, [], "missing-error-catalog", `the root needs ${ERROR_CATALOG}`);
    return codes;
  }
  if (!isObj(cat.common)) report(cat, [], "missing-common-errors", `${ERROR_CATALOG} needs a "common" group`);
  for (const [group, file] of Object.entries(cat)) {
    if (!isObj(file) || !isObj(file.codes)) {
      report(isObj(file) ? file : cat, isObj(file) ? [] : [group], "bad-error-group", `error group "${group}" needs a "codes" map`);
      continue;
    }
    for (const k of Object.keys(file)) if (k !== "codes") report(file, [k], "bad-error-group", `unexpected key "${k}" in an error group (only "codes")`);
    const fileCodes = file.codes;
    for (const [code, e] of Object.entries(fileCodes)) {
      if (!CODE.test(code)) report(fileCodes, [code], "bad-error-code", `error code "${code}" must be a string of digits`);
      if (!isObj(e)) {
        report(fileCodes, [code], "bad-error-entry", `error ${code} needs name, message and status`);
        continue;
      }
      const prev = codes.get(code);
      if (prev) report(fileCodes, [code], "duplicate-error-code", `error code ${code} is also defined in group "${prev.group}"`);
      else codes.set(code, { code, group, entry: e });
      if (typeof e.name !== "string" || !ERROR_NAME.test(e.name)) report(e, ["name"], "bad-error-name", `error ${code} needs a name in UPPER_SNAKE_CASE`);
      else if (names.has(e.name) && names.get(e.name) !== code) report(e, ["name"], "duplicate-error-name", `name ${e.name} is already used by error ${names.get(e.name)}`);
      else names.set(e.name, code);
      if (typeof e.message !== "string" || e.message.trim() === "") report(e, [], "missing-error-message", `error ${code} needs the message ONTAP returns`);
      if (typeof e.status !== "number" || !Number.isInteger(e.status) || e.status < 400 || e.status > 599) report(e, e.status === undefined ? [] : ["status"], "bad-error-status", `error ${code} needs an HTTP status between 400 and 599`);
      for (const k of Object.keys(e))
        if (!["name", "message", "status", "description"].includes(k) && !isAnnotationKey(k))
          report(e, [k], "bad-error-entry", `unexpected key "${k}" in error ${code}`);
    }
  }
  return codes;
}

export function checkOperationErrors(
  op: JsonObject,
  catalog: Map<string, CatalogEntry>,
  report: Report,
  release: CheckRelease,
  checkSource: CheckSource,
  checkNested: (child: JsonObject, parent: JsonObject, what: string) => void,
) {
  if (!(ERRORS in op)) return;
  const list = op[ERRORS];
  if (!Array.isArray(list)) {
    report(op, [ERRORS], "bad-operation-errors", `${ERRORS} must be a list of error codes`);
    return;
  }
  const listed = new Set<string>();
  list.forEach((item: unknown, i: number) => {
    const code = typeof item === "string" ? item : isObj(item) ? item.code : undefined;
    if (typeof item === "number" || typeof code === "number") {
      report(op, [ERRORS, i], "bad-error-code", `error code ${typeof item === "number" ? item : code} must be a quoted string (the wire carries codes as strings)`);
      return;
    }
    if (typeof code !== "string") {
      report(op, [ERRORS, i], "bad-error-code", `each entry is a code string or {code, message?, ${INTRODUCED}?, ${REMOVED}?}`);
      return;
    }
    const entry = catalog.get(code);
    if (!entry) report(op, [ERRORS, i], "unknown-error-code", `error code ${code} is not in ${ERROR_CATALOG}`);
    if (listed.has(code)) report(op, [ERRORS, i], "duplicate-error-ref", `error code ${code} is listed twice`);
    listed.add(code);
    if (isObj(item)) {
      for (const k of Object.keys(item))
        if (!["code", "message", INTRODUCED, REMOVED, SOURCE, MESSAGES].includes(k)) report(item, [k], "bad-error-ref", `unexpected key "${k}" in an error reference`);
      if ("message" in item && (typeof item.message !== "string" || item.message.trim() === ""))
        report(item, ["message"], "bad-error-ref", "message must be a non-empty string");
      const intro = INTRODUCED in item ? release(item, [INTRODUCED], item[INTRODUCED]) : undefined;
      const rem = REMOVED in item ? release(item, [REMOVED], item[REMOVED]) : undefined;
      if (intro && rem && compareReleases(rem, intro) <= 0)
        report(item, [REMOVED], "removed-before-introduced", `removed in ${rem} but introduced in ${intro}`);
      checkSource(item, [], INTRODUCED in item || REMOVED in item);
      checkMessages(item, report, release, checkSource, entry?.entry);
      checkNested(item, op, "operation");
      if (entry) checkNested(item, entry.entry, "catalog entry");
    }
  });
}

/**
 * `x-ontap-messages: [{release, message, source}]` on a catalog entry or an error reference: from
 * `release` on ONTAP words the message so. Entries ascend, lie inside the node's release range
 * (or its catalog entry's), come after the first release the node has, and each changes the wording.
 */
export function checkMessages(node: JsonObject, report: Report, release: CheckRelease, checkSource: CheckSource, catalogEntry?: JsonObject) {
  if (!(MESSAGES in node)) return;
  const list = node[MESSAGES];
  if (!Array.isArray(list) || list.length === 0) {
    report(node, [MESSAGES], "bad-error-messages", `${MESSAGES} must be a non-empty list of {release, message, source}`);
    return;
  }
  const own = rangeOf(node);
  const outer = catalogEntry ? rangeOf(catalogEntry) : {};
  const first = own.introduced ?? outer.introduced;
  const last = own.removed ?? outer.removed;
  let prev: { release: string; message: unknown } | undefined = { release: first ?? "", message: node.message ?? catalogEntry?.message };
  list.forEach((m: unknown, i: number) => {
    const at = [MESSAGES, i];
    if (!isObj(m)) {
      report(node, at, "bad-error-messages", "each entry is {release, message, source}");
      return;
    }
    for (const k of Object.keys(m))
      if (!["release", "message", "source"].includes(k)) report(node, [...at, k], "bad-error-messages", `unexpected key "${k}" (only release, message, source)`);
    if (typeof m.message !== "string" || m.message.trim() === "") report(node, [...at, "message"], "bad-error-messages", "message must be the wording ONTAP returns from that release on");
    checkSource(node, at, true, "source");
    const r = release(node, [...at, "release"], m.release);
    if (!r) return;
    if (first !== undefined && compareReleases(r, first) <= 0)
      report(node, [...at, "release"], "messages-outside-range", `the wording at ${r} is not after the first release of the code (${first}): put it in message`);
    if (last !== undefined && compareReleases(r, last) >= 0)
      report(node, [...at, "release"], "messages-outside-range", `the wording at ${r} is at or after the code's removal (${last})`);
    if (prev && prev.release !== "" && compareReleases(r, prev.release) <= 0)
      report(node, [...at, "release"], "messages-not-ascending", `entries must ascend by release: ${r} comes after ${prev.release}`);
    if (prev && prev.message === m.message) report(node, [...at, "message"], "messages-without-effect", `the wording before ${r} already is this message`);
    prev = { release: r, message: m.message };
  });
}
