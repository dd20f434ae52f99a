// Fault injection: per route or global, one-shot or N times, set at start or at run time.

export type Fault =
  /** Wait before handling the request (then handle it normally, or apply the rule's other effect). */
  | { kind: "delay"; ms: number }
  /** Destroy the connection without an answer. */
  | { kind: "reset" }
  /** Answer this status with an HTML body (a proxy or load balancer error page). */
  | { kind: "html"; status?: number }
  /** Answer 200 with JSON cut off half-way. */
  | { kind: "truncated"; status?: number }
  /** Answer 429 or 503 (or another status) with Retry-After. */
  | { kind: "status"; status: 429 | 503 | number; retryAfter?: number; code?: string; message?: string }
  /** Writes answer 409 code 2621573 (configuration temporarily locked). */
  | { kind: "locked"; retryAfter?: number }
  /** The next job ends in failure with this code and message. */
  | { kind: "job-failure"; code?: number; message?: string }
  /** The next job never finishes. */
  | { kind: "job-hang" };

export type FaultRule = Fault & {
  /** HTTP method to match (any when absent). */
  method?: string;
  /**
   * Path to match: exact ("/api/security" or "/security"), a template ("/security/ipsec/policies/{uuid}"),
   * a prefix with a trailing "*", or a RegExp. Any path when absent (global).
   */
  path?: string | RegExp;
  /** How many requests it applies to (default 1; Infinity for always). */
  times?: number;
};

export interface ActiveFault {
  id: number;
  rule: FaultRule;
  remaining: number;
  hits: number;
}

const WRITES = new Set(["POST", "PATCH", "DELETE", "PUT"]);
const JOB_KINDS = new Set(["job-failure", "job-hang"]);

function pathMatches(p: FaultRule["path"], path: string): boolean {
  if (p === undefined) return true;
  const bare = path.replace(/^\/api(?=\/|$)/, "") || "/";
  if (p instanceof RegExp) return p.test(path) || p.test(bare);
  const want = p.replace(/^\/api(?=\/|$)/, "") || "/";
  if (want.endsWith("*")) return bare.startsWith(want.slice(0, -1));
  if (want.includes("{")) {
    const esc = (x: string) => x.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    return new RegExp(`^${want.split(/\{[^}]+\}/).map(esc).join("[^/]+")}$`).test(bare);
  }
  return bare === want;
}

export class Faults {
  private readonly active: ActiveFault[] = [];
  private nextId = 1;

  constructor(initial: FaultRule[] = []) {
    initial.forEach((f) => this.add(f));
  }

  /** Adds a rule; returns its id (for remove). */
  add(rule: FaultRule): number {
    const id = this.nextId++;
    this.active.push({ id, rule, remaining: rule.times ?? 1, hits: 0 });
    return id;
  }

  remove(id: number): boolean {
    const i = this.active.findIndex((a) => a.id === id);
    if (i < 0) return false;
    this.active.splice(i, 1);
    return true;
  }

  clear(): void {
    this.active.length = 0;
  }

  list(): readonly ActiveFault[] {
    return this.active;
  }

  /**
   * Takes the faults that apply to this request (consuming one use of each): every matching
   * delay, and the first matching fault of another kind. Job faults are taken with takeJob.
   */
  take(method: string, path: string): { delayMs: number; fault?: Fault } {
    let delayMs = 0;
    let fault: Fault | undefined;
    for (const a of [...this.active]) {
      const r = a.rule;
      if (JOB_KINDS.has(r.kind)) continue;
      if (r.method && r.method.toUpperCase() !== method) continue;
      if (!pathMatches(r.path, path)) continue;
      if (r.kind === "locked" && !WRITES.has(method)) continue;
      if (r.kind === "delay") {
        delayMs += r.ms;
        this.consume(a);
        continue;
      }
      if (fault) continue;
      fault = r;
      this.consume(a);
    }
    return { delayMs, fault };
  }

  /** The job fault (if any) for a job started by this request. */
  takeJob(method: string, path: string): Fault | undefined {
    for (const a of [...this.active]) {
      const r = a.rule;
      if (!JOB_KINDS.has(r.kind)) continue;
      if (r.method && r.method.toUpperCase() !== method) continue;
      if (!pathMatches(r.path, path)) continue;
      this.consume(a);
      return r;
    }
    return undefined;
  }

  private consume(a: ActiveFault) {
    a.hits++;
    a.remaining--;
    if (a.remaining <= 0) this.remove(a.id);
  }
}
