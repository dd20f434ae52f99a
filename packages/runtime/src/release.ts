/** `{generation: 9, major: 12, minor: 1}` → "9.12": releases are named without the patch level. */
export function releaseFromVersion(version: unknown): string | undefined {
  const v = version as { generation?: unknown; major?: unknown; full?: unknown } | undefined;
  if (typeof v?.generation === "number" && typeof v.major === "number") return `${v.generation}.${v.major}`;
  const match = typeof v?.full === "string" ? /Release (\d+)\.(\d+)/.exec(v.full) : null;
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** Numeric comparison, so "9.9" < "9.10". */
export function compareReleases(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
