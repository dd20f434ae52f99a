// What `ontap-sec diff` does with a computed diff, shared by the repository's CLI (slices cut from
// the spec) and the published one (slices packed with it), so both print the same bytes.
import { writeFile } from "node:fs/promises";
import { hasLevel, type DiffResult } from "./model.js";
import type { DiffFormat } from "./formats.js";
import { renderDiff } from "./render.js";
import type { Level } from "./rules.js";

export interface DiffOutputOptions {
  format: DiffFormat;
  failOn?: Level;
  out?: string;
}

/** Writes the rendering to --out or stdout; returns the exit code (1 when --fail-on is met). */
export async function emitDiff(result: DiffResult, opts: DiffOutputOptions): Promise<number> {
  const text = renderDiff(result, opts.format, { colour: !opts.out && process.stdout.isTTY && !process.env.NO_COLOR });
  if (opts.out) await writeFile(opts.out, text);
  else process.stdout.write(text);
  if (opts.failOn && hasLevel(result.changes, opts.failOn)) {
    if (opts.out || opts.format !== "text") console.error(`ontap-sec diff: ${result.summary.breaking} breaking, ${result.summary.warning} warning (--fail-on ${opts.failOn})`);
    return 1;
  }
  return 0;
}
