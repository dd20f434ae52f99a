// The type-check figure's consumer calls every operation of a slice with its path parameters and
// the first request example; a required body without an example is reported, not guessed.
import { describe, expect, it } from "vitest";
import type { SliceDocument } from "@ontap-sec/slice-model";
import { consumerCalls } from "../../bench/lib/consumer-calls.js";

const slice = {
  openapi: "3.1.0",
  info: { title: "t", version: "9.16" },
  paths: {
    "/security/roles/{owner.uuid}/{name}/privileges": {
      get: { responses: {} },
      post: {
        requestBody: { required: true, content: { "application/json": { schema: {}, examples: { first: { value: { path: "volume create", access: "all" } } } } } },
        responses: {},
      },
    },
    "/security/audit/destinations/{address}/{port}": {
      parameters: [
        { name: "address", in: "path", required: true, schema: { type: "string" } },
        { name: "port", in: "path", required: true, schema: { type: "integer" } },
      ],
      delete: { responses: {} },
    },
    "/security/accounts": {
      post: { requestBody: { required: true, content: { "application/json": { schema: {} } } }, responses: {} },
    },
  },
} as unknown as SliceDocument;

describe("consumerCalls", () => {
  const calls = consumerCalls(slice);
  it("makes one call per operation, with path parameters and the first example as the body", () => {
    expect(calls.operations).toBe(4);
    expect(calls.code).toContain(`c.DELETE("/security/audit/destinations/{address}/{port}", { params: { path: { "address": "x", "port": 1 } } })`);
    expect(calls.code).toContain(`c.GET("/security/roles/{owner.uuid}/{name}/privileges", { params: { path: { "owner.uuid": "x", "name": "x" } } })`);
    expect(calls.code).toContain(`body: {"path":"volume create","access":"all"}`);
  });
  it("reports a required body without an example", () => {
    expect(calls.withoutExample).toEqual(["POST /security/accounts"]);
    expect(calls.code).toContain(`c.POST("/security/accounts", { body: undefined as never })`);
  });
});
