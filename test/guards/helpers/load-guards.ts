// Test helpers: the real release slices, their emitted guards compiled to JavaScript and imported,
// and ajv validators compiled from the same slices.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { loadCheckedSpec } from "../../../generator/src/curated-spec/check-spec.js";
import { sliceSpec } from "../../../generator/src/slice/slice-spec.js";
import { SPEC_ROOT } from "../../../generator/src/paths.js";
import { emitGuards } from "../../../generator/src/generate/guards/index.js";

// ajv-formats is CommonJS; its module object carries the plugin as `.default` under ESM and in its types.
const addFormats = addFormatsModule.default;

export interface Problem {
  path: string;
  message: string;
}

/** The emitted guards module, loosely typed. */
export type GuardsModule = Record<string, any> & { validators: Record<string, (v: unknown) => Problem[]> };

let slices: Promise<Map<string, any>> | undefined;

/** Every release's slice of the real spec (loaded once per test file). */
export function realSlices(): Promise<Map<string, any>> {
  slices ??= (async () => {
    const { spec, releases } = await loadCheckedSpec(SPEC_ROOT);
    return new Map(releases.map((r) => [r, sliceSpec(spec.root, r)]));
  })();
  return slices;
}

const tmp = mkdtempSync(path.join(tmpdir(), "ontap-sec-guards-"));
let seq = 0;

/** The runtime module the generated guards import their helpers from (its source, as vitest loads it). */
const GUARD_SUPPORT = pathToFileURL(path.resolve(import.meta.dirname, "../../../packages/runtime/src/guard-support.ts")).href;

/**
 * Transpiles guards source (TypeScript) and imports it. It is written to a temporary folder, where
 * `@ontap-sec/runtime` does not resolve: its one runtime import is pointed at guard-support.ts.
 */
export async function importGuards(source: string): Promise<GuardsModule> {
  const js = transformSync(source, { loader: "ts", format: "esm", target: "es2022" }).code.replace(/ from "@ontap-sec\/runtime";/g, ` from ${JSON.stringify(GUARD_SUPPORT)};`);
  const file = path.join(tmp, `guards-${process.pid}-${seq++}.mjs`);
  writeFileSync(file, js);
  const mod = await import(pathToFileURL(file).href);
  // GuardError is the runtime's now; the package re-exports it beside the guards, and so does this.
  const { GuardError } = await import(GUARD_SUPPORT);
  return { ...mod, GuardError } as GuardsModule;
}

export async function guardsFor(slice: any): Promise<{ source: string; mod: GuardsModule }> {
  const source = emitGuards(slice);
  return { source, mod: await importGuards(source) };
}

/** ajv (2020, strict off but strictNumbers on — ±Infinity is no number, as in JSON — formats as ajv-formats checks them, all errors) validators for every component of the slice. */
export function ajvFor(slice: any): Map<string, any> {
  const ajv = new Ajv2020({ strict: false, strictNumbers: true, validateFormats: true, allErrors: true });
  addFormats(ajv);
  const id = "https://ontap-sec.test/slice.json";
  ajv.addSchema({ $id: id, components: slice.components }, id);
  const out = new Map<string, any>();
  for (const name of Object.keys(slice.components?.schemas ?? {})) out.set(name, ajv.compile({ $ref: `${id}#/components/schemas/${name}` }));
  return out;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** ajv's errors as the guard's JSON paths (the missing / additional property appended). */
export function ajvPaths(errors: any[] | null | undefined, data: unknown): Set<string> {
  const out = new Set<string>();
  for (const err of errors ?? []) {
    const segs: string[] =
      err.instancePath === ""
        ? []
        : err.instancePath
            .slice(1)
            .split("/")
            .map((s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let p = "$";
    let cur: any = data;
    for (const s of segs) {
      if (Array.isArray(cur)) p += `[${s}]`;
      else p += IDENT.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
      cur = cur?.[s];
    }
    const extra = err.params?.missingProperty ?? err.params?.additionalProperty;
    if (err.keyword === "required" || err.keyword === "additionalProperties") p += IDENT.test(extra) ? `.${extra}` : `[${JSON.stringify(extra)}]`;
    out.add(p);
  }
  return out;
}
