import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { SPEC_ROOT } from "../paths.js";
import { loadCheckedSpec } from "../spec/check-spec.js";
import { sliceSpec } from "../slice/slice-spec.js";
import { requireRelease } from "./release-option.js";
import { diffSlices } from "../diff/diff-slices.js";
import { hasLevel, type DiffResult } from "../diff/model.js";
import { renderText } from "../diff/render-text.js";
import { renderMarkdown } from "../diff/render-md.js";
import { renderJson } from "../diff/render-json.js";
import { renderHtml } from "../diff/render-html.js";
import type { Level } from "../diff/rules.js";

type Format = "text" | "md" | "json" | "html";

export function renderDiff(d: DiffResult, format: Format, opts: { colour?: boolean } = {}): string {
  switch (format) {
    case "md":
      return renderMarkdown(d);
    case "json":
      return renderJson(d);
    case "html":
      return renderHtml(d);
    default:
      return renderText(d, opts);
  }
}

export function registerDiff(program: Command) {
  program
    .command("diff")
    .description(
      "Compare two releases' slices and list every change, judged for a client written against <from> running against <to> (a reversed range is a downgrade). Rules: generator/src/diff/RULES.md.",
    )
    .argument("<from>", "release the client was written against, e.g. 9.9")
    .argument("<to>", "release it runs against, e.g. 9.10")
    .addOption(new Option("--format <format>", "output format").choices(["text", "md", "json", "html"]).default("text"))
    .addOption(new Option("--fail-on <level>", "exit 1 when a change at this level or above exists").choices(["breaking", "warning"]))
    .option("--out <file>", "write to this file instead of standard output")
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .action(async (fromArg: string, toArg: string, opts: { format: Format; failOn?: Level; out?: string; spec: string }) => {
      const { spec, releases } = await loadCheckedSpec(opts.spec);
      const from = requireRelease(fromArg, releases);
      const to = requireRelease(toArg, releases);
      const a = sliceSpec(spec.root, from);
      const b = from === to ? a : sliceSpec(spec.root, to);
      const result = diffSlices(a, b, { from, to });
      const text = renderDiff(result, opts.format, { colour: !opts.out && process.stdout.isTTY && !process.env.NO_COLOR });
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
      if (opts.failOn && hasLevel(result.changes, opts.failOn)) {
        if (opts.out || opts.format !== "text") console.error(`ontap-sec diff: ${result.summary.breaking} breaking, ${result.summary.warning} warning (--fail-on ${opts.failOn})`);
        process.exitCode = 1;
      }
    });
}
