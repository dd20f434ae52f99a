// Compares what is outside the operations: the ONTAP error catalog and document-level metadata.
import type { CatalogEntry, SliceDocument } from "@ontap-sec/slice-model";
import { change, type Change } from "./model.js";
import { isObj, sameValue } from "./slice-model.js";

const byCode = (x: string, y: string) => Number(x) - Number(y) || (x < y ? -1 : x > y ? 1 : 0);

export function compareCatalog(oldDoc: SliceDocument, newDoc: SliceDocument, out: Change[]): void {
  const a: Record<string, CatalogEntry> = oldDoc?.["x-ontap-error-catalog"] ?? {};
  const b: Record<string, CatalogEntry> = newDoc?.["x-ontap-error-catalog"] ?? {};
  for (const code of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byCode)) {
    const x = a[code];
    const y = b[code]!;
    const base = { location: "catalog", path: code };
    if (!x) out.push(change("catalog-code-added", { ...base, message: `error ${code} ${y.name} added to the catalog`, after: y }));
    else if (!y) out.push(change("catalog-code-removed", { ...base, message: `error ${code} ${x.name} removed from the catalog`, before: x }));
    else {
      if (x.name !== y.name) out.push(change("catalog-code-name-changed", { ...base, message: `name of error ${code} changed ${x.name} → ${y.name}`, before: x.name, after: y.name }));
      if (x.status !== y.status)
        out.push(change("catalog-code-status-changed", { ...base, message: `HTTP status of error ${code} ${y.name} changed ${x.status} → ${y.status}`, before: x.status, after: y.status }));
      if (x.message !== y.message) out.push(change("catalog-code-message-changed", { ...base, message: `message of error ${code} ${y.name} changed`, before: x.message, after: y.message }));
      if (Boolean(x.common) !== Boolean(y.common))
        out.push(change("catalog-code-scope-changed", { ...base, message: `error ${code} ${y.name} is ${y.common ? "now" : "no longer"} a common code`, before: Boolean(x.common), after: Boolean(y.common) }));
    }
  }
}

/** The info object without what names the release (title suffix, version). */
function releaseNeutralInfo(info: unknown): unknown {
  if (!isObj(info)) return info;
  const { version: _v, "x-ontap-release": _r, ...rest } = info;
  if (typeof rest.title === "string") rest.title = rest.title.replace(/ — ONTAP \d+\.\d+$/, "");
  return rest;
}

const DOC_HANDLED = new Set(["paths", "components", "x-ontap-error-catalog", "security", "servers", "info"]);

export function compareDocument(oldDoc: SliceDocument, newDoc: SliceDocument, out: Change[]): void {
  const base = { location: "document" };
  if (!sameValue(oldDoc?.security, newDoc?.security) || !sameValue(oldDoc?.components?.securitySchemes, newDoc?.components?.securitySchemes))
    out.push(change("security-changed", { ...base, message: "security requirements or schemes changed" }));
  if (!sameValue(oldDoc?.servers, newDoc?.servers)) out.push(change("servers-changed", { ...base, message: "servers changed", before: oldDoc?.servers, after: newDoc?.servers }));
  const changed: string[] = [];
  const oi = releaseNeutralInfo(oldDoc?.info) as Record<string, unknown> | undefined;
  const ni = releaseNeutralInfo(newDoc?.info) as Record<string, unknown> | undefined;
  for (const k of [...new Set([...Object.keys(oi ?? {}), ...Object.keys(ni ?? {})])].sort()) if (!sameValue(oi?.[k], ni?.[k])) changed.push(`info.${k}`);
  for (const k of [...new Set([...Object.keys(oldDoc ?? {}), ...Object.keys(newDoc ?? {})])].sort())
    if (!DOC_HANDLED.has(k) && !sameValue(oldDoc?.[k], newDoc?.[k])) changed.push(k);
  if (changed.length) out.push(change("document-metadata-changed", { ...base, message: `${changed.join(", ")} changed` }));
}

/** Both documents with the release naming removed, for the "anything at all changed?" check. */
export function sameDocument(oldDoc: SliceDocument, newDoc: SliceDocument): boolean {
  const norm = (d: SliceDocument) => (isObj(d) ? { ...d, info: releaseNeutralInfo(d.info) } : d);
  return sameValue(norm(oldDoc), norm(newDoc));
}

