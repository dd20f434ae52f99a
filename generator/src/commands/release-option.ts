/** Validates a release given on the command line against the spec's releases. */
export function requireRelease(value: string, releases: string[]): string {
  const v = value.replace(/\.\d+$/, (m) => (/^\d+\.\d+\.\d+$/.test(value) ? "" : m)); // accept 9.10.1 as 9.10
  if (!releases.includes(v)) throw new Error(`unknown release "${value}"; the spec has ${releases.join(", ")}`);
  return v;
}
