// The semver bump of a release package when its document is regenerated: the same rule engine, run
// on two versions of ONE release's slice (the committed packages/client-<r>/openapi.json against
// the new slice) instead of two releases.
import type { SliceDocument } from "@ontap-sec/slice-model";
import { diffSlices } from "./diff-slices.js";
import type { Change } from "./model.js";
import { rule } from "./rules.js";
import { sameValue } from "./slice-model.js";

export type Bump = "major" | "minor" | "patch";

export interface BumpResult {
  bump: Bump | null;
  /** One line per change that decided (or contributed to) the bump, most severe first. */
  reasons: string[];
  changes: Change[];
}

/**
 * breaking change → major; any other change of the wire contract or client API (additions,
 * warnings) → minor; only documentation / metadata → patch; identical documents → null.
 */
export function computeReleaseBump(oldSlice: SliceDocument, newSlice: SliceDocument): BumpResult {
  if (sameValue(oldSlice, newSlice)) return { bump: null, reasons: [], changes: [] };
  const label = String(newSlice?.info?.version ?? oldSlice?.info?.version ?? "");
  const { changes } = diffSlices(oldSlice, newSlice, { from: label, to: label, direction: "revision" });
  const bumpOf = (c: Change): Bump => (c.level === "breaking" ? "major" : rule(c.id).kind === "surface" ? "minor" : "patch");
  const order: Bump[] = ["major", "minor", "patch"];
  let bump: Bump = "patch";
  for (const c of changes) if (order.indexOf(bumpOf(c)) < order.indexOf(bump)) bump = bumpOf(c);
  const reasons = [...changes]
    .sort((a, b) => order.indexOf(bumpOf(a)) - order.indexOf(bumpOf(b)))
    .map((c) => `${c.level === "breaking" ? "BREAKING: " : ""}${c.operation ? `${c.operation} ` : ""}${c.location === "operation" || c.location === "document" || c.location === "catalog" ? "" : `(${c.location}) `}${c.message} [${c.id}]`);
  if (reasons.length === 0) reasons.push("the document changed (metadata only)");
  return { bump, reasons, changes };
}
