import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkSpec } from "../../generator/src/curated-spec/check-spec.js";

export const MINI_SPEC = path.resolve(import.meta.dirname, "../fixtures/mini-spec");

export interface Mutation {
  /** File inside the mini spec, e.g. "components/widget.yaml". */
  file: string;
  find: string;
  replace: string;
}

/** Copies the mini spec, applies text mutations, and checks it; returns diagnostics and file texts. */
export async function checkMutated(...mutations: Mutation[]) {
  const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-spec-"));
  await cp(MINI_SPEC, dir, { recursive: true });
  const texts = new Map<string, string>();
  for (const m of mutations) {
    const file = path.join(dir, m.file);
    const text = texts.get(m.file) ?? (await readFile(file, "utf8"));
    if (!text.includes(m.find)) throw new Error(`fixture ${m.file} has no ${JSON.stringify(m.find)}`);
    const next = text.replace(m.find, m.replace);
    texts.set(m.file, next);
    await writeFile(file, next);
  }
  const result = await checkSpec(path.join(dir, "openapi.yaml"), dir);
  return { ...result, dir, texts };
}

/** 1-based line of the first occurrence of `marker` in `text`. */
export function lineOf(text: string, marker: string): number {
  const i = text.indexOf(marker);
  if (i < 0) throw new Error(`marker ${JSON.stringify(marker)} not found`);
  return text.slice(0, i).split("\n").length;
}
