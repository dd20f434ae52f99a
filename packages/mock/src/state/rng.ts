// Deterministic pseudo-random values: everything seeded from one number, so two mocks started
// with the same seed hold the same data.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of numbers, for per-record randomness without a shared stream. */
export function hash32(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h ^= x >>> 0;
    h = Math.imul(h, 0x01000193) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995) >>> 0;
    h ^= h >>> 15;
  }
  return h >>> 0;
}

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, "0").slice(-width);

/** A version-4 style UUID from a random source. */
export function uuidFrom(rand: () => number): string {
  const r = () => Math.floor(rand() * 0x100000000);
  const a = r(), b = r(), c = r(), d = r();
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-${hex(8 + (c >>> 30), 1)}${hex(c, 3)}-${hex(d, 8)}${hex(c >>> 12, 4)}`;
}

/** A UUID whose first group is the index, so UUIDs sort in index order (lazy collections). */
export function indexedUuid(seed: number, index: number): string {
  const rand = mulberry32(hash32(seed, index, 0x5a));
  const tail = uuidFrom(rand);
  return `${hex(index, 8)}${tail.slice(8)}`;
}
