// Every example of every slice passes its release's generated guard: request examples against the
// body's create/modify component, response examples against the read component.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../generator/src/generate/model.js";
import { packageDir, specReleases } from "./helpers.js";

const releases = await specReleases();

describe("spec examples pass the generated guards", () => {
  for (const r of releases)
    it(`ONTAP ${r}`, { timeout: 120_000 }, async () => {
      const slice = JSON.parse(readFileSync(path.join(packageDir(r), "openapi.json"), "utf8"));
      const guards: { validators: Record<string, (v: unknown) => { path: string; message: string }[]> } = await import(
        pathToFileURL(path.join(packageDir(r), "src", "guards.ts")).href
      );
      const model = buildModel(slice);
      const problems: string[] = [];
      let checked = 0;
      for (const op of model.operations) {
        const bodies = [...(op.requestBody ? [["request", op.requestBody] as const] : []), ...Object.entries(op.allBodies).map(([st, b]) => [st, b] as const)];
        for (const [where, body] of bodies) {
          const validate = guards.validators[body.component];
          expect(validate, `${r} ${op.key}: no validator for ${body.component}`).toBeTypeOf("function");
          for (const ex of body.examples) {
            checked++;
            for (const p of validate!(ex.value)) problems.push(`${op.key} ${where} example "${ex.name}" (${body.component}): ${p.path} ${p.message}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    });
});
