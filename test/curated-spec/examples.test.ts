// Every example the spec carries must be valid in each release it appears in.
import { describe, expect, it } from "vitest";
import { realSlices, sliceValidator } from "./slice-helpers.js";

const { releases, slices } = await realSlices();

interface Example {
  where: string;
  schemaPointer: string;
  value: unknown;
}

function collectExamples(slice: any): Example[] {
  const out: Example[] = [];
  const refPointer = (schema: any) => String(schema.$ref).replace(/^#/, "");
  for (const [p, item] of Object.entries<any>(slice.paths))
    for (const [m, op] of Object.entries<any>(item)) {
      if (m === "parameters") continue;
      for (const [mt, media] of Object.entries<any>(op.requestBody?.content ?? {}))
        for (const [name, ex] of Object.entries<any>(media.examples ?? {}))
          out.push({ where: `${m.toUpperCase()} ${p} request ${mt} "${name}"`, schemaPointer: refPointer(media.schema), value: ex.value });
      for (const [code, resp] of Object.entries<any>(op.responses))
        for (const [mt, media] of Object.entries<any>(resp.content ?? {}))
          for (const [name, ex] of Object.entries<any>(media.examples ?? {}))
            out.push({ where: `${m.toUpperCase()} ${p} ${code} ${mt} "${name}"`, schemaPointer: refPointer(media.schema), value: ex.value });
    }
  // JSON Schema `examples` on component schemas and their properties.
  const walk = (schema: any, pointer: string) => {
    if (!schema || typeof schema !== "object") return;
    if (Array.isArray(schema.examples))
      schema.examples.forEach((v: unknown, i: number) => out.push({ where: `${pointer} examples[${i}]`, schemaPointer: pointer, value: v }));
    for (const [k, v] of Object.entries<any>(schema.properties ?? {})) walk(v, `${pointer}/properties/${k}`);
    if (schema.items) walk(schema.items, `${pointer}/items`);
  };
  for (const name of Object.keys(slice.components.schemas ?? {})) walk(slice.components.schemas[name], `/components/schemas/${name}`);
  return out;
}

describe.each(releases)("examples of release %s", (r) => {
  const slice = slices.get(r)!;
  const examples = collectExamples(slice);
  const validator = sliceValidator(slice);

  it("has media-type examples for requests and responses", () => {
    expect(examples.filter((e) => e.where.includes(" request ")).length).toBeGreaterThan(0);
    expect(examples.filter((e) => / 20\d /.test(e.where)).length).toBeGreaterThan(0);
  });

  it("every example validates against this release's slice", () => {
    const failures = examples
      .map((e) => {
        const v = validator(e.schemaPointer);
        return v(e.value) ? undefined : `${e.where}: ${JSON.stringify(v.errors)}`;
      })
      .filter(Boolean);
    expect(failures).toEqual([]);
  });
});

it("the validator used above rejects an invalid example (it can fail)", async () => {
  const slice = slices.get("9.15")!;
  const v = sliceValidator(slice)("/components/schemas/ipsec_policy_create");
  expect(v({ name: "p1", local_endpoint: {}, remote_endpoint: {}, action: "foo" })).toBe(false);
  expect(v({ name: "p1", local_endpoint: {}, remote_endpoint: {}, action: "bypass" })).toBe(true);
});
