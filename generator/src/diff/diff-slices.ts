// The rule engine's entry point: two sliced documents in, a sorted list of changes out. It serves
// both comparisons: release against release (`ontap-sec diff 9.9 9.10`) and two versions of the
// same release's document (the semver bump of a regenerated package, see bump.ts).
import type { SliceDocument } from "@ontap-sec/slice-model";
import { compareReleases, parseRelease } from "../releases.js";
import { compareCatalog, compareDocument, sameDocument } from "./compare-document.js";
import { compareOperations } from "./compare-operations.js";
import { change, type Change, compareChanges, type DiffResult, type Direction, summarize } from "./model.js";

export interface DiffOptions {
  /** Labels for the two sides; releases when comparing releases. */
  from: string;
  to: string;
  /** Defaults to upgrade / downgrade / same from the labels when they are releases, else `revision`. */
  direction?: Direction;
}

export function diffSlices(oldDoc: SliceDocument, newDoc: SliceDocument, opts: DiffOptions): DiffResult {
  const changes: Change[] = [];
  compareOperations(oldDoc, newDoc, changes);
  compareCatalog(oldDoc, newDoc, changes);
  compareDocument(oldDoc, newDoc, changes);
  if (changes.length === 0 && !sameDocument(oldDoc, newDoc))
    changes.push(change("unclassified-change", { location: "document", message: "the documents differ in a way no specific rule describes" }));
  changes.sort(compareChanges);
  return { from: opts.from, to: opts.to, direction: opts.direction ?? directionOf(opts.from, opts.to), summary: summarize(changes), changes };
}

function directionOf(from: string, to: string): Direction {
  if (!parseRelease(from) || !parseRelease(to)) return from === to ? "same" : "revision";
  const c = compareReleases(from, to);
  return c < 0 ? "upgrade" : c > 0 ? "downgrade" : "same";
}
