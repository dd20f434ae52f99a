// @ontap-sec/mock: a stateful fake of the ONTAP security REST API of one release, over real
// HTTP(S), driven by that release's slice of the curated spec.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Faults, type FaultRule } from "./faults.js";
import type { Env, Settings } from "./handlers/context.js";
import { HAND_WRITTEN } from "./handlers/dispatch.js";
import { applySeed } from "./handlers/seed.js";
import type { JobOptions } from "./jobs.js";
import type { RequestRecord } from "./request-record.js";
import { MockServer } from "./server.js";
import { SpecModel } from "./spec-model.js";
import { MockState, type SeedOptions } from "./state/index.js";
import { type KeyPair, selfSignedCertificate } from "./tls.js";

export type { Fault, FaultRule, ActiveFault } from "./faults.js";
export { Faults } from "./faults.js";
export type { JobOptions, JobView, JobState } from "./jobs.js";
export type { SeedOptions } from "./state/index.js";
export { MockState } from "./state/index.js";
export type { RequestRecord } from "./request-record.js";
export type { Settings } from "./handlers/context.js";
export { versionOf } from "./handlers/cluster.js";
export { normalizeNetmask, normalizePort, normalizeProtocol } from "./quirks.js";

export interface MockOntapOptions {
  /** ONTAP release, e.g. "9.10" (a patch level such as "9.10.1" is accepted). */
  release: string;
  /** The release's slice (plain OpenAPI document). Default: openapi.json of @ontap-sec/client-<release>. */
  spec?: object;
  /** Port to listen on (default 0: a free port). */
  port?: number;
  /** Loopback address to listen on (default 127.0.0.1). */
  host?: string;
  /** HTTPS: true for a generated self-signed certificate (see `ca`), or your own key and certificate. */
  tls?: boolean | KeyPair;
  /** A PRNG seed, or the seed with the seeded data. */
  seed?: number | SeedOptions;
  /** Faults active from the start. */
  faults?: FaultRule[];
  /** Added to every answer, in milliseconds. */
  latencyMs?: number;
  /** Accepted Basic-auth users (default {admin: "netapp1!"}). */
  users?: Record<string, string>;
  /** How jobs progress (default: one poll queued, one running, then done). */
  jobs?: JobOptions;
  /** GET /api/cluster answers 403 code 6 (restricted role). */
  clusterForbidden?: boolean;
  /** Patch level in the cluster version (default 0 for 9.8, 1 otherwise). */
  patch?: number;
}

export interface MockOntap {
  /** Base URL without /api, e.g. https://127.0.0.1:40123 */
  url: string;
  release: string;
  /** PEM of the certificate to trust (when tls). */
  ca?: string;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
  /** Back to the seeded state (faults and settings are kept). */
  reset(): void;
  state: MockState;
  faults: Faults;
  /** Mutable at run time: clusterForbidden, latencyMs, users. */
  settings: Settings;
  /** Requests answered so far (method, url, status; never headers or bodies). */
  requests: RequestRecord[];
  /** The slice the mock serves. */
  spec: object;
}

export const DEFAULT_USERS: Readonly<Record<string, string>> = { admin: "netapp1!" };

function normalizeRelease(r: string): string {
  const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(r.trim());
  if (!m) throw new Error(`mock: "${r}" is not an ONTAP release such as 9.10`);
  return `${m[1]}.${m[2]}`;
}

/** Loads openapi.json of the installed @ontap-sec/client-<release> package. */
export async function loadClientSpec(release: string): Promise<object> {
  const id = `@ontap-sec/client-${release}/openapi.json`;
  const bases = [import.meta.url, path.join(process.cwd(), "noop.js")];
  let lastError: unknown;
  for (const base of bases) {
    try {
      const file = createRequire(base).resolve(id);
      return JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      lastError = e;
    }
  }
  throw new Error(`mock: no spec given and ${id} cannot be resolved (${(lastError as Error)?.message}); install @ontap-sec/client-${release} or pass { spec }`);
}

export async function startMockOntap(opts: MockOntapOptions): Promise<MockOntap> {
  const release = normalizeRelease(opts.release);
  const doc = opts.spec ?? (await loadClientSpec(release));
  const spec = new SpecModel(doc);
  if (spec.release && spec.release !== release) throw new Error(`mock: the spec is of release ${spec.release}, not ${release}`);
  const host = opts.host ?? "127.0.0.1";
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`mock: listens on loopback only, not ${host}`);
  const seed: SeedOptions = typeof opts.seed === "number" ? { seed: opts.seed } : (opts.seed ?? {});
  const state = new MockState(spec, seed, opts.jobs ?? {}, {
    policyCreate: spec.op("POST", "/security/ipsec/policies")?.requestSchema,
    securityAssociation: spec.readSchema("/security/ipsec/security-associations", "/security/ipsec/security-associations/{uuid}"),
  }, { ...(opts.users ?? DEFAULT_USERS) }, HAND_WRITTEN);
  const faults = new Faults(opts.faults ?? []);
  const settings: Settings = {
    clusterForbidden: opts.clusterForbidden ?? false,
    latencyMs: opts.latencyMs ?? 0,
    users: { ...(opts.users ?? DEFAULT_USERS) },
    ...(opts.patch !== undefined ? { patch: opts.patch } : {}),
  };
  const env: Env = { spec, state, faults, settings };
  applySeed(env);
  const keyPair = opts.tls === true ? await selfSignedCertificate() : opts.tls ? opts.tls : undefined;
  const server = new MockServer(env);
  const addr = await server.listen(host, opts.port ?? 0, keyPair);
  const shownHost = addr.family === "IPv6" || addr.address.includes(":") ? `[${addr.address}]` : addr.address;
  return {
    url: `${keyPair ? "https" : "http"}://${shownHost}:${addr.port}`,
    release,
    ...(keyPair ? { ca: keyPair.cert } : {}),
    close: () => server.close(),
    reset: () => {
      state.build();
      applySeed(env);
    },
    state,
    faults,
    settings,
    requests: server.requests,
    spec: doc,
  };
}
