// What the emitters need to know about one release slice, read once: its operations (with the
// component each body references), its error catalog and its sensitive property names.
import { deref, eachOperation, isObject, schemaRefName, type SchemaObject, type SliceDocument } from "@ontap-sec/slice-model";
import { operationKey, pascalCase } from "./naming.js";

const METHODS = ["get", "post", "patch", "delete"] as const;
export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export interface ErrorInfo {
  code: string;
  name: string;
  message: string;
  status: number;
}

export interface CatalogEntry extends ErrorInfo {
  common: boolean;
}

export interface BodyRef {
  /** Media type → component name ($ref target under components/schemas). */
  mediaTypes: string[];
  component: string;
  /** Named examples of the media types (name → value). */
  examples: { mediaType: string; name: string; value: unknown }[];
}

export interface OperationInfo {
  key: string;
  method: Method;
  path: string;
  operationId: string;
  /** PascalCase of the operationId, the stem of its per-operation type names. */
  typeStem: string;
  summary: string;
  requestBody?: BodyRef;
  /** 2xx status → body; statuses without content are absent. */
  successBodies: Record<string, BodyRef>;
  /** Every response with content (2xx and others), for example checks. */
  allBodies: Record<string, BodyRef>;
  /** Codes this operation documents (not the common ones), in spec order. */
  errors: ErrorInfo[];
}

export interface ReleaseModel {
  release: string;
  title: string;
  operations: OperationInfo[];
  /** Sorted by code, as in the slice. */
  catalog: CatalogEntry[];
  components: string[];
  sensitiveFields: string[];
}

/** A problem that makes a slice impossible to generate from; names the operation. */
export class GenerateError extends Error {
  override name = "GenerateError";
}

const isObj = isObject;

function bodyRef(content: unknown, where: string): BodyRef | undefined {
  if (!isObj(content)) return undefined;
  const mediaTypes = Object.keys(content);
  if (mediaTypes.length === 0) return undefined;
  let component: string | undefined;
  const examples: BodyRef["examples"] = [];
  for (const mt of mediaTypes) {
    const media = isObj(content[mt]) ? content[mt] : {};
    const schema = media.schema as SchemaObject | undefined;
    if (schema === undefined) throw new GenerateError(`${where}: media type ${mt} has no schema`);
    const name = schemaRefName(schema.$ref);
    if (!name) throw new GenerateError(`${where}: the ${mt} body schema is inline; it must be a $ref to a named component (components/schemas) so that it gets a guard`);
    if (component !== undefined && component !== name) throw new GenerateError(`${where}: media types reference different components (${component}, ${name})`);
    component = name;
    for (const [exName, ex] of Object.entries(isObj(media.examples) ? media.examples : {})) if (isObj(ex) && "value" in ex) examples.push({ mediaType: mt, name: exName, value: ex.value });
    if ("example" in media) examples.push({ mediaType: mt, name: "example", value: media.example });
  }
  return { mediaTypes, component: component!, examples };
}

export function buildModel(slice: SliceDocument): ReleaseModel {
  const release: unknown = slice.info?.["x-ontap-release"] ?? slice.info?.version;
  if (typeof release !== "string") throw new GenerateError("the slice has no info.x-ontap-release");
  const operations: OperationInfo[] = [];
  const seenIds = new Map<string, string>();
  {
    for (const { path, method: m, op } of eachOperation(slice, METHODS)) {
      const method = m.toUpperCase() as Method;
      const key = operationKey(method, path);
      if (typeof op.operationId !== "string") throw new GenerateError(`${key}: no operationId`);
      const stem = pascalCase(op.operationId);
      if (seenIds.has(stem)) throw new GenerateError(`${key}: operationId ${op.operationId} clashes with ${seenIds.get(stem)}`);
      seenIds.set(stem, key);
      const requestBody = op.requestBody ? bodyRef(deref(slice, op.requestBody)?.content, `${key} (${op.operationId}) request body`) : undefined;
      const successBodies: Record<string, BodyRef> = {};
      const allBodies: Record<string, BodyRef> = {};
      for (const [status, resp] of Object.entries(op.responses ?? {})) {
        const b = bodyRef(deref(slice, resp)?.content, `${key} (${op.operationId}) response ${status}`);
        if (!b) continue;
        allBodies[status] = b;
        if (/^2\d\d$/.test(status)) successBodies[status] = b;
      }
      operations.push({
        key,
        method,
        path,
        operationId: op.operationId,
        typeStem: stem,
        summary: typeof op.summary === "string" ? op.summary : "",
        ...(requestBody ? { requestBody } : {}),
        successBodies,
        allBodies,
        errors: (op["x-ontap-errors"] ?? []).map((e) => ({ code: String(e.code), name: e.name!, message: e.message!, status: e.status! })),
      });
    }
  }
  const catalog: CatalogEntry[] = Object.entries(slice["x-ontap-error-catalog"] ?? {}).map(([code, e]) => ({
    code,
    name: e.name,
    message: e.message,
    status: e.status,
    common: e.common === true,
  }));
  const names = new Set<string>();
  for (const e of catalog) {
    if (names.has(e.name)) throw new GenerateError(`error name ${e.name} is used by two codes`);
    names.add(e.name);
  }
  for (const op of operations)
    for (const e of op.errors)
      if (!catalog.some((c) => c.code === e.code)) throw new GenerateError(`${op.key} (${op.operationId}): error code ${e.code} is not in the catalog`);
  return {
    release,
    title: String(slice.info?.title ?? ""),
    operations,
    catalog,
    components: Object.keys(slice.components?.schemas ?? {}),
    sensitiveFields: collectSensitive(slice),
  };
}

/** Every property name whose schema is marked x-ontap-sensitive, anywhere in the slice. */
export function collectSensitive(slice: SliceDocument): string[] {
  const out = new Set<string>();
  const visit = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (!isObj(x)) return;
    if (isObj(x.properties))
      for (const [name, p] of Object.entries(x.properties)) {
        const target = deref(slice, p);
        if (isObj(target) && target["x-ontap-sensitive"] === true) out.add(name);
      }
    for (const [k, v] of Object.entries(x)) if (k !== "examples" && k !== "example") visit(v);
  };
  visit(slice.paths);
  visit(slice.components);
  return [...out].sort();
}
