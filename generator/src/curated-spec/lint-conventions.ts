// House rules the generated packages rely on: request bodies are JSON, responses HAL+JSON, and
// every body schema is a named component (so each has a guard and a type name).
import { isObject } from "@ontap-sec/slice-model";
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "./load-spec.js";
import { componentSchemas } from "./spec-nodes.js";
import { HTTP_METHODS } from "./walk-spec.js";

const REQUEST_MEDIA_TYPE = "application/json";
const RESPONSE_MEDIA_TYPE = "application/hal+json";

export function lintConventions(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const named = new Set<unknown>(Object.values(componentSchemas(spec.root)));
  const report = (node: object, keys: (string | number)[], rule: string, message: string) =>
    out.push({ ...spec.locate(node, ...keys), rule, message });

  const checkContent = (content: unknown, expected: string, what: string) => {
    if (!isObject(content)) return;
    for (const [mt, media] of Object.entries(content)) {
      if (mt !== expected) report(content, [mt], "body-media-type", `${what} must use ${expected}, not ${mt}`);
      const schema = isObject(media) ? media.schema : undefined;
      if (isObject(schema) && !named.has(schema))
        report(media as object, ["schema"], "body-schema-unnamed", `${what} schema must be a $ref to a schema listed under components.schemas`);
    }
  };

  for (const item of Object.values(isObject(spec.root.paths) ? spec.root.paths : {}))
    for (const m of HTTP_METHODS) {
      const op = isObject(item) ? item[m] : undefined;
      if (!isObject(op)) continue;
      checkContent(isObject(op.requestBody) ? op.requestBody.content : undefined, REQUEST_MEDIA_TYPE, "a request body");
      for (const [code, resp] of Object.entries(isObject(op.responses) ? op.responses : {}))
        if (/^2/.test(code)) checkContent(isObject(resp) ? resp.content : undefined, RESPONSE_MEDIA_TYPE, `a ${code} response`);
    }
  return out;
}
