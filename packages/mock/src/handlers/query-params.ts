// The query parameters of a request: which are allowed for the kind of request, filters, fields,
// order, paging cursor and the integer and boolean parameters, each rejected with ONTAP's code.
import { isObj } from "../json.js";
import { parseFields, type Selection } from "../query/fields.js";
import { parseFilter, type Predicate } from "../query/filters.js";
import { parseOrder, type OrderKey } from "../query/order.js";
import type { Schema } from "../spec-model.js";
import type { Ctx, Env } from "./context.js";

export interface Query {
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

export function boolParam(ctx: Ctx, name: string): boolean | undefined {
  const v = ctx.query.get(name);
  if (v === null) return undefined;
  if (!/^(true|false|1|0)$/i.test(v)) throw ctx.errors.invalid(name, v, ["true", "false"]);
  return /^(true|1)$/i.test(v);
}

function timeoutBounds(ctx: Ctx, env: Env): [number, number] {
  for (const p of ctx.op?.raw.parameters ?? []) {
    const d = env.spec.deref(p);
    if (isObj(d) && d.name === "return_timeout" && isObj(d.schema)) {
      const { minimum, maximum } = d.schema as { minimum?: number; maximum?: number };
      return [minimum ?? 0, maximum ?? 120];
    }
  }
  return [0, 120];
}

export function parseQuery(ctx: Ctx, env: Env, read: Schema | undefined, kind: "collection" | "instance" | "write" | "bulk"): Query {
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
