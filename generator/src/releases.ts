// ONTAP releases are compared by their numbers: "9.9" < "9.10".
export type Release = string;

export interface ReleaseRange {
  introduced?: Release;
  removed?: Release;
}

export function parseRelease(r: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(r);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function compareReleases(a: Release, b: Release): number {
  const pa = parseRelease(a);
  const pb = parseRelease(b);
  if (!pa || !pb) throw new Error(`not a release: ${!pa ? a : b}`);
  return pa[0] - pb[0] || pa[1] - pb[1];
}

/** Whether release `r` lies in `[introduced, removed)`. */
export function inRange(range: ReleaseRange, r: Release): boolean {
  if (range.introduced !== undefined && compareReleases(r, range.introduced) < 0) return false;
  if (range.removed !== undefined && compareReleases(r, range.removed) >= 0) return false;
  return true;
}

export function sortReleases(rs: Iterable<Release>): Release[] {
  return [...rs].sort(compareReleases);
}
