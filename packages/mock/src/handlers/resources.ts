// The hand-written collections (IPsec policies, security associations): GET of
// a collection (streamed, paged) or an instance, POST, PATCH and DELETE of an instance, and PATCH /
// DELETE of a collection by query (9.16+).
import { checkBody } from "../body.js";
import type { Errors, OntapError } from "../errors.js";
import type { JsonObject } from "../json.js";
import type { Predicate } from "../query/filters.js";
import { type Collection, countMatching, nextHref, pageRecords, type PageResult } from "../query/paging.js";
import type { MockState } from "../state/index.js";
import { policyNotFound } from "../state/policies.js";
import type { Ctx, Env, Reply } from "./context.js";
import { boolParam, parseQuery, type Query } from "./query-params.js";
import { hrefOf, keyOf, keySelection, render, withSelf } from "./render.js";
import { noBody, readOf, requestBody } from "./request.js";

interface ResourceDef {
  collection: string;
  instance: string;
  keyPath: string;
  /** Fields a collection GET returns without `fields`. */
  keyFields: string[];
  source: (s: MockState) => Collection<JsonObject>;
  notFound: (e: Errors) => OntapError;
}

export const RESOURCES: ResourceDef[] = [
  {
    collection: "/security/ipsec/policies",
    instance: "/security/ipsec/policies/{uuid}",
    keyPath: "uuid",
    keyFields: ["uuid", "name"],
    source: (s) => s.policies,
    notFound: policyNotFound,
  },
  {
    collection: "/security/ipsec/security-associations",
    instance: "/security/ipsec/security-associations/{uuid}",
    keyPath: "uuid",
    keyFields: ["uuid"],
    source: (s) => s.securityAssociations,
    notFound: (e) => e.pick("66257118", "4", { target: "uuid" }),
  },
];

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
      const out: PageResult<JsonObject> = { count: 0 };
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

function created(ctx: Ctx, env: Env, r: ResourceDef, rec: JsonObject, q: Query): Reply {
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

export function handleResource(ctx: Ctx, env: Env, r: ResourceDef): Reply {
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
    const rec = env.state.policies.create(body, errors);
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
    env.state.policies.remove(key!, errors);
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
  let body: JsonObject | undefined;
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
      else env.state.policies.remove(key, errors);
    } catch (e) {
      first ??= e;
      if (!goOn) break;
    }
  }
  if (first !== undefined) throw first;
  return { status: 200, body: {} };
}

const matchesAll = (rec: unknown, filters: Predicate[]) => filters.every((f) => f(rec));
