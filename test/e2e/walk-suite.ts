// The walk over every operation of a slice, as vitest tests: collection GET, instance GET of a
// seeded record, POST with the operation's request example, PATCH with its example, DELETE,
// query-based PATCH / DELETE with a filter, singleton GET / PATCH, action POSTs, each answer's
// status one the operation declares (the client validates the body). The walk is derived from the
// slice, so a new group is covered once its spec lands; the last test fails if any operation of
// the slice was not exercised.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { MockOntap } from "@ontap-sec/mock";
import type { CollectionModel, ResourceModel } from "../../packages/mock/src/engine/model.js";
import { declares, exampleBody, successStatuses, type Walk } from "./walk.js";

type Rec = Record<string, any>;
const valueAt = (r: unknown, path: string): unknown => path.split(".").reduce<any>((a, k) => (a && typeof a === "object" ? a[k] : undefined), r);
const keysOf = (m: CollectionModel, r: Rec) => m.keys.map((k) => String(valueAt(r, k.field)));

/**
 * Defines the walk's tests (inside the caller's describe block): one test per resource, then the
 * check that every operation of the slice was called. `connect` starts the mock and a client.
 */
export function walkEveryOperation(walk: Walk, connect: () => Promise<{ mock: MockOntap; client: any }>): void {
  const done = new Set<string>();
  let mock: MockOntap;
  let client: any;
  beforeAll(async () => {
    ({ mock, client } = await connect());
  });
  afterAll(async () => {
    await client?.close();
    await mock?.close();
  });

  /** One call; its status must be one the operation declares (the client validated the body). */
  const call = async (method: string, template: string, init: Rec = {}) => {
    const res = await client[method](template, { ...init, ...(successStatuses(walk.spec, method, template).includes(202) ? { waitForJob: { initialDelayMs: 1, maxDelayMs: 5 } } : {}) });
    expect(successStatuses(walk.spec, method, template), `${method} ${template}`).toContain(res.response.status);
    // A secret sent (a password, a private key) never comes back.
    const secrets = secretValues(init.body);
    sent.push(...secrets);
    for (const x of secrets) expect(JSON.stringify(res.data ?? null), `${method} ${template} answered a secret`).not.toContain(x);
    done.add(`${method} ${template}`);
    return res;
  };
  /** Values of the fields the slice marks secret (x-ontap-sensitive or write-only) in a body. */
  const secretNames = walk.spec.sensitiveNames();
  const secretValues = (body: unknown): string[] => {
    if (Array.isArray(body)) return body.flatMap(secretValues);
    if (!body || typeof body !== "object") return [];
    return Object.entries(body).flatMap(([k, v]) => (secretNames.has(k) && typeof v === "string" && v.length >= 6 ? [v] : secretValues(v)));
  };
  const sent: string[] = [];
  const has = (method: string, path: string | undefined) => !!path && !!walk.spec.op(method, path);
  const pathParams = (template: string, values: string[]) => Object.fromEntries([...template.matchAll(/\{([^}]+)\}/g)].map((m, i) => [m[1]!, values[i]!]));
  const fieldsQuery = (path: string) => (declares(walk.spec, "GET", path, "fields") ? { fields: ["*"] } : {});

  const list = async (m: CollectionModel, parentKey: string[]): Promise<Rec[]> => {
    const r = await call("GET", m.path, { params: { path: pathParams(m.path, parentKey), query: fieldsQuery(m.path) } });
    return r.data.records ?? [];
  };

  /** POSTs the example (after deleting a record with the same key values), returns the new record. */
  const createFromExample = async (m: CollectionModel, parentKey: string[]): Promise<Rec | undefined> => {
    const body = exampleBody(walk.spec, "POST", m.path);
    expect(body, `a request example for POST ${m.path}`).toBeDefined();
    const before = await list(m, parentKey);
    const clash = before.filter((r) => m.keys.every((k) => valueAt(body, k.field) === undefined || String(valueAt(body, k.field)) === String(valueAt(r, k.field))) && m.keys.some((k) => valueAt(body, k.field) !== undefined));
    for (const r of clash) if (has("DELETE", m.instance)) await call("DELETE", m.instance!, { params: { path: pathParams(m.instance!, [...parentKey, ...keysOf(m, r)]) } });
    const query = declares(walk.spec, "POST", m.path, "return_records") ? { return_records: true } : {};
    await call("POST", m.path, { params: { path: pathParams(m.path, parentKey), query }, body });
    const known = new Set(before.map((r) => JSON.stringify(keysOf(m, r))));
    return (await list(m, parentKey)).find((r) => !known.has(JSON.stringify(keysOf(m, r))) || clash.some((c) => JSON.stringify(keysOf(m, c)) === JSON.stringify(keysOf(m, r))));
  };

  /**
   * Records an example refers to by `<x>.name` (a public key's `account.name`), created first from
   * the `/…/<x>s` collection's own example with that name and owner, as a user would have to.
   */
  const prerequisites = async (m: CollectionModel) => {
    const body = exampleBody(walk.spec, "POST", m.path);
    for (const k of m.keys) {
      const ref = /^([a-z_]+)\.name$/.exec(k.field)?.[1];
      const name = ref ? valueAt(body, k.field) : undefined;
      const target = walk.resources.find((r): r is CollectionModel => r.kind === "collection" && !r.parent && r.path.endsWith(`/${ref}s`) && has("POST", r.path));
      if (name === undefined || !target) continue;
      const theirs = exampleBody(walk.spec, "POST", target.path) ?? {};
      const owner = valueAt(body, "owner") ?? theirs.owner;
      const res = await client.POST(target.path, { body: { ...theirs, name, ...(owner ? { owner } : {}) } }).catch((e: unknown) => e);
      if (client.isError(res) && res.status !== 409) throw res;
    }
  };

  const walkCollection = async (m: CollectionModel, parentKey: string[]) => {
    if (has("POST", m.path)) await prerequisites(m);
    const seeded = await list(m, parentKey);
    if (has("GET", m.instance) && seeded[0]) {
      const one = await call("GET", m.instance!, { params: { path: pathParams(m.instance!, [...parentKey, ...keysOf(m, seeded[0])]) } });
      expect(keysOf(m, one.data)).toEqual(keysOf(m, seeded[0]));
    }
    let target: Rec | undefined = has("POST", m.path) ? await createFromExample(m, parentKey) : seeded[0];
    if (has("POST", m.path)) expect(target, `the record POST ${m.path} created`).toBeDefined();
    if (has("GET", m.instance) && !done.has(`GET ${m.instance}`) && target) await call("GET", m.instance!, { params: { path: pathParams(m.instance!, [...parentKey, ...keysOf(m, target)]) } });
    if (has("PATCH", m.instance) && target) {
      const body = exampleBody(walk.spec, "PATCH", m.instance!) ?? {};
      await call("PATCH", m.instance!, { params: { path: pathParams(m.instance!, [...parentKey, ...keysOf(m, target)]) }, body });
      for (const k of m.keys) if (valueAt(body, k.field) !== undefined) target = { ...target, ...(k.field.includes(".") ? {} : { [k.field]: valueAt(body, k.field) }) };
    }
    const filterOn = (r: Rec) => Object.fromEntries(m.keys.map((k) => [k.field, String(valueAt(r, k.field))]));
    if (has("PATCH", m.path) && target) {
      const body = exampleBody(walk.spec, "PATCH", m.path, m.instance) ?? {};
      await call("PATCH", m.path, { params: { path: pathParams(m.path, parentKey), query: filterOn(target) }, body });
    }
    if (has("DELETE", m.instance) && target) {
      const path = pathParams(m.instance!, [...parentKey, ...keysOf(m, target)]);
      await call("DELETE", m.instance!, { params: { path } });
      const gone = await client.GET(m.instance!, { params: { path } }).catch((e: unknown) => e);
      expect(client.isError(gone) && gone.status, `GET ${m.instance} after DELETE`).toBe(404);
    }
    if (has("DELETE", m.path)) {
      const again = has("POST", m.path) ? await createFromExample(m, parentKey) : undefined;
      const query = again ? filterOn(again) : Object.fromEntries(m.keys.slice(-1).map((k) => [k.field, "no-such-record-*"]));
      await call("DELETE", m.path, { params: { path: pathParams(m.path, parentKey), query } });
      if (again) expect((await list(m, parentKey)).some((r) => JSON.stringify(keysOf(m, r)) === JSON.stringify(keysOf(m, again)))).toBe(false);
    }
  };

  /** Parent keys to try for a sub-collection or an action below an instance: a fresh parent from its example first, then the seeded ones. */
  const parentsFor = async (pm: CollectionModel): Promise<{ keys: string[][]; cleanup?: () => Promise<void> }> => {
    if (pm.parent) throw new Error(`walk: ${pm.path} is nested two levels deep; teach the walk`);
    const fresh = has("POST", pm.path) ? await createFromExample(pm, []) : undefined;
    const key = fresh ? keysOf(pm, fresh) : undefined;
    const others = (await list(pm, [])).map((r) => keysOf(pm, r)).filter((k) => JSON.stringify(k) !== JSON.stringify(key));
    return {
      keys: key ? [key, ...others] : others,
      ...(key && has("DELETE", pm.instance) ? { cleanup: async () => void (await call("DELETE", pm.instance!, { params: { path: pathParams(pm.instance!, key) } })) } : {}),
    };
  };

  const walkResource = async (r: ResourceModel) => {
    if (r.kind === "singleton") {
      await call("GET", r.path, { params: { query: fieldsQuery(r.path) } });
      if (has("PATCH", r.path)) await call("PATCH", r.path, { body: exampleBody(walk.spec, "PATCH", r.path) ?? {} });
      return;
    }
    if (r.kind === "collection" && !r.parent) return walkCollection(r, []);
    const parent = r.parent!.model;
    const { keys, cleanup } = await parentsFor(parent);
    expect(keys.length, `a parent record of ${parent.path} for ${r.path}`).toBeGreaterThan(0);
    if (r.kind === "collection") {
      await walkCollection(r, keys[0]!);
      if (cleanup) {
        await cleanup();
        // Deleting the parent removed its sub-collection.
        const orphan = await client.GET(r.path, { params: { path: pathParams(r.path, keys[0]!) } }).catch((e: unknown) => e);
        expect(client.isError(orphan) && orphan.status, `GET ${r.path} of a deleted parent`).toBe(404);
      }
      return;
    }
    // An action below an instance: the first parent it accepts (a signing CA among the certificates).
    const body = exampleBody(walk.spec, "POST", r.path);
    let last: unknown;
    for (const key of keys) {
      try {
        await call("POST", r.path, { params: { path: pathParams(r.path, key) }, ...(body ? { body } : {}) });
        last = undefined;
        break;
      } catch (e) {
        last = e;
      }
    }
    await cleanup?.();
    if (last) throw last;
  };

  for (const r of walk.resources) {
    const ops = walk.operations.filter((o) => o.endsWith(` ${r.path}`) || (r.kind === "collection" && r.instance && o.endsWith(` ${r.instance}`)));
    const methods = (path: string | undefined) => ops.filter((o) => o.endsWith(` ${path}`)).map((o) => o.split(" ")[0]).join(" ");
    const instanceOps = r.kind === "collection" && r.instance ? `; instance ${methods(r.instance)}` : "";
    it(`${r.kind} ${r.path}: ${methods(r.path)}${instanceOps}`, async () => {
      // Each resource from the seeded state: what an earlier walk deleted (an example's account) is back.
      mock.reset();
      if (r.kind === "action") {
        if (!r.parent) {
          const body = exampleBody(walk.spec, "POST", r.path);
          await call("POST", r.path, body ? { body } : {});
          return;
        }
      }
      await walkResource(r);
    });
  }

  it("exercised every operation of the slice", () => {
    expect([...done].sort()).toEqual([...walk.operations].sort());
  });

  it("recorded no secret it was sent", () => {
    const recorded = JSON.stringify(mock.requests);
    for (const x of new Set(sent)) expect(recorded).not.toContain(x);
  });
}
