// Components whose schema (with everything it references) is the same in several releases are
// tested together: each value is checked against every one of those releases' guards and ajv.
export interface SchemaGroup {
  component: string;
  releases: string[];
  /** The schemas of the first release (the same in every release of the group). */
  schemas: Record<string, any>;
}

/** The component and the components it reaches, as a stable string. */
function closureKey(schemas: Record<string, any>, component: string): string {
  const seen = new Set<string>();
  const queue = [component];
  while (queue.length > 0) {
    const n = queue.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    JSON.stringify(schemas[n], (k, v) => {
      if (k === "$ref" && typeof v === "string") queue.push(v.replace("#/components/schemas/", ""));
      return v;
    });
  }
  return JSON.stringify([component, ...[...seen].sort().map((n) => [n, schemas[n]])]);
}

export function schemaGroups(slices: Map<string, any>): SchemaGroup[] {
  const groups = new Map<string, SchemaGroup>();
  for (const [release, slice] of slices) {
    const schemas = slice.components.schemas;
    for (const component of Object.keys(schemas).sort()) {
      const key = closureKey(schemas, component);
      const g = groups.get(key);
      if (g) g.releases.push(release);
      else groups.set(key, { component, releases: [release], schemas });
    }
  }
  return [...groups.values()];
}
