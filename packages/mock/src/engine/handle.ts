// Serves every path of the slice that no hand-written handler claims, from the engine model:
// collections (GET with fields / filters / order_by / paging, POST, and PATCH / DELETE of an
// instance or of the records a query selects), singletons (GET / PATCH), actions (POST). The
// resource's behaviour module (if any) adds its rules; writes the slice answers with 202 run as jobs.
import { checkBody } from "../body.js";
import { OntapError } from "../errors.js";
import type { Ctx, Env, Reply } from "../handlers/context.js";
import { boolParam, parseQuery, type Query } from "../handlers/query-params.js";
import { keySelection } from "../handlers/render.js";
import { noBody, requestBody } from "../handlers/request.js";
import { isObj, type JsonObject, setAt, valueAt } from "../json.js";
import { project } from "../query/fields.js";
import { deepMerge } from "../state/singletons.js";
import { svmRef } from "../state/inventory.js";
import type { Behaviour, WriteCtx } from "./behaviour.js";
import type { ActionModel, CollectionModel, SingletonModel } from "./model.js";
import { responseExamples, withoutLinks } from "./seed.js";
import { type Entry, fullKey, keyValues, nextLink, page, type RecordStore } from "./store.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function handleEngine(ctx: Ctx, env: Env): Promise<Reply> {
  const engine = env.state.engine;
  const found = engine.model.lookup(ctx.route.template)!;
  const m = found.model;
  if (m.kind === "singleton") return singleton(ctx, env, m);
  if (m.kind === "action") return action(ctx, env, m);
  return found.instance ? instance(ctx, env, m) : collection(ctx, env, m);
}

// ------------------------------------------------------------------------------ shared pieces

function behaviourOf(env: Env, path: string): Behaviour | undefined {
  return env.state.engine.behaviours.get(path);
}

function writeCtx(ctx: Ctx, env: Env, read: JsonObject | undefined, parent?: Entry): WriteCtx {
  const e = env.state.engine;
  return {
    spec: e.spec,
    release: e.release,
    inventory: e.inventory,
    rand: e.rand,
    seedOptions: e.seedOptions,
    users: e.users,
    uuid: () => e.uuid(),
    store: (p) => e.store(p),
    singleton: (p) => e.singleton(p),
    errors: ctx.errors,
    op: ctx.op!,
    params: ctx.route.params,
    ...(parent ? { parent } : {}),
    has: (field) => !!(read && env.spec.at(read, field)),
  };
}

/** The record as answered: through the read shape, never a secret, with its self link under HAL. */
function shown(ctx: Ctx, env: Env, model: CollectionModel | SingletonModel, rec: JsonObject, href: string, sel: Parameters<typeof project>[2]): unknown {
  const withLink = model.read.properties?._links ? { ...rec, _links: { self: { href } } } : rec;
  return project(withLink, model.read, sel, env.spec, { hal: ctx.hal, dropSensitive: true });
}

const hrefOf = (template: string, values: string[]) => {
  let i = 0;
  return "/api" + template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++] ?? ""));
};

/** The parent entry a sub-collection or action path names, or the parent's not-found error. */
function parentOf(ctx: Ctx, env: Env, m: CollectionModel | ActionModel): { entry?: Entry; key: string[] } {
  if (!m.parent) return { key: [] };
  const key = m.parent.params.map((p) => ctx.route.params[p] ?? "");
  const pm = m.parent.model;
  const store = env.state.engine.store(pm.path);
  const own = key.slice(key.length - pm.keys.length);
  const entry = store?.find(key.slice(0, key.length - pm.keys.length), own);
  if (!entry) throw notFound(ctx, env, pm, m.parent.params[m.parent.params.length - 1]);
  return { entry, key: fullKey(pm, entry) };
}

function notFound(ctx: Ctx, env: Env, m: CollectionModel, target?: string): OntapError {
  // The resource's own code where this operation documents it (DELETE of a CA certificate), else 4.
  const code = behaviourOf(env, m.path)?.notFoundCode;
  const t = target ?? m.keys[m.keys.length - 1]?.field;
  return code && ctx.errors.documents(code) ? ctx.errors.make(code, { target: t }) : ctx.errors.notFound(t);
}

function exists(ctx: Ctx, env: Env, m: CollectionModel): OntapError {
  const code = behaviourOf(env, m.path)?.existsCode;
  const target = m.keys[m.keys.length - 1]?.field;
  if (code && ctx.errors.documents(code)) return ctx.errors.make(code, { target });
  return ctx.errors.make("1", { target, status: 409 });
}

/** 2xx statuses the operation declares. */
const successes = (ctx: Ctx) => Object.keys(ctx.op?.raw.responses ?? {}).filter((k) => /^2\d\d$/.test(k)).map(Number);

/** Runs `apply` now, or as a job when the slice says the write answers with one (202; as ONTAP does for that write). */
async function maybeJob(ctx: Ctx, env: Env, q: Query, apply: () => void, sync: () => Reply): Promise<Reply> {
  const codes = successes(ctx);
  // A job when the operation answers 202, unless it also answers the result itself (200 / 201
  // without a job link: a create that may or may not go asynchronous is served synchronously).
  const direct = codes.filter((c) => (c === 200 || c === 201) && !env.spec.prop(env.spec.responseSchema(ctx.method, ctx.route.template, String(c)), "job"));
  if (!codes.includes(202) || direct.length > 0) {
    apply();
    return sync();
  }
  const fault = env.faults.takeJob(ctx.method, `/api${ctx.path}`);
  const jobs = env.state.jobs;
  const job = jobs.create(`${ctx.method} /api${ctx.path}`, apply, {
    ...(fault?.kind === "job-failure" ? { fail: { code: fault.code ?? 65552, message: fault.message ?? "Generic RPC failure." } } : {}),
    ...(fault?.kind === "job-hang" ? { hang: true } : {}),
  });
  const link = { job: { uuid: job.uuid, _links: { self: { href: `/api/cluster/jobs/${job.uuid}` } } } };
  if (q.returnTimeout && q.returnTimeout > 0) {
    const deadline = Date.now() + q.returnTimeout * 1000;
    let state = jobs.view(job.uuid, false)!.state;
    if ((env.state.jobOptions.mode ?? "polls") === "polls") state = jobs.finish(job);
    while (state !== "success" && state !== "failure" && Date.now() < deadline) {
      await sleep(Math.min(20, Math.max(1, deadline - Date.now())));
      state = jobs.view(job.uuid, false)!.state;
    }
    if (state === "failure") {
      const v = jobs.view(job.uuid, false)!;
      throw new OntapError(400, String(v.code), v.message);
    }
    if (state === "success") return { status: 200, body: link };
  }
  return { status: 202, body: link };
}

// ------------------------------------------------------------------------------ singletons

async function singleton(ctx: Ctx, env: Env, m: SingletonModel): Promise<Reply> {
  const value = env.state.engine.singletons.get(m.path)!;
  const href = `/api${m.path}`;
  if (ctx.method === "GET") {
    noBody(ctx);
    const q = parseQuery(ctx, env, m.read, "instance");
    return { status: 200, body: shown(ctx, env, m, value, href, q.fields ?? "all") };
  }
  if (ctx.method !== "PATCH") throw ctx.errors.make("3", { status: 405 });
  const q = parseQuery(ctx, env, m.read, "write");
  const body = requestBody(ctx);
  checkBody(body, { spec: env.spec, errors: ctx.errors, request: ctx.op!.requestSchema ?? {}, read: m.read, mode: "modify" });
  const next = deepMerge(structuredClone(value), body);
  behaviourOf(env, m.path)?.modify?.(next, body, writeCtx(ctx, env, m.read), value);
  return maybeJob(ctx, env, q, () => env.state.engine.singletons.set(m.path, next), () => ({ status: 200, body: {} }));
}

// ------------------------------------------------------------------------------ actions

async function action(ctx: Ctx, env: Env, m: ActionModel): Promise<Reply> {
  if (ctx.method !== "POST") throw ctx.errors.make("3", { status: 405 });
  const { entry } = parentOf(ctx, env, m);
  const q = parseQuery(ctx, env, undefined, "write");
  const body = requestBody(ctx);
  checkBody(body, { spec: env.spec, errors: ctx.errors, request: ctx.op!.requestSchema ?? {}, mode: "create" });
  const b = behaviourOf(env, m.path);
  const codes = successes(ctx);
  // The behaviour runs now, so its refusals answer this request (a job then only reports success).
  const ex = responseExamples(env.spec, "POST", m.path).find(isObj);
  const result = b?.action ? b.action(body, writeCtx(ctx, env, undefined, entry)) : { body: ex ? (withoutLinks(ex) as JsonObject) : {} };
  const status = result.status ?? codes.find((c) => c !== 202) ?? 200;
  return maybeJob(ctx, env, q, () => {}, () => {
    const schema = env.spec.responseSchema("POST", m.path, String(status));
    const out = schema ? project(result.body, schema, "all", env.spec, { hal: ctx.hal }) : result.body;
    return { status, body: out ?? {} };
  });
}

// ------------------------------------------------------------------------------ collections

function keySel(m: CollectionModel, env: Env, fields: Query["fields"]) {
  const b = behaviourOf(env, m.path);
  const keys = m.keys.map((k) => k.field);
  // An object key such as owner.uuid is shown with its name, as ONTAP shows references.
  for (const k of m.keys) {
    const ref = k.field.replace(/\.uuid$/, ".name");
    if (ref !== k.field && env.spec.at(m.read, ref)) keys.push(ref);
  }
  if (env.spec.at(m.read, "name")) keys.push("name");
  return keySelection([...keys, ...(b?.listFields ?? []).filter((f) => env.spec.at(m.read, f))], fields);
}

async function collection(ctx: Ctx, env: Env, m: CollectionModel): Promise<Reply> {
  const store = env.state.engine.store(m.path)!;
  const { key: parentKey, entry: parent } = parentOf(ctx, env, m);
  if (ctx.method === "GET") {
    noBody(ctx);
    const q = parseQuery(ctx, env, m.read, "collection");
    const self = `/api${ctx.path}${ctx.url.search}`;
    const entries = store.list(parentKey);
    if (q.returnRecords === false) {
      const n = page(m, entries, q.filters, [], {}).records.length;
      return { status: 200, body: { num_records: n, ...(ctx.hal ? { _links: { self: { href: self } } } : {}) } };
    }
    const p = page(m, entries, q.filters, q.order, q.cursor, q.maxRecords);
    const sel = keySel(m, env, q.fields);
    const template = m.instance ?? m.path;
    const records = p.records.map((r) => shown(ctx, env, m, r, hrefOf(template, [...parentKey, ...keyValues(m, r)]), sel));
    const links: JsonObject = {};
    if (ctx.hal) links.self = { href: self };
    if (p.next) links.next = { href: nextLink(`/api${ctx.path}`, ctx.query, q.order, m, p.next) };
    return { status: 200, body: { records, num_records: records.length, ...(Object.keys(links).length ? { _links: links } : {}) } };
  }
  if (ctx.method === "POST") return create(ctx, env, m, store, parent, parentKey);
  if (ctx.method === "PATCH" || ctx.method === "DELETE") return bulk(ctx, env, m, store, parent, parentKey);
  throw ctx.errors.make("3", { status: 405 });
}

async function instance(ctx: Ctx, env: Env, m: CollectionModel): Promise<Reply> {
  const store = env.state.engine.store(m.path)!;
  const { key: parentKey, entry: parent } = parentOf(ctx, env, m);
  const key = m.keys.map((k) => ctx.route.params[k.param] ?? "");
  const entry = store.find(parentKey, key);
  if (ctx.method === "GET") {
    noBody(ctx);
    const q = parseQuery(ctx, env, m.read, "instance");
    if (!entry) throw notFound(ctx, env, m);
    return { status: 200, body: shown(ctx, env, m, entry.rec, hrefOf(m.instance!, [...parentKey, ...keyValues(m, entry.rec)]), q.fields ?? "all") };
  }
  const q = parseQuery(ctx, env, m.read, "write");
  if (ctx.method === "PATCH") {
    const body = requestBody(ctx);
    if (!entry) throw notFound(ctx, env, m);
    checkModify(ctx, env, m, body);
    const apply = modifyOne(ctx, env, m, store, entry, body, parent);
    return maybeJob(ctx, env, q, apply, () => ({ status: 200, body: {} }));
  }
  if (ctx.method === "DELETE") {
    noBody(ctx);
    if (!entry) throw notFound(ctx, env, m);
    const apply = removeOne(ctx, env, m, store, entry, parent);
    return maybeJob(ctx, env, q, apply, () => ({ status: 200, body: {} }));
  }
  throw ctx.errors.make("3", { status: 405 });
}

function checkModify(ctx: Ctx, env: Env, m: CollectionModel, body: JsonObject) {
  checkBody(body, { spec: env.spec, errors: ctx.errors, request: ctx.op!.requestSchema ?? {}, read: m.read, create: env.spec.op("POST", m.path)?.requestSchema, mode: "modify" });
}

async function create(ctx: Ctx, env: Env, m: CollectionModel, store: RecordStore, parent: Entry | undefined, parentKey: string[]): Promise<Reply> {
  const q = parseQuery(ctx, env, m.read, "write");
  const body = requestBody(ctx);
  checkBody(body, { spec: env.spec, errors: ctx.errors, request: ctx.op!.requestSchema ?? {}, read: m.read, mode: "create" });
  const b = behaviourOf(env, m.path);
  const wctx = writeCtx(ctx, env, m.read, parent);
  const rec = structuredClone(body);
  completeReferences(ctx, env, m, rec);
  applyDefaults(env, m, rec);
  b?.create?.(rec, body, wctx);
  for (const k of m.keys) {
    if (valueAt(rec, k.field) !== undefined) continue;
    if (/uuid$/.test(k.field)) setAt(rec, k.field, env.state.engine.uuid());
    else throw ctx.errors.missing(k.field);
  }
  if (store.has(parentKey, rec)) throw exists(ctx, env, m);
  const href = hrefOf(m.instance ?? m.path, [...parentKey, ...keyValues(m, rec)]);
  let entry: Entry | undefined;
  return maybeJob(
    ctx,
    env,
    q,
    () => {
      entry = store.put(parentKey, rec);
      b?.after?.(wctx, entry);
    },
    () => {
      const headers = { Location: href };
      // The created record only where the operation's 201 answer has room for it.
      const answer = env.spec.responseSchema("POST", m.path, "201");
      if (!q.returnRecords || !env.spec.prop(answer, "records")) return { status: 201, headers, body: {} };
      return { status: 201, headers, body: { num_records: 1, records: [shown(ctx, env, m, rec, href, "all")] } };
    },
  );
}

function modifyOne(ctx: Ctx, env: Env, m: CollectionModel, store: RecordStore, entry: Entry, body: JsonObject, parent: Entry | undefined): () => void {
  const next = deepMerge(structuredClone(entry.rec), body);
  completeReferences(ctx, env, m, next);
  const b = behaviourOf(env, m.path);
  const wctx = writeCtx(ctx, env, m.read, parent);
  b?.modify?.(next, body, wctx, entry.rec);
  const moved = keyValues(m, next).join("\u0000") !== keyValues(m, entry.rec).join("\u0000");
  if (moved && store.has(entry.parent, next)) throw exists(ctx, env, m);
  return () => {
    if (moved) {
      const children = childStores(env, m);
      const oldKey = fullKey(m, entry);
      const placed = store.replace(entry, next);
      // Children follow their parent's new key (privileges of a renamed role).
      for (const c of children)
        for (const e of c.list(oldKey)) {
          c.delete(e);
          c.put(fullKey(m, placed), e.rec);
        }
      b?.after?.(wctx, placed);
    } else {
      entry.rec = next;
      b?.after?.(wctx, entry);
    }
  };
}

function removeOne(ctx: Ctx, env: Env, m: CollectionModel, store: RecordStore, entry: Entry, parent: Entry | undefined): () => void {
  const b = behaviourOf(env, m.path);
  const wctx = writeCtx(ctx, env, m.read, parent);
  b?.remove?.(entry.rec, wctx);
  return () => {
    const key = fullKey(m, entry);
    store.delete(entry);
    for (const c of childStores(env, m)) c.dropChildren(key);
    b?.after?.(wctx, undefined);
  };
}

function childStores(env: Env, m: CollectionModel): RecordStore[] {
  return [...env.state.engine.stores.values()].filter((s) => s.model.parent?.model === m);
}

/**
 * PATCH / DELETE on the collection: the query's filters select the records, the instance
 * operation's checks apply to each in key order; ONTAP stops at the first failure unless
 * continue_on_failure is set, and the first failure is the answer.
 */
async function bulk(ctx: Ctx, env: Env, m: CollectionModel, store: RecordStore, parent: Entry | undefined, parentKey: string[]): Promise<Reply> {
  const q = parseQuery(ctx, env, m.read, "bulk");
  const goOn = boolParam(ctx, "continue_on_failure") ?? false;
  boolParam(ctx, "serial_records");
  let body: JsonObject | undefined;
  if (ctx.method === "PATCH") {
    body = requestBody(ctx);
    checkModify(ctx, env, m, body);
  } else noBody(ctx);
  const entries = store.list(parentKey).filter((e) => q.filters.every((f) => f(e.rec)));
  let first: unknown;
  for (const e of entries) {
    try {
      const apply = body ? modifyOne(ctx, env, m, store, e, body, parent) : removeOne(ctx, env, m, store, e, parent);
      apply();
    } catch (err) {
      first ??= err;
      if (!goOn) break;
    }
  }
  if (first !== undefined) throw first;
  return { status: 200, body: {} };
}

// ------------------------------------------------------------------------------ generic derivations

/**
 * References to SVMs given by name or UUID are completed from the inventory, as ONTAP resolves them
 * (the cluster's admin SVM is the owner of cluster-scoped records); `scope` follows the owner.
 */
function completeReferences(ctx: Ctx, env: Env, m: CollectionModel, rec: JsonObject) {
  const inv = env.state.inventory;
  for (const field of ["owner", "svm"]) {
    const given = rec[field];
    if (!isObj(given) || !env.spec.at(m.read, field)) continue;
    const { name, uuid } = given as { name?: string; uuid?: string };
    if (name === undefined && uuid === undefined) continue;
    const cluster = inv.cluster;
    if ((uuid === undefined || uuid === cluster.uuid) && (name === undefined || name === cluster.name)) {
      rec[field] = { name: cluster.name, uuid: cluster.uuid };
      continue;
    }
    const svm = inv.svm({ ...(name !== undefined ? { name } : {}), ...(uuid !== undefined ? { uuid } : {}) });
    if (!svm) throw ctx.errors.invalid(uuid !== undefined ? `${field}.uuid` : `${field}.name`, uuid ?? name);
    const ref = svmRef(svm);
    rec[field] = ref;
  }
  if (env.spec.at(m.read, "scope") && rec.scope === undefined) {
    const owner = (rec.owner ?? rec.svm) as { uuid?: string } | undefined;
    rec.scope = owner?.uuid && owner.uuid !== env.state.inventory.cluster.uuid ? "svm" : "cluster";
  }
}

/** Schema defaults of the read and create shapes for top-level fields the body left out. */
function applyDefaults(env: Env, m: CollectionModel, rec: JsonObject) {
  const create = env.spec.op("POST", m.path)?.requestSchema;
  for (const s of [create, m.read]) {
    for (const name of Object.keys(s?.properties ?? {})) {
      const p = env.spec.prop(s, name);
      if (rec[name] === undefined && p?.default !== undefined && !p.writeOnly) rec[name] = structuredClone(p.default);
    }
  }
  // Owner-keyed records without an owner belong to the cluster.
  for (const k of m.keys) {
    if (k.field === "owner.uuid" && valueAt(rec, "owner.uuid") === undefined) {
      const c = env.state.inventory.cluster;
      rec.owner = { name: c.name, uuid: c.uuid };
    }
  }
}
