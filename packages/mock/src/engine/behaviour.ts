// What a resource does beyond generic CRUD, as a small module beside the engine
// (src/behaviours/<group>.ts): uniqueness codes, defaults, derived fields, refusals, jobs, action
// results. A behaviour is keyed by its path template and is active only when the release's slice
// has that path, so one module serves every release, reading what a release has from the slice.
import type { Errors } from "../errors.js";
import type { JsonObject } from "../json.js";
import type { SliceOperation, SpecModel } from "../spec-model.js";
import type { Inventory } from "../state/inventory.js";
import type { CollectionModel } from "./model.js";
import type { Entry, RecordStore } from "./store.js";

/** What every behaviour hook can read: the slice, the inventory, deterministic values, other resources. */
export interface BehaviourEnv {
  spec: SpecModel;
  release: string;
  inventory: Inventory;
  /** Deterministic pseudo-random numbers (seeded). */
  rand: () => number;
  uuid(): string;
  /** The `seed` option of the mock (initial values some behaviours take, e.g. `ipsec`, `caCertificates`). */
  seedOptions: Readonly<Record<string, unknown>>;
  /** Basic-auth users of the mock (seeded as accounts where the slice has accounts). */
  users: Readonly<Record<string, string>>;
  /** The records of another collection of the slice, by collection path. */
  store(path: string): RecordStore | undefined;
  /** The current value of a singleton of the slice, by path. */
  singleton(path: string): JsonObject | undefined;
}

/** A write being served: the operation (its documented codes), the URL parameters, the parent record. */
export interface WriteCtx extends BehaviourEnv {
  errors: Errors;
  op: SliceOperation;
  params: Record<string, string>;
  /** For a sub-collection or an action below an instance: the parent record. */
  parent?: Entry;
  /** Whether `field` (dotted) exists in the release's read shape of the resource. */
  has(field: string): boolean;
}

export interface ActionResult {
  status?: number;
  body: JsonObject;
}

export interface Behaviour {
  /** The collection, singleton or action path it refines. */
  path: string;
  /** The code a duplicate key answers (409); default: ONTAP's generic 1 "entry already exists". */
  existsCode?: string;
  /** The code for a record that is not there; default 4. */
  notFoundCode?: string;
  /** Fields a collection GET returns without `fields`, besides the key fields. */
  listFields?: string[];
  /** Records (collections) or the value (singletons) the resource starts with, besides the examples'. */
  seed?(env: BehaviourEnv, model: CollectionModel | undefined): JsonObject[] | JsonObject;
  /** Whether example records are seeded too (default true). */
  seedExamples?: boolean;
  /** A new record after the generic defaults: set defaults and derived fields, refuse with ONTAP's codes. */
  create?(rec: JsonObject, body: JsonObject, ctx: WriteCtx): void;
  /** A modified record (`next` = current with the body merged): derive, refuse. */
  modify?(next: JsonObject, body: JsonObject, ctx: WriteCtx, current: JsonObject): void;
  /** Before a record is deleted: refuse with ONTAP's code (a builtin role). */
  remove?(rec: JsonObject, ctx: WriteCtx): void;
  /** After a create, modify or delete applied (`entry`: the record written; none after a delete), e.g. a role's privileges list and sub-collection kept as one. */
  after?(ctx: WriteCtx, entry: Entry | undefined): void;
  /** The answer of an action (POST on a path that is not a collection). */
  action?(body: JsonObject, ctx: WriteCtx): ActionResult;
  /** A seeded record was added (e.g. a builtin role's privileges fill its sub-collection). */
  seeded?(entry: Entry, env: BehaviourEnv): void;
}

/** Registers behaviours by path; only those whose path the slice has are active. */
export function activeBehaviours(spec: SpecModel, all: readonly Behaviour[]): Map<string, Behaviour> {
  const out = new Map<string, Behaviour>();
  for (const b of all) if (spec.hasPath(b.path)) out.set(b.path, b);
  return out;
}
