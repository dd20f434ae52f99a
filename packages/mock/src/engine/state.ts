// The engine's data: one record store per collection and one value per singleton of the slice,
// seeded from the behaviours and the slice's examples; rebuilt by reset().
import { isObj, type JsonObject, setAt, valueAt } from "../json.js";
import type { SpecModel } from "../spec-model.js";
import type { Inventory } from "../state/inventory.js";
import { mulberry32, uuidFrom } from "../state/rng.js";
import type { Behaviour, BehaviourEnv } from "./behaviour.js";
import type { CollectionModel, EngineModel } from "./model.js";
import { responseExamples, synthesize, withoutLinks } from "./seed.js";
import { type Entry, fullKey, RecordStore } from "./store.js";

export class EngineState implements BehaviourEnv {
  readonly stores = new Map<string, RecordStore>();
  readonly singletons = new Map<string, JsonObject>();
  readonly rand: () => number;
  readonly release: string;

  constructor(
    readonly spec: SpecModel,
    readonly model: EngineModel,
    readonly behaviours: Map<string, Behaviour>,
    readonly inventory: Inventory,
    seed: number,
    readonly seedOptions: Readonly<Record<string, unknown>>,
    readonly users: Readonly<Record<string, string>>,
    /** Paths served by hand-written handlers: not seeded here. */
    skip: ReadonlySet<string>,
  ) {
    this.release = spec.release;
    this.rand = mulberry32(seed ^ 0x3c6ef372);
    for (const r of model.resources) {
      if (skip.has(r.path)) continue;
      if (r.kind === "collection") this.stores.set(r.path, new RecordStore(r));
      else if (r.kind === "singleton") this.singletons.set(r.path, this.initialSingleton(r.path));
    }
    // Parents before children: the model lists collections by path length.
    for (const c of model.collections()) if (this.stores.has(c.path)) this.seedCollection(c);
  }

  uuid(): string {
    return uuidFrom(this.rand);
  }

  store(path: string): RecordStore | undefined {
    return this.stores.get(path);
  }

  singleton(path: string): JsonObject | undefined {
    return this.singletons.get(path);
  }

  private initialSingleton(path: string): JsonObject {
    const b = this.behaviours.get(path);
    const given = b?.seed?.(this, undefined);
    if (isObj(given)) return structuredClone(given);
    const ex = responseExamples(this.spec, "GET", path).find(isObj);
    if (ex) return withoutLinks(ex) as JsonObject;
    const read = this.spec.responseSchema("GET", path) ?? {};
    return synthesize(this.spec, read) as JsonObject;
  }

  private seedCollection(c: CollectionModel) {
    const store = this.stores.get(c.path)!;
    const b = this.behaviours.get(c.path);
    const parentStore = c.parent ? this.stores.get(c.parent.model.path) : undefined;
    const parents: Entry[] = parentStore ? parentStore.list() : [];
    if (c.parent && parents.length === 0) return;
    const add = (raw: unknown, parent: string[]) => {
      if (!isObj(raw)) return;
      const rec = withoutLinks(raw) as JsonObject;
      for (const k of c.keys) if (valueAt(rec, k.field) === undefined && /uuid$/.test(k.field)) setAt(rec, k.field, this.uuid());
      if (c.keys.some((k) => valueAt(rec, k.field) === undefined)) return;
      if (store.has(parent, rec)) return;
      const entry = store.put(parent, rec);
      b?.seeded?.(entry, this);
    };
    const parentKeyOf = (p: Entry) => fullKey(c.parent!.model, p);
    const fromBehaviour = b?.seed?.(this, c);
    if (Array.isArray(fromBehaviour)) for (const r of fromBehaviour) add(r, c.parent ? parentKeyOf(parents[0]!) : []);
    if (b?.seedExamples === false) return;
    const examples = responseExamples(this.spec, "GET", c.path).flatMap((ex) => (isObj(ex) && Array.isArray(ex.records) ? ex.records : []));
    for (const r of examples) add(r, c.parent ? this.parentFromLink(c, r, parents) ?? parentKeyOf(parents[0]!) : []);
    if (store.size() === 0) {
      add(synthesize(this.spec, c.read), c.parent ? parentKeyOf(parents[0]!) : []);
    }
  }

  /** The parent named by an example record's self link (…/roles/<owner>/<name>/privileges/…), when it is a seeded one. */
  private parentFromLink(c: CollectionModel, r: unknown, parents: Entry[]): string[] | undefined {
    const href = valueAt(r, "_links.self.href");
    if (typeof href !== "string" || !c.parent) return undefined;
    const segs = href.replace(/^\/api/, "").split("/").map(decodeURIComponent);
    const tmpl = c.parent.model.instance!.split("/");
    const values = tmpl.map((t, i) => (t.startsWith("{") ? segs[i] : undefined)).filter((x): x is string => x !== undefined);
    const found = parents.find((p) => JSON.stringify(fullKey(c.parent!.model, p)) === JSON.stringify(values));
    return found ? values : undefined;
  }
}
