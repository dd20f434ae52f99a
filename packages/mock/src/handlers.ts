// The endpoints: what each route does with the state, the query and the body.
import { checkBody, expandDotted, parseJsonBody } from "./body.js";
import { Errors, OntapError } from "./errors.js";
import type { Faults } from "./faults.js";
import { addPath, parseFields, project, type Selection, splitList } from "./query/fields.js";
import { parseFilter, type Predicate } from "./query/filters.js";
import { parseOrder, type OrderKey } from "./query/order.js";
import { type Collection, countMatching, nextHref, pageRecords, type PageResult } from "./query/paging.js";
import type { RouteMatch } from "./router.js";
import type { Schema, SliceOperation, SpecModel } from "./spec-model.js";
import type { MockState } from "./state/index.js";
import { applySecurityPatch, deepMerge } from "./state/singletons.js";

export const CLUSTER = "/cluster";
export const JOB = "/cluster/jobs/{uuid}";

export interface Settings {
  /** GET /api/cluster answers 403 (code 6), as for restricted roles. */
  clusterForbidden: boolean;
  /** Added to every answer. */
  latencyMs: number;
  users: Record<string, string>;
  /** Patch level in the version string (default 0 for 9.8, else 1). */
  patch?: number;
}

export interface Env {
  spec: SpecModel;
  state: MockState;
  faults: Faults;
  settings: Settings;
}

export interface Ctx {
  method: string;
  /** Path below /api, e.g. /security/ipsec/policies. */
  path: string;
  url: URL;
  query: URLSearchParams;
  hal: boolean;
  body: string;
  route: RouteMatch;
  op?: SliceOperation;
  errors: Errors;
}

export interface Sink {
  write(chunk: string): Promise<void> | void;
}

export type Reply =
  | { status: number; headers?: Record<string, string>; body: unknown }
  | { status: number; headers?: Record<string, string>; stream: (sink: Sink) => Promise<void> };

interface ResourceDef {
  collection: string;
  instance: string;
  keyPath: string;
  /** Fields a collection GET returns without `fields`. */
  keyFields: string[];
  source: (s: MockState) => Collection<any>;
  notFound: (e: Errors) => OntapError;
}

const RESOURCES: ResourceDef[] = [
  {
    collection: "/security/ipsec/policies",
    instance: "/security/ipsec/policies/{uuid}",
    keyPath: "uuid",
    keyFields: ["uuid", "name"],
    source: (s) => s.policies,
    notFound: (e) => e.notFound("uuid"),
  },
  {
    collection: "/security/ipsec/security-associations",
    instance: "/security/ipsec/security-associations/{uuid}",
    keyPath: "uuid",
    keyFields: ["uuid"],
    source: (s) => s.securityAssociations,
    notFound: (e) => e.pick("66257118", "4", { target: "uuid" }),
  },
  {
    collection: "/security/ipsec/ca-certificates",
    instance: "/security/ipsec/ca-certificates/{certificate.uuid}",
    keyPath: "certificate.uuid",
    keyFields: ["certificate.uuid"],
    source: (s) => s.caCertificates,
    notFound: (e) => e.notFound("certificate.uuid"),
  },
];

const isObj = (x: unknown): x is Record<string, any> => x !== null && typeof x === "object" && !Array.isArray(x);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- query parameters

interface Query {
  fields?: Selection;
  filters: Predicate[];
  order: OrderKey[];
  cursor: Record<string, string>;
  maxRecords?: number;
  returnRecords?: boolean;
  returnTimeout?: number;
}

function intParam(ctx: Ctx, name: string, min: number, max: number): number | undefined {
  const v = ctx.query.get(name);
  if (v === null) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) throw ctx.errors.invalid(name, v, [`${min}..${max === Infinity ? "" : max}`]);
  return Number(v);
}

function boolParam(ctx: Ctx, name: string): boolean | undefined {
  const v = ctx.query.get(name);
  if (v === null) return undefined;
  if (!/^(true|false|1|0)$/i.test(v)) throw ctx.errors.invalid(name, v, ["true", "false"]);
  return /^(true|1)$/i.test(v);
}

function timeoutBounds(ctx: Ctx, env: Env): [number, number] {
  for (const p of ctx.op?.raw.parameters ?? []) {
    const d = env.spec.deref(p);
    if (d?.name === "return_timeout" && d.schema) return [d.schema.minimum ?? 0, d.schema.maximum ?? 120];
  }
  return [0, 120];
}

function parseQuery(ctx: Ctx, env: Env, read: Schema | undefined, kind: "collection" | "instance" | "write" | "bulk"): Query {
  const { errors } = ctx;
  const q: Query = { filters: [], order: [], cursor: {} };
  const reserved = new Set(["fields", "max_records", "return_records", "return_timeout", "order_by", "continue_on_failure", "serial_records"]);
  for (const name of new Set(ctx.query.keys())) {
    if (reserved.has(name)) {
      const okFor: Record<string, string[]> = {
        collection: ["fields", "max_records", "return_records", "return_timeout", "order_by"],
        instance: ["fields", "return_timeout"],
        write: ["return_records", "return_timeout"],
        // PATCH / DELETE on a collection (9.16+): filters select the records.
        bulk: ["return_records", "return_timeout", "continue_on_failure", "serial_records"],
      };
      if (!okFor[kind]!.includes(name)) throw errors.unexpected(name);
      continue;
    }
    if (name.startsWith("start.") && kind === "collection") {
      q.cursor[name.slice(6)] = ctx.query.get(name)!;
      continue;
    }
    const known = ctx.op?.queryParams.has(name) || (read && env.spec.at(read, name));
    if (!known) throw errors.unexpected(name);
    if (kind === "write") throw errors.unexpected(name);
    if (kind === "collection" || kind === "bulk") for (const v of ctx.query.getAll(name)) q.filters.push(parseFilter(name, v));
  }
  if (read && ctx.query.has("fields")) q.fields = parseFields(ctx.query.getAll("fields"), env.spec, read, errors);
  if (read && ctx.query.has("order_by")) q.order = parseOrder(ctx.query.getAll("order_by"), env.spec, read, errors);
  q.maxRecords = intParam(ctx, "max_records", 0, Infinity);
  q.returnRecords = boolParam(ctx, "return_records");
  const [lo, hi] = timeoutBounds(ctx, env);
  q.returnTimeout = intParam(ctx, "return_timeout", lo, hi);
  return q;
}

// ---------------------------------------------------------------- rendering

function withSelf(rec: Record<string, any>, read: Schema, href: string): Record<string, any> {
  return read.properties?._links ? { ...rec, _links: { self: { href } } } : rec;
}

function render(env: Env, ctx: Ctx, rec: unknown, read: Schema, sel: Selection): unknown {
  return project(rec, read, sel, env.spec, { hal: ctx.hal });
}

function keySelection(keyFields: string[], fields?: Selection): Selection {
  if (fields === "all") return "all";
  const m = new Map<string, Selection>(fields ? [...fields] : []);
  for (const k of keyFields) addPath(m, k.split("."));
  return m;
}

function readOf(env: Env, collection: string, instance?: string): Schema {
  const s = env.spec.readSchema(collection, instance);
  if (!s) throw new OntapError(500, "65562", `mock: no read schema for ${collection}`);
  return s;
}

function noBody(ctx: Ctx) {
  if (ctx.body.trim() !== "") throw ctx.errors.make("262198");
}

function requestBody(ctx: Ctx): Record<string, any> {
  return expandDotted(parseJsonBody(ctx.body, ctx.errors), ctx.errors);
}

const hrefOf = (collection: string, key: string) => `/api${collection}/${encodeURIComponent(key)}`;

function keyOf(rec: any, keyPath: string): string {
  return keyPath.split(".").reduce((a, k) => a?.[k], rec);
}

// ---------------------------------------------------------------- collections

function getCollection(ctx: Ctx, env: Env, r: ResourceDef): Reply {
  const read = readOf(env, r.collection, r.instance);
  const q = parseQuery(ctx, env, read, "collection");
  const src = r.source(env.state);
  const selfHref = `/api${ctx.path}${ctx.url.search}`;
  if (q.returnRecords === false) {
    const n = countMatching(src, q.filters);
    return { status: 200, body: { num_records: n, ...(ctx.hal ? { _links: { self: { href: selfHref } } } : {}) } };
  }
  const sel = keySelection(r.keyFields, q.fields);
  return {
    status: 200,
    stream: async (sink) => {
      await sink.write('{"records":[');
      const out: PageResult<any> = { count: 0 };
      let first = true;
      for (const rec of pageRecords(src, { filters: q.filters, order: q.order, cursor: q.cursor, maxRecords: q.maxRecords }, out)) {
        const shown = render(env, ctx, withSelf(rec, read, hrefOf(r.collection, keyOf(rec, r.keyPath))), read, sel);
        await sink.write((first ? "" : ",") + JSON.stringify(shown));
        first = false;
      }
      const links: Record<string, unknown> = {};
      if (ctx.hal) links.self = { href: selfHref };
      if (out.next !== undefined) links.next = { href: nextHref(`/api${ctx.path}`, ctx.query, q.order, r.keyPath, out.next) };
      await sink.write(`],"num_records":${out.count}${Object.keys(links).length ? `,"_links":${JSON.stringify(links)}` : ""}}`);
    },
  };
}

function getInstance(ctx: Ctx, env: Env, r: ResourceDef, key: string): Reply {
  const read = readOf(env, r.collection, r.instance);
  const q = parseQuery(ctx, env, read, "instance");
  const rec = r.source(env.state).get(key);
  if (!rec) throw r.notFound(ctx.errors);
  const sel = q.fields ?? "all";
  return { status: 200, body: render(env, ctx, withSelf(rec, read, hrefOf(r.collection, key)), read, sel) };
}

function created(ctx: Ctx, env: Env, r: ResourceDef, rec: any, q: Query): Reply {
  const read = readOf(env, r.collection, r.instance);
  const key = keyOf(rec, r.keyPath);
  const headers = { Location: hrefOf(r.collection, key) };
  if (!q.returnRecords) return { status: 201, headers, body: {} };
  const shown = render(env, ctx, withSelf(rec, read, hrefOf(r.collection, key)), read, "all");
  return { status: 201, headers, body: { num_records: 1, records: [shown] } };
}

function postOp(env: Env, r: ResourceDef) {
  return env.spec.op("POST", r.collection);
}

function handleResource(ctx: Ctx, env: Env, r: ResourceDef): Reply {
  const { method, errors } = ctx;
  const read = readOf(env, r.collection, r.instance);
  const isCollection = ctx.route.template === r.collection;
  const key = isCollection ? undefined : ctx.route.params[r.instance.match(/\{([^}]+)\}/)![1]!]!;
  if (method === "GET") {
    noBody(ctx);
    return isCollection ? getCollection(ctx, env, r) : getInstance(ctx, env, r, key!);
  }
  if (method === "POST" && isCollection) {
    const q = parseQuery(ctx, env, read, "write");
    const body = requestBody(ctx);
    const request = ctx.op!.requestSchema ?? {};
    checkBody(body, { spec: env.spec, errors, request, read, mode: "create", lengthCodes: { name: "66257148", secret_key: "66257200" } });
    const rec = r === RESOURCES[0] ? env.state.policies.create(body, errors) : env.state.caCertificates.add(body, errors);
    return created(ctx, env, r, rec, q);
  }
  if (method === "PATCH" && !isCollection) {
    parseQuery(ctx, env, read, "write");
    const body = requestBody(ctx);
    if (!r.source(env.state).get(key!)) throw r.notFound(errors);
    checkBody(body, { spec: env.spec, errors, request: ctx.op!.requestSchema ?? {}, read, create: postOp(env, r)?.requestSchema, mode: "modify", lengthCodes: { name: "66257148" } });
    env.state.policies.modify(key!, body, errors);
    return { status: 200, body: {} };
  }
  if ((method === "PATCH" || method === "DELETE") && isCollection && ctx.op) return writeCollection(ctx, env, r);
  if (method === "DELETE" && !isCollection) {
    parseQuery(ctx, env, read, "write");
    noBody(ctx);
    if (r === RESOURCES[0]) env.state.policies.remove(key!, errors);
    else env.state.caCertificates.remove(key!, errors);
    return { status: 200, body: {} };
  }
  throw errors.make("3", { status: 405 });
}

/**
 * PATCH / DELETE on a collection (9.16+): the query's filters select the records, and the write
 * is applied to each in key order, as the instance operation would. ONTAP stops at the first
 * failure unless continue_on_failure is set; either way records already written stay written and
 * the first failure is the answer (our reading: NetApp's artifacts give no code of their own for a
 * partial failure, so none is invented).
 */
function writeCollection(ctx: Ctx, env: Env, r: ResourceDef): Reply {
  const { errors, method } = ctx;
  const read = readOf(env, r.collection, r.instance);
  const q = parseQuery(ctx, env, read, "bulk");
  const goOn = boolParam(ctx, "continue_on_failure") ?? false;
  boolParam(ctx, "serial_records"); // validated; the mock always works record by record
  let body: Record<string, any> | undefined;
  if (method === "PATCH") {
    body = requestBody(ctx);
    checkBody(body, { spec: env.spec, errors, request: ctx.op!.requestSchema ?? {}, read, create: postOp(env, r)?.requestSchema, mode: "modify", lengthCodes: { name: "66257148" } });
  } else noBody(ctx);
  const src = r.source(env.state);
  const keys: string[] = [];
  for (const rec of src.iterate()) if (matchesAll(rec, q.filters)) keys.push(keyOf(rec, r.keyPath));
  let first: unknown;
  for (const key of keys) {
    try {
      if (method === "PATCH") env.state.policies.modify(key, body!, errors);
      else if (r === RESOURCES[0]) env.state.policies.remove(key, errors);
      else env.state.caCertificates.remove(key, errors);
    } catch (e) {
      first ??= e;
      if (!goOn) break;
    }
  }
  if (first !== undefined) throw first;
  return { status: 200, body: {} };
}

const matchesAll = (rec: unknown, filters: Predicate[]) => filters.every((f) => f(rec));

// ---------------------------------------------------------------- singletons

async function handleSecurity(ctx: Ctx, env: Env): Promise<Reply> {
  const read = readOf(env, "/security");
  if (ctx.method === "GET") {
    noBody(ctx);
    const q = parseQuery(ctx, env, read, "instance");
    return { status: 200, body: render(env, ctx, withSelf(env.state.security, read, "/api/security"), read, q.fields ?? "all") };
  }
  // PATCH: validated now, applied by a job.
  const q = parseQuery(ctx, env, read, "write");
  const body = requestBody(ctx);
  checkBody(body, { spec: env.spec, errors: ctx.errors, request: ctx.op!.requestSchema ?? {}, read, mode: "modify" });
  const cond = env.state.seedOptions.conditions ?? {};
  if (body.fips?.enabled === true && cond.nonFipsCertificateInUse) throw ctx.errors.make("52559974", { target: "fips.enabled" });
  if (body.software_data_encryption?.conversion_enabled === true && cond.dataVolumesPresent)
    throw ctx.errors.make("196608081", { target: "software_data_encryption.conversion_enabled" });
  const fault = env.faults.takeJob(ctx.method, `/api${ctx.path}`);
  const jobs = env.state.jobs;
  const job = jobs.create("PATCH /api/security", () => applySecurityPatch(env.state.security, body), {
    ...(fault?.kind === "job-failure" ? { fail: { code: fault.code ?? 65552, message: fault.message ?? "Generic RPC failure." } } : {}),
    ...(fault?.kind === "job-hang" ? { hang: true } : {}),
  });
  const link = { job: { uuid: job.uuid, _links: { self: { href: `/api/cluster/jobs/${job.uuid}` } } } };
  if (q.returnTimeout && q.returnTimeout > 0) {
    const deadline = Date.now() + q.returnTimeout * 1000;
    let state = jobs.view(job.uuid, false)!.state;
    if (state !== "success" && state !== "failure") {
      if ((env.state.jobOptions.mode ?? "polls") === "polls") state = jobs.finish(job);
      while (state !== "success" && state !== "failure" && Date.now() < deadline) {
        await sleep(Math.min(20, Math.max(1, deadline - Date.now())));
        state = jobs.view(job.uuid, false)!.state;
      }
    }
    if (state === "failure") {
      const v = jobs.view(job.uuid, false)!;
      throw new OntapError(400, String(v.code), v.message);
    }
    if (state === "success") return { status: 200, body: link };
  }
  return { status: 202, body: link };
}

function handleIpsec(ctx: Ctx, env: Env): Reply {
  const read = readOf(env, "/security/ipsec");
  if (ctx.method === "GET") {
    noBody(ctx);
    const q = parseQuery(ctx, env, read, "instance");
    return { status: 200, body: render(env, ctx, withSelf(env.state.ipsec, read, "/api/security/ipsec"), read, q.fields ?? "all") };
  }
  parseQuery(ctx, env, read, "write");
  const body = requestBody(ctx);
  checkBody(body, { spec: env.spec, errors: ctx.errors, request: ctx.op!.requestSchema ?? {}, read, mode: "modify" });
  checkOffload(ctx, env.state.ipsec, body);
  deepMerge(env.state.ipsec, body);
  return { status: 200, body: {} };
}

/**
 * IPsec hardware offload (9.16+), per the codes of PATCH /security/ipsec: the switch only moves
 * while IPsec is disabled (66256913, judged on the current state), and offload cannot run with
 * anti-replay protection, i.e. a replay window other than 0 (66256915).
 */
function checkOffload(ctx: Ctx, cur: Record<string, any>, body: Record<string, any>) {
  const { errors } = ctx;
  if (body.offload_enabled !== undefined && body.offload_enabled !== cur.offload_enabled && cur.enabled === true && errors.documents("66256913"))
    throw errors.make("66256913", { target: "offload_enabled" });
  const offload = body.offload_enabled ?? cur.offload_enabled;
  const replay = body.replay_window ?? cur.replay_window;
  if (offload === true && replay !== 0 && errors.documents("66256915")) throw errors.make("66256915", { target: body.offload_enabled !== undefined ? "offload_enabled" : "replay_window" });
}

// ---------------------------------------------------------------- /cluster and jobs (not in the slice)

const BUILD_DATES: Record<string, string> = {
  "9.8": "Fri Aug 19 06:39:33 UTC 2020",
  "9.9": "Mon May 17 14:59:47 UTC 2021",
  "9.10": "Thu Dec 02 00:45:14 UTC 2021",
  "9.11": "Wed Jun 15 09:35:18 UTC 2022",
  "9.12": "Wed Jan 11 20:02:51 UTC 2023",
  "9.13": "Thu Jun 01 11:44:01 UTC 2023",
  "9.14": "Tue Jan 09 16:54:32 UTC 2024",
  "9.15": "Wed Jun 19 15:07:23 UTC 2024",
  "9.16": "Thu Nov 14 10:12:40 UTC 2024",
  "9.17": "Tue Jul 22 08:31:05 UTC 2025",
  "9.18": "Wed Jan 14 13:47:52 UTC 2026",
  "9.19": "Tue Jun 16 09:05:11 UTC 2026",
};

export function versionOf(release: string, patch?: number) {
  const [g, m] = release.split(".").map(Number) as [number, number];
  const minor = patch ?? (release === "9.8" ? 0 : 1);
  const label = minor === 0 ? release : `${release}.${minor}`;
  return { full: `NetApp Release ${label}: ${BUILD_DATES[release] ?? "Mon Jan 01 00:00:00 UTC 2024"}`, generation: g, major: m, minor };
}

function handleCluster(ctx: Ctx, env: Env): Reply {
  if (ctx.method !== "GET") throw ctx.errors.make("3", { status: 405 });
  if (env.settings.clusterForbidden) throw ctx.errors.make("6", { status: 403 });
  const inv = env.state.inventory;
  const full: Record<string, any> = {
    name: inv.cluster.name,
    uuid: inv.cluster.uuid,
    version: versionOf(env.spec.release, env.settings.patch),
    ...(ctx.hal ? { _links: { self: { href: "/api/cluster" } } } : {}),
  };
  const fields = splitList(ctx.query.getAll("fields"));
  if (fields.length === 0 || fields.some((f) => f === "*" || f === "**")) return { status: 200, body: full };
  const out: Record<string, any> = ctx.hal ? { _links: full._links } : {};
  for (const f of fields) {
    const [top, sub] = f.split(".");
    if (!(top! in full) || (sub !== undefined && !(top === "version" && sub in full.version))) throw ctx.errors.invalid("fields", f, ["field", "..."]);
    if (sub) (out[top!] ??= {})[sub] = full[top!][sub];
    else out[top!] = full[top!];
  }
  return { status: 200, body: out };
}

function handleJob(ctx: Ctx, env: Env): Reply {
  if (ctx.method !== "GET") throw ctx.errors.make("3", { status: 405 });
  const v = env.state.jobs.view(ctx.route.params.uuid!);
  if (!v) throw ctx.errors.notFound("uuid");
  const body: Record<string, any> = { ...v };
  if (!ctx.hal) delete body._links;
  return { status: 200, body };
}

// ---------------------------------------------------------------- dispatch

export async function dispatch(ctx: Ctx, env: Env): Promise<Reply> {
  const t = ctx.route.template;
  if (t === CLUSTER) return handleCluster(ctx, env);
  if (t === JOB) return handleJob(ctx, env);
  if (!ctx.op) throw ctx.errors.make("3", { status: 405 });
  if (t === "/security") return handleSecurity(ctx, env);
  if (t === "/security/ipsec") return handleIpsec(ctx, env);
  const r = RESOURCES.find((x) => x.collection === t || x.instance === t);
  if (r) return handleResource(ctx, env, r);
  throw ctx.errors.make("3", { status: 405 });
}

/** Creates the seeded policies and CA certificates through the same checks as a POST. */
export function applySeed(env: Env): void {
  const s = env.state.seedOptions;
  const pol = env.spec.op("POST", RESOURCES[0]!.collection);
  for (const p of s.policies ?? []) {
    if (!pol) break;
    const errors = new Errors(env.spec, pol);
    const body = expandDotted(structuredClone(p), errors);
    checkBody(body, { spec: env.spec, errors, request: pol.requestSchema ?? {}, read: readOf(env, RESOURCES[0]!.collection, RESOURCES[0]!.instance), mode: "create" });
    env.state.policies.create(body, errors);
  }
  const ca = env.spec.op("POST", RESOURCES[2]!.collection);
  for (const uuid of s.caCertificates ?? []) {
    if (!ca) break;
    env.state.caCertificates.add({ certificate: { uuid } }, new Errors(env.spec, ca));
  }
}

export { isObj };
