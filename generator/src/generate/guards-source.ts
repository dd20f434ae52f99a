// src/guards.ts comes from the guards emitter (generator/src/generate/guards/, another module's
// job: emitGuards(slice, {header}) → source). It is looked up at run time so that the generator
// works while it is being written; without it, a placeholder that fails every value is emitted and
// `pnpm generate` says so loudly. The placeholder must never be committed (a test fails on it).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { componentTypeName } from "./emit-types.js";

export type EmitGuards = (slice: any, options: { header?: string }) => string;

export const PLACEHOLDER_MARKER = "ONTAP_SEC_PLACEHOLDER_GUARDS";

const GUARDS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "guards");
const ENTRY_CANDIDATES = ["index.ts", "emit-guards.ts", "index.js"];

let loaded: Promise<EmitGuards | undefined> | undefined;

/** The guards emitter if it exists (cached), else undefined. */
export function findEmitGuards(): Promise<EmitGuards | undefined> {
  loaded ??= (async () => {
    for (const f of ENTRY_CANDIDATES) {
      const file = path.join(GUARDS_DIR, f);
      if (!existsSync(file)) continue;
      const mod: any = await import(pathToFileURL(file).href);
      if (typeof mod.emitGuards === "function") return mod.emitGuards as EmitGuards;
    }
    return undefined;
  })();
  return loaded;
}

/** A guards module that rejects everything, so nothing can mistake it for the real one. */
export function placeholderGuards(slice: any, header: string): string {
  const names = Object.keys(slice.components?.schemas ?? {});
  const lines = [
    header,
    `// ${PLACEHOLDER_MARKER}: generator/src/generate/guards/ (emitGuards) is missing. Every guard fails.`,
    `// Local use only; regenerate once the guards emitter exists. Never commit this file.`,
    `import type { ValidationProblem, Validator } from "@ontap-sec/runtime";`,
    ``,
    `const missing: Validator = (): ValidationProblem[] => [{ path: "$", message: "placeholder guard: the guards emitter has not been run" }];`,
    ``,
  ];
  for (const n of names) {
    const X = componentTypeName(n);
    lines.push(
      `export const validate${X}: Validator = missing;`,
      `export function is${X}(_value: unknown): boolean { return false; }`,
      `export function assert${X}(_value: unknown): never { throw new Error("placeholder guard for ${n}: the guards emitter has not been run"); }`,
    );
  }
  lines.push(``, `export const validators: Record<string, Validator> = {`, ...names.map((n) => `  ${JSON.stringify(n)}: validate${componentTypeName(n)},`), `};`, ``);
  return lines.join("\n");
}
