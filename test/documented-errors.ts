// What a release's slice says an operation answers for one error condition, so tests of the mock
// (and of the clients against it) expect the code of the release they run on, not a list of ours.
import type { SliceDocument } from "@ontap-sec/slice-model";

export interface ExpectedError {
  code: string;
  /** HTTP status: the operation's (or catalog's) for a documented code, the catalog's for the fallback. */
  status: number;
  /** The operation's wording (else the catalog's), only for a documented code: fallbacks carry details. */
  message?: string;
  /** Whether the operation documents the code (false: the generic fallback). */
  documented: boolean;
}

/**
 * The error `METHOD template` of `doc` documents for a condition: the first of `codes` its
 * x-ontap-errors list (one condition that NetApp renumbered across releases, newest first), else
 * `fallback`, the generic code packages/mock/README.md gives for the rule's kind.
 */
export function documentedError(doc: SliceDocument, method: string, template: string, codes: string | readonly string[], fallback: string): ExpectedError {
  const op = doc.paths[template]?.[method.toLowerCase() as "get"];
  if (!op) throw new Error(`${doc.info["x-ontap-release"]}: no operation ${method} ${template} in the slice`);
  const catalog = doc["x-ontap-error-catalog"] ?? {};
  const listed = op["x-ontap-errors"] ?? [];
  for (const code of typeof codes === "string" ? [codes] : codes) {
    const e = listed.find((x) => String(x.code) === code);
    if (e) return { code, status: Number(e.status ?? catalog[code]?.status), message: e.message ?? catalog[code]?.message, documented: true };
  }
  const generic = catalog[fallback];
  if (!generic) throw new Error(`${doc.info["x-ontap-release"]}: fallback code ${fallback} is not in the catalog`);
  return { code: fallback, status: generic.status, documented: false };
}
