/**
 * Validates a release given on the command line against the known releases (a patch level such as
 * 9.10.1 is accepted as 9.10). `source` names where the list comes from, for the error.
 */
export function requireRelease(value: string, releases: string[], source = "the spec has"): string {
  const v = value.replace(/\.\d+$/, (m) => (/^\d+\.\d+\.\d+$/.test(value) ? "" : m));
  if (!releases.includes(v)) throw new Error(`unknown release "${value}"; ${source} ${releases.join(", ")}`);
  return v;
}
