// OpenAPI structure checks of the multi-file source, by Redocly's validator: it knows the OpenAPI
// 3.1 object model and reports each problem with its file and pointer.
import path from "node:path";
import { createConfig, getLineColLocation, lint, type RawUniversalConfig } from "@redocly/openapi-core";
import type { Diagnostic } from "../diagnostics.js";

const RULES = {
  struct: "error",
  "no-unresolved-refs": "error",
  "operation-operationId-unique": "error",
  "operation-operationId": "error",
  "path-parameters-defined": "error",
  "no-identical-paths": "error",
  "spec-components-invalid-map-name": "error",
  "no-path-trailing-slash": "error",
  "operation-2xx-response": "error",
  "no-server-variables-empty-enum": "error",
} as const;

export async function lintStructure(rootPath: string, cwd = process.cwd()): Promise<Diagnostic[]> {
  const config = await createConfig({ rules: { ...RULES } } satisfies RawUniversalConfig);
  const problems = await lint({ ref: rootPath, config });
  return problems
    .filter((p) => p.severity === "error")
    .map((p) => {
      const loc = p.location[0];
      const file = loc?.source?.absoluteRef ?? rootPath;
      let line = 0;
      try {
        if (loc) line = getLineColLocation(loc).start.line;
      } catch {
        // A location Redocly cannot map to text keeps line 0.
      }
      const rel = path.relative(cwd, file);
      return {
        file: rel.startsWith("..") ? file : rel,
        line,
        pointer: (loc?.pointer ?? "#").replace(/^#/, ""),
        rule: `openapi/${p.ruleId}`,
        message: p.message,
      };
    });
}
