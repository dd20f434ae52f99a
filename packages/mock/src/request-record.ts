// Its own module so the package's public declarations never load server.d.ts, whose Node types
// (node:net) would make consumers install @types/node.
export interface RequestRecord {
  method: string;
  /** Path and query, e.g. /api/security/ipsec/policies?fields=* */
  url: string;
  status: number;
  /** The fault applied, if any. */
  fault?: string;
}
