// One minimal document pair per rule: every rule in rules.ts must be exercised here.
import { describe, expect, it } from "vitest";
import { diffSlices } from "../../generator/src/diff/diff-slices.js";
import { RULES, rule } from "../../generator/src/diff/rules.js";
import { api, obj, ok, op, ref, reqApi, resApi, str } from "./helpers.js";

type Case = { old: any; new: any; path?: string };

const param = (extra: Record<string, any> = {}) => ({ name: "q", in: "query", schema: { type: "string" }, ...extra });
const withParams = (parameters: any[]) => api({ ops: { "GET /w": op({ parameters }) } });
const withBody = (body?: any) => api({ ops: { "POST /w": op(body ? { requestBody: body } : {}) } });
const body = (required: boolean, content: Record<string, any> = { "application/json": { schema: obj({ a: str() }) } }) => ({ required, content });
const withResponses = (responses: any) => api({ ops: { "GET /w": op({ responses }) } });
const withErrors = (errors: any[], catalog: Record<string, any> = {}) => api({ ops: { "POST /w": op({ "x-ontap-errors": errors }) }, catalog });
const err = (code: string, message = "m", name = `E${code}`, status = 400) => ({ code, name, message, status });
const cat = (entries: Record<string, Partial<{ name: string; message: string; status: number; common: boolean }>>) =>
  Object.fromEntries(Object.entries(entries).map(([c, e]) => [c, { name: `E${c}`, message: "m", status: 400, common: false, ...e }]));

/** Request-side and response-side cases from one schema pair. */
const req = (a: any, b: any, path = "a"): Case => ({ old: reqApi(obj({ a })), new: reqApi(obj({ a: b })), path });
const res = (a: any, b: any, path = "a"): Case => ({ old: resApi(obj({ a })), new: resApi(obj({ a: b })), path });

const CASES: Record<string, Case> = {
  "operation-added": { old: api(), new: api({ ops: { "GET /w": op() } }) },
  "operation-removed": { old: api({ ops: { "GET /w": op() } }), new: api() },
  "operation-id-changed": { old: api({ ops: { "GET /w": op({ operationId: "a" }) } }), new: api({ ops: { "GET /w": op({ operationId: "b" }) } }) },
  "operation-deprecated": { old: api({ ops: { "GET /w": op() } }), new: api({ ops: { "GET /w": op({ deprecated: true }) } }) },
  "operation-deprecation-removed": { old: api({ ops: { "GET /w": op({ deprecated: true }) } }), new: api({ ops: { "GET /w": op() } }) },
  "operation-docs-changed": { old: api({ ops: { "GET /w": op({ summary: "x" }) } }), new: api({ ops: { "GET /w": op({ summary: "y" }) } }) },
  "operation-tags-changed": { old: api({ ops: { "GET /w": op({ tags: ["a"] }) } }), new: api({ ops: { "GET /w": op({ tags: ["b"] }) } }) },
  "parameter-added": { old: withParams([]), new: withParams([param()]) },
  "required-parameter-added": { old: withParams([]), new: withParams([param({ required: true })]) },
  "parameter-removed": { old: withParams([param()]), new: withParams([]) },
  "parameter-became-required": { old: withParams([param()]), new: withParams([param({ required: true })]) },
  "parameter-became-optional": { old: withParams([param({ required: true })]), new: withParams([param()]) },
  "parameter-serialization-changed": { old: withParams([param({ style: "form" })]), new: withParams([param({ style: "deepObject" })]) },
  "parameter-docs-changed": { old: withParams([param({ description: "a" })]), new: withParams([param({ description: "b" })]) },
  "request-body-added": { old: withBody(), new: withBody(body(false)) },
  "required-request-body-added": { old: withBody(), new: withBody(body(true)) },
  "request-body-removed": { old: withBody(body(false)), new: withBody() },
  "request-body-became-required": { old: withBody(body(false)), new: withBody(body(true)) },
  "request-body-became-optional": { old: withBody(body(true)), new: withBody(body(false)) },
  "request-media-type-added": { old: withBody(body(true)), new: withBody(body(true, { "application/json": { schema: str() }, "text/plain": { schema: str() } })) },
  "request-media-type-removed": { old: withBody(body(true, { "application/json": { schema: str() }, "text/plain": { schema: str() } })), new: withBody(body(true)) },
  "response-success-status-added": { old: withResponses(ok()), new: withResponses({ ...ok(), "202": { description: "job" } }) },
  "response-success-status-removed": { old: withResponses({ ...ok(), "202": { description: "job" } }), new: withResponses(ok()) },
  "response-status-added": { old: withResponses(ok()), new: withResponses({ ...ok(), "404": { description: "nf" } }) },
  "response-status-removed": { old: withResponses({ ...ok(), default: { description: "e" } }), new: withResponses(ok()) },
  "response-media-type-added": {
    old: withResponses({ "200": { description: "OK", content: { "application/json": { schema: str() } } } }),
    new: withResponses({ "200": { description: "OK", content: { "application/json": { schema: str() }, "application/hal+json": { schema: str() } } } }),
  },
  "response-media-type-removed": {
    old: withResponses({ "200": { description: "OK", content: { "application/json": { schema: str() }, "application/hal+json": { schema: str() } } } }),
    new: withResponses({ "200": { description: "OK", content: { "application/json": { schema: str() } } } }),
  },
  "examples-changed": {
    old: withResponses({ "200": { description: "OK", content: { "application/json": { schema: str(), examples: { a: { value: "x" } } } } } }),
    new: withResponses({ "200": { description: "OK", content: { "application/json": { schema: str(), examples: { a: { value: "y" } } } } } }),
  },
  // request schema
  "request-property-added": { old: reqApi(obj({ a: str() })), new: reqApi(obj({ a: str(), b: str() })), path: "b" },
  "request-required-property-added": { old: reqApi(obj({ a: str() })), new: reqApi(obj({ a: str(), b: str() }, { required: ["b"] })), path: "b" },
  "request-property-removed": { old: reqApi(obj({ a: str(), b: str() })), new: reqApi(obj({ a: str() })), path: "b" },
  "request-property-became-read-only": {
    old: reqApi(ref("x"), { schemas: { x: obj({ a: str(), b: str() }) } }),
    new: reqApi(ref("x_create"), { schemas: { x: obj({ a: str(), b: str({ readOnly: true }) }), x_create: obj({ a: str() }) } }),
    path: "b",
  },
  "request-property-became-writable": {
    old: reqApi(ref("x_create"), { schemas: { x: obj({ a: str(), b: str({ readOnly: true }) }), x_create: obj({ a: str() }) } }),
    new: reqApi(ref("x"), { schemas: { x: obj({ a: str(), b: str() }) } }),
    path: "b",
  },
  "request-property-became-create-only": {
    old: reqApi(ref("x"), { method: "PATCH", schemas: { x: obj({ a: str(), b: str() }) } }),
    new: reqApi(ref("x_modify"), { method: "PATCH", schemas: { x: obj({ a: str(), b: str({ "x-ontap-create-only": true }) }), x_modify: obj({ a: str() }) } }),
    path: "b",
  },
  "request-property-became-patchable": {
    old: reqApi(ref("x_modify"), { method: "PATCH", schemas: { x: obj({ a: str(), b: str({ "x-ontap-create-only": true }) }), x_modify: obj({ a: str() }) } }),
    new: reqApi(ref("x"), { method: "PATCH", schemas: { x: obj({ a: str(), b: str() }) } }),
    path: "b",
  },
  "request-property-became-required": { old: reqApi(obj({ a: str() })), new: reqApi(obj({ a: str() }, { required: ["a"] })), path: "a" },
  "request-property-became-optional": { old: reqApi(obj({ a: str() }, { required: ["a"] })), new: reqApi(obj({ a: str() })), path: "a" },
  "request-enum-value-added": req(str({ enum: ["x"] }), str({ enum: ["x", "y"] })),
  "request-enum-value-removed": req(str({ enum: ["x", "y"] }), str({ enum: ["x"] })),
  "request-enum-added": req(str(), str({ enum: ["x"] })),
  "request-enum-removed": req(str({ enum: ["x"] }), str()),
  "request-type-changed": req(str(), { type: "integer" }),
  "request-type-widened": req(str(), { type: ["integer", "string"] }),
  "request-format-changed": req(str({ format: "ipv4" }), str({ format: "ipv6" })),
  "request-max-length-decreased": req(str({ maxLength: 64 }), str({ maxLength: 32 })),
  "request-max-length-increased": req(str({ maxLength: 64 }), str({ maxLength: 128 })),
  "request-min-length-increased": req(str({ minLength: 1 }), str({ minLength: 8 })),
  "request-min-length-decreased": req(str({ minLength: 8 }), str()),
  "request-maximum-decreased": req({ type: "integer", maximum: 10 }, { type: "integer", maximum: 5 }),
  "request-maximum-increased": req({ type: "integer", maximum: 10 }, { type: "integer" }),
  "request-minimum-increased": req({ type: "integer" }, { type: "integer", minimum: 1 }),
  "request-minimum-decreased": req({ type: "integer", minimum: 1 }, { type: "integer", minimum: 0 }),
  "request-pattern-changed": req(str(), str({ pattern: "^a" })),
  "request-pattern-removed": req(str({ pattern: "^a" }), str()),
  "request-default-changed": req(str({ default: "a" }), str({ default: "b" })),
  "request-schema-keyword-changed": req({ type: "array", items: str(), minItems: 0 }, { type: "array", items: str(), minItems: 1 }),
  // response schema
  "response-property-added": { old: resApi(obj({ a: str() })), new: resApi(obj({ a: str(), b: str() })), path: "b" },
  "response-property-removed": { old: resApi(obj({ a: str(), b: str() })), new: resApi(obj({ a: str() })), path: "b" },
  "response-property-became-write-only": {
    old: resApi(ref("x"), { schemas: { x: obj({ a: str(), b: str() }) } }),
    new: resApi(ref("x"), { schemas: { x: obj({ a: str() }), x_create: obj({ a: str(), b: str({ writeOnly: true }) }) } }),
    path: "b",
  },
  "response-property-no-longer-write-only": {
    old: resApi(ref("x"), { schemas: { x: obj({ a: str() }), x_create: obj({ a: str(), b: str({ writeOnly: true }) }) } }),
    new: resApi(ref("x"), { schemas: { x: obj({ a: str(), b: str() }) } }),
    path: "b",
  },
  "response-enum-value-added": res(str({ enum: ["x"] }), str({ enum: ["x", "y"] })),
  "response-enum-value-removed": res(str({ enum: ["x", "y"] }), str({ enum: ["x"] })),
  "response-enum-added": res(str(), str({ enum: ["x"] })),
  "response-enum-removed": res(str({ enum: ["x"] }), str()),
  "response-type-changed": res(str(), { type: "integer" }),
  "response-type-narrowed": res({ type: ["integer", "string"] }, str()),
  "response-format-changed": res(str({ format: "date" }), str({ format: "date-time" })),
  "response-max-length-increased": res(str({ maxLength: 64 }), str({ maxLength: 128 })),
  "response-max-length-decreased": res(str({ maxLength: 64 }), str({ maxLength: 32 })),
  "response-min-length-decreased": res(str({ minLength: 1 }), str()),
  "response-min-length-increased": res(str({ minLength: 1 }), str({ minLength: 2 })),
  "response-maximum-increased": res({ type: "integer", maximum: 5 }, { type: "integer", maximum: 6 }),
  "response-maximum-decreased": res({ type: "integer" }, { type: "integer", maximum: 6 }),
  "response-minimum-decreased": res({ type: "integer", minimum: 0 }, { type: "integer", minimum: -1 }),
  "response-minimum-increased": res({ type: "integer", minimum: 0 }, { type: "integer", minimum: 1 }),
  "response-pattern-changed": res(str({ pattern: "^a" }), str({ pattern: "^b" })),
  "response-pattern-added": res(str(), str({ pattern: "^b" })),
  "response-default-changed": res(str({ default: 1 }), str({ default: 2 })),
  "response-schema-keyword-changed": res({ type: "array", items: str(), maxItems: 3 }, { type: "array", items: str() }),
  // either side
  "property-became-sensitive": req(str(), str({ "x-ontap-sensitive": true })),
  "property-no-longer-sensitive": res(str({ "x-ontap-sensitive": true }), str()),
  "property-docs-changed": res(str({ description: "a" }), str({ description: "b" })),
  // errors
  "error-code-added": { old: withErrors([err("1")]), new: withErrors([err("1"), err("2")]) },
  "error-code-removed": { old: withErrors([err("1"), err("2")]), new: withErrors([err("1")]) },
  "error-code-message-changed": { old: withErrors([err("1", "a")], cat({ "1": { message: "a" } })), new: withErrors([err("1", "b")], cat({ "1": { message: "a" } })) },
  "catalog-code-added": { old: api({ catalog: cat({}) }), new: api({ catalog: cat({ "1": {} }) }) },
  "catalog-code-removed": { old: api({ catalog: cat({ "1": {} }) }), new: api({ catalog: cat({}) }) },
  "catalog-code-name-changed": { old: api({ catalog: cat({ "1": { name: "A" } }) }), new: api({ catalog: cat({ "1": { name: "B" } }) }) },
  "catalog-code-status-changed": { old: api({ catalog: cat({ "1": { status: 400 } }) }), new: api({ catalog: cat({ "1": { status: 409 } }) }) },
  "catalog-code-message-changed": { old: api({ catalog: cat({ "1": { message: "a" } }) }), new: api({ catalog: cat({ "1": { message: "b" } }) }) },
  "catalog-code-scope-changed": { old: api({ catalog: cat({ "1": { common: false } }) }), new: api({ catalog: cat({ "1": { common: true } }) }) },
  // document
  "security-changed": { old: api({ security: [{ basic: [] }] }), new: api({ security: [{ token: [] }] }) },
  "servers-changed": { old: api({ servers: [{ url: "https://a/api" }] }), new: api({ servers: [{ url: "https://b/api" }] }) },
  "document-metadata-changed": { old: api({ info: { description: "a" } }), new: api({ info: { description: "b" } }) },
  "unclassified-change": {
    old: withResponses({ "200": { description: "OK", headers: { X: { schema: str() } } } }),
    new: withResponses({ "200": { description: "OK", headers: { Y: { schema: str() } } } }),
  },
};

describe("every rule", () => {
  it("has a case here", () => {
    expect(RULES.map((r) => r.id).filter((id) => !(id in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id} (${rule(id as any).level})`, () => {
      const d = diffSlices(c.old, c.new, { from: "9.8", to: "9.9" });
      const hit = d.changes.filter((x) => x.id === id);
      expect(hit.length, JSON.stringify(d.changes, null, 1)).toBeGreaterThan(0);
      expect(hit[0]!.level).toBe(rule(id as any).level);
      if (c.path) expect(hit[0]!.path).toBe(c.path);
      expect(hit[0]!.message).toBeTruthy();
      // The same documents compared with themselves: nothing.
      expect(diffSlices(c.new, c.new, { from: "9.9", to: "9.9" }).changes).toEqual([]);
    });
  }
});

describe("direction", () => {
  it("judges the same fact by direction: a request maxLength decrease breaks, the increase does not", () => {
    const [a, b] = [reqApi(obj({ n: str({ maxLength: 64 }) })), reqApi(obj({ n: str({ maxLength: 32 }) }))];
    expect(diffSlices(a, b, { from: "9.8", to: "9.9" }).changes.map((c) => [c.id, c.level])).toEqual([["request-max-length-decreased", "breaking"]]);
    expect(diffSlices(b, a, { from: "9.9", to: "9.8" }).changes.map((c) => [c.id, c.level])).toEqual([["request-max-length-increased", "info"]]);
  });
  it("an added enum value is info in requests and a warning in responses", () => {
    const e1 = str({ enum: ["x"] });
    const e2 = str({ enum: ["x", "y"] });
    expect(diffSlices(reqApi(obj({ n: e1 })), reqApi(obj({ n: e2 })), { from: "9.8", to: "9.9" }).changes[0]!.level).toBe("info");
    expect(diffSlices(resApi(obj({ n: e1 })), resApi(obj({ n: e2 })), { from: "9.8", to: "9.9" }).changes[0]!.level).toBe("warning");
  });
  it("reports an added object, not its sub-properties", () => {
    const d = diffSlices(resApi(obj({ a: str() })), resApi(obj({ a: str(), b: obj({ c: str(), d: str() }) })), { from: "9.8", to: "9.9" });
    expect(d.changes.map((c) => c.path)).toEqual(["b"]);
  });
  it("names nested and array paths", () => {
    const d = diffSlices(resApi(obj({ records: { type: "array", items: obj({ n: str() }) } })), resApi(obj({ records: { type: "array", items: obj({}) } })), { from: "9.8", to: "9.9" });
    expect(d.changes.map((c) => [c.id, c.path, c.location])).toEqual([["response-property-removed", "records[].n", "response-body:200"]]);
  });
  it("labels the direction from the releases", () => {
    expect(diffSlices(api(), api(), { from: "9.10", to: "9.9" }).direction).toBe("downgrade");
    expect(diffSlices(api(), api(), { from: "9.9", to: "9.10" }).direction).toBe("upgrade");
    expect(diffSlices(api(), api(), { from: "9.9", to: "9.9" }).direction).toBe("same");
  });
  it("survives recursive schemas", () => {
    const tree = { node: obj({ name: str(), children: { type: "array", items: ref("node") } }) };
    const tree2 = { node: obj({ name: str({ maxLength: 3 }), children: { type: "array", items: ref("node") } }) };
    const d = diffSlices(resApi(ref("node"), { schemas: tree }), resApi(ref("node"), { schemas: tree2 }), { from: "9.8", to: "9.9" });
    expect(d.changes.map((c) => [c.id, c.path])).toEqual([["response-max-length-decreased", "name"]]);
  });
});
