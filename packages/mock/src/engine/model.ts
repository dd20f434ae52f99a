// What the collection engine serves, discovered from the release's slice alone: collections (a GET
// answering `records`, with an instance path = collection path + `/{k1}/{k2}…`), the key of their
// records (the instance path's parameters, composite when there are several), sub-collections
// (a collection below another's instance path: privileges under a role), singletons (a GET on a
// path without `records`) and actions (a POST on a path that is neither). Adding a group to the
// spec adds its entries here with no code.
import type { Schema, SpecModel } from "../spec-model.js";

/** One key field of a record: the path parameter's name and the record's dotted field. */
export interface KeyField {
  param: string;
  field: string;
}

export interface CollectionModel {
  kind: "collection";
  path: string;
  /** The instance path, when the collection has one. */
  instance?: string;
  /** The record's own key (the instance path's parameters after the parent's). */
  keys: KeyField[];
  /** For a sub-collection: the collection whose instance path it hangs below, and the parameters naming that instance. */
  parent?: { model: CollectionModel; params: string[] };
  /** The read shape of one record. */
  read: Schema;
}

export interface SingletonModel {
  kind: "singleton";
  path: string;
  read: Schema;
}

export interface ActionModel {
  kind: "action";
  path: string;
  /** The collection whose instance path the action hangs below (sign under a certificate), and the parameters naming it. */
  parent?: { model: CollectionModel; params: string[] };
}

export type ResourceModel = CollectionModel | SingletonModel | ActionModel;

const PARAM = /\{([^}]+)\}/g;
const paramsOf = (template: string) => [...template.matchAll(PARAM)].map((m) => m[1]!);
/** The template with parameter names erased, to compare shapes: /a/{x}/b ~ /a/{y}/b. */
const shape = (template: string) => template.replace(PARAM, "{}");

export class EngineModel {
  readonly resources: ResourceModel[] = [];
  private readonly byPath = new Map<string, { model: ResourceModel; instance: boolean }>();

  constructor(readonly spec: SpecModel) {
    const paths = Object.keys(spec.doc.paths).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const has = (m: string, p: string) => !!spec.op(m, p);
    const collections: CollectionModel[] = [];
    for (const p of paths) {
      if (!has("GET", p)) continue;
      const body = spec.responseSchema("GET", p);
      if (!body || !spec.prop(body, "records")) continue;
      // The instance path: the collection path followed by parameters only.
      const instance = paths.find((q) => q.startsWith(p + "/") && /^(\/\{[^}]+\})+$/.test(q.slice(p.length)));
      const parent = this.parentOf(p, collections);
      const own = instance ? paramsOf(instance.slice(p.length)) : [];
      const read = spec.readSchema(p, instance) ?? {};
      const model: CollectionModel = { kind: "collection", path: p, ...(instance ? { instance } : {}), keys: own.map((k) => ({ param: k, field: k })), read, ...(parent ? { parent } : {}) };
      collections.push(model);
      this.add(model, p, false);
      if (instance) this.add(model, instance, true);
    }
    for (const p of paths) {
      if (this.byPath.has(p)) continue;
      if (has("GET", p)) {
        const read = spec.responseSchema("GET", p) ?? {};
        this.add({ kind: "singleton", path: p, read }, p, false);
      } else if (has("POST", p)) {
        const parent = this.parentOf(p, collections);
        this.add({ kind: "action", path: p, ...(parent ? { parent } : {}) }, p, false);
      }
    }
  }

  private add(model: ResourceModel, path: string, instance: boolean) {
    if (!this.resources.includes(model)) this.resources.push(model);
    this.byPath.set(path, { model, instance });
  }

  /** The collection whose instance path (parameter names aside) is a prefix of `path`, longest first. */
  private parentOf(path: string, collections: CollectionModel[]): { model: CollectionModel; params: string[] } | undefined {
    let best: { model: CollectionModel; params: string[] } | undefined;
    for (const c of collections) {
      if (!c.instance) continue;
      const n = c.instance.split("/").length;
      const head = path.split("/").slice(0, n).join("/");
      if (head.length >= path.length || shape(head) !== shape(c.instance)) continue;
      const params = paramsOf(head);
      if (!best || (best.model.instance?.length ?? 0) < c.instance.length) best = { model: c, params };
    }
    return best;
  }

  /** The resource a path template belongs to, and whether the template is its instance path. */
  lookup(template: string): { model: ResourceModel; instance: boolean } | undefined {
    return this.byPath.get(template);
  }

  collections(): CollectionModel[] {
    return this.resources.filter((r): r is CollectionModel => r.kind === "collection");
  }
}
