// Security associations: read-only, seeded, generated on demand from (seed, index) following the
// release's read shape. Nothing is stored, so 100 000 records cost no memory; UUIDs sort in
// index order, so a page starting at a cursor is found by binary search.
import type { Collection } from "../query/paging.js";
import { isObj, valueAt } from "../json.js";
import { isArrayType, isObjectType, type Schema, type SpecModel } from "../spec-model.js";
import { type Inventory, nodeRef, svmRef } from "./inventory.js";
import { hash32, indexedUuid, mulberry32 } from "./rng.js";

export class SecurityAssociations implements Collection<Record<string, unknown>> {
  readonly keyPath = "uuid";

  constructor(
    readonly count: number,
    private readonly seed: number,
    private readonly spec: SpecModel,
    private readonly schema: Schema | undefined,
    private readonly inventory: Inventory,
    /** Whether IPsec hardware offload is on now (/security/ipsec offload_enabled, 9.16+). */
    private readonly offloadEnabled: () => boolean = () => false,
  ) {}

  size() {
    return this.count;
  }

  at(i: number): Record<string, unknown> {
    const rand = mulberry32(hash32(this.seed, i, 0x5a5a));
    const ctx: GenContext = { i, rand, seed: this.seed, inventory: this.inventory, type: rand() < 0.5 ? "ipsec" : "ike" };
    const r = this.schema ? (this.gen(this.schema, "", ctx) as Record<string, unknown>) : {};
    r.uuid = indexedUuid(this.seed, i);
    this.offloadCounters(r, rand);
    return r;
  }

  /**
   * Offload counters (9.16+) are a share of the SA's own counters while offload is enabled, and
   * zero while it is not, so they never exceed bytes / packets.
   */
  private offloadCounters(r: Record<string, unknown>, rand: () => number) {
    const share = this.offloadEnabled() ? 0.5 + rand() / 2 : 0;
    for (const side of ["inbound", "outbound"] as const) {
      const c = valueAt(r, `ipsec.${side}`);
      if (!isObj(c)) continue;
      if ("offload_bytes" in c) c.offload_bytes = Math.floor(((c.bytes as number | undefined) ?? 0) * share);
      if ("offload_packets" in c) c.offload_packets = Math.floor(((c.packets as number | undefined) ?? 0) * share);
    }
  }

  get(uuid: string) {
    const i = this.lowerBound(uuid);
    if (i >= this.count) return undefined;
    const r = this.at(i);
    return r.uuid === uuid ? r : undefined;
  }

  private lowerBound(key: string): number {
    let lo = 0,
      hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (indexedUuid(this.seed, mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  *iterate(fromKey?: string): Iterable<Record<string, unknown>> {
    for (let i = fromKey === undefined ? 0 : this.lowerBound(fromKey); i < this.count; i++) yield this.at(i);
  }

  private gen(s: Schema, path: string, ctx: GenContext): unknown {
    const name = path.split(".").pop() ?? "";
    const special = SPECIAL[path];
    if (special) {
      const v = special(ctx, s);
      if (v !== SKIP) return v;
    }
    if (isObjectType(s) && s.properties) {
      const out: Record<string, unknown> = {};
      for (const p of Object.keys(s.properties)) {
        if (p === "_links") continue;
        const sub = this.spec.prop(s, p)!;
        const v = this.gen(sub, path ? `${path}.${p}` : p, ctx);
        if (v !== undefined) out[p] = v;
      }
      return out;
    }
    if (isArrayType(s)) return s.items ? [this.gen(this.spec.norm(s.items), path, ctx)] : [];
    if (s.enum && s.enum.length) return s.enum[Math.floor(ctx.rand() * s.enum.length)];
    const t = Array.isArray(s.type) ? s.type.find((x) => x !== "null") : s.type;
    if (t === "boolean") return ctx.rand() < 0.5;
    if (t === "integer" || t === "number") return name === "version" ? 2 : Math.floor(ctx.rand() * 1_000_000);
    if (t === "string") {
      if (name === "version") return "2";
      if (name.endsWith("security_parameter_index")) return Math.floor(ctx.rand() * 0xffffffff).toString(16).padStart(8, "0");
      return `${name}_${ctx.i}`;
    }
    return undefined;
  }
}

interface GenContext {
  i: number;
  rand: () => number;
  seed: number;
  inventory: Inventory;
  type: "ipsec" | "ike";
}

const SKIP = Symbol("skip");
const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;

const SPECIAL: Record<string, (c: GenContext, s: Schema) => unknown> = {
  type: (c, s) => (s.enum && !s.enum.includes(c.type) ? SKIP : c.type),
  ike: (c) => (c.type === "ike" ? SKIP : undefined),
  ipsec: (c) => (c.type === "ipsec" ? SKIP : undefined),
  policy_name: (c) => `ipsec_policy_${c.i % 5}`,
  local_address: (c) => `10.10.${(c.i >>> 8) & 255}.${c.i & 255}`,
  remote_address: (c) => `10.20.${(c.i >>> 8) & 255}.${c.i & 255}`,
  lifetime: (c) => 3600 + (c.i % 600),
  svm: (c) => svmRef(pick(c.inventory.svms, c.i)),
  scope: () => "svm",
  node: (c) => nodeRef(pick(c.inventory.nodes, c.i)),
  "ike.version": (_c, s) => (s.type === "string" ? "2" : 2),
};
