// Tiny sliced documents for rule tests: the rule engine works on slices, so these are plain OpenAPI.
export type Ops = Record<string, any>;

export interface ApiParts {
  ops?: Ops;
  schemas?: Record<string, any>;
  catalog?: Record<string, any>;
  security?: any;
  servers?: any;
  info?: Record<string, any>;
}

export function api(parts: ApiParts = {}): any {
  const paths: Record<string, any> = {};
  for (const [key, op] of Object.entries(parts.ops ?? {})) {
    const [method, path] = key.split(" ") as [string, string];
    (paths[path] ??= {})[method.toLowerCase()] = op;
  }
  const doc: any = {
    openapi: "3.1.0",
    info: { title: "test — ONTAP 9.8", version: "9.8", ...(parts.info ?? {}) },
    paths,
    components: { schemas: parts.schemas ?? {} },
    "x-ontap-error-catalog": parts.catalog ?? {},
  };
  if (parts.security) doc.security = parts.security;
  if (parts.servers) doc.servers = parts.servers;
  return doc;
}

export const ok = (schema?: any) => ({ "200": { description: "OK", ...(schema ? { content: { "application/json": { schema } } } : {}) } });

export function op(extra: Record<string, any> = {}): any {
  return { operationId: "w_op", summary: "An operation", responses: ok(), ...extra };
}

/** A POST (create) or PATCH (modify) operation whose body is `schema`. */
export function reqApi(schema: any, opts: { method?: "POST" | "PATCH"; schemas?: Record<string, any> } = {}): any {
  return api({ ops: { [`${opts.method ?? "POST"} /w`]: op({ requestBody: { content: { "application/json": { schema } } } }) }, schemas: opts.schemas });
}

/** A GET operation whose 200 body is `schema`. */
export function resApi(schema: any, opts: { schemas?: Record<string, any> } = {}): any {
  return api({ ops: { "GET /w": op({ responses: ok(schema) }) }, schemas: opts.schemas });
}

export const obj = (properties: Record<string, any>, extra: Record<string, any> = {}) => ({ type: "object", properties, ...extra });
export const str = (extra: Record<string, any> = {}) => ({ type: "string", ...extra });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
