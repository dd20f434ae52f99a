// `pnpm bench [--only guards,client,generation,size,typecheck,pagination,cli] [--results]`
// Runs the figures (each compares its contenders side by side in the same run and prints ratios;
// nothing here is a timed test) and prints one line per figure: measured, ratio, target, ✓/✗.
// --results also writes bench/RESULTS.md with the machine's description.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cliFigures } from "./figures/cli.js";
import { clientFigures } from "./figures/client.js";
import { generationFigures } from "./figures/generation.js";
import { guardsFigures } from "./figures/guards.js";
import { paginationFigures } from "./figures/pagination.js";
import { sizeFigures } from "./figures/size.js";
import { typecheckFigures } from "./figures/typecheck.js";
import { describeMachine, machineLine } from "./lib/machine.js";
import { ROOT } from "./lib/paths.js";
import { fmtMs, type Figure } from "./lib/stats.js";

export const FIGURES: Record<string, () => Promise<Figure[]>> = {
  guards: () => guardsFigures(),
  client: () => clientFigures(),
  generation: async () => (await generationFigures()).figures,
  size: async () => (await sizeFigures()).figures,
  typecheck: () => typecheckFigures(),
  pagination: () => paginationFigures(),
  cli: () => cliFigures(),
};

const mark = (f: Figure) => (f.ok === undefined ? "·" : f.ok ? "✓" : "✗");
const ratio = (f: Figure) => `${f.ratio.toFixed(2)}×`;

export function table(figures: Figure[]): string {
  const rows = [["figure", "measured", "ratio", "target", ""], ...figures.map((f) => [f.name, f.measured, ratio(f), f.target, mark(f)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n");
}

export function markdown(figures: Figure[]): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [
    "| figure | measured | ratio | target | |",
    "| --- | --- | --- | --- | --- |",
    ...figures.map((f) => `| ${esc(f.name)} | ${esc(f.measured)} | ${ratio(f)} | ${esc(f.target)} | ${mark(f)} |`),
  ].join("\n");
}

/**
 * The exit code of a run: 1 when a figure missed its target, else 0. Information figures
 * (`ok` undefined) never fail a run, however they come out.
 */
export const exitCode = (figures: readonly Figure[]): 0 | 1 => (figures.some((f) => f.ok === false) ? 1 : 0);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--only");
  const only = at >= 0 ? args[at + 1]!.split(",") : Object.keys(FIGURES);
  const unknown = only.filter((k) => !FIGURES[k]);
  if (unknown.length) throw new Error(`unknown figure(s) ${unknown.join(", ")}; known: ${Object.keys(FIGURES).join(", ")}`);
  const machine = describeMachine();
  console.log(`ontap-sec bench · ${machineLine(machine)}`);
  const all: Figure[] = [];
  const t0 = performance.now();
  for (const name of only) {
    const t = performance.now();
    process.stdout.write(`… ${name}`);
    const figures = await FIGURES[name]!();
    process.stdout.write(` (${fmtMs(performance.now() - t)})\n`);
    all.push(...figures);
  }
  console.log(`\n${table(all)}\n\ntotal ${fmtMs(performance.now() - t0)}`);
  if (args.includes("--results")) {
    // The hand-written part (after the notes marker) is kept across runs.
    const file = path.join(ROOT, "bench/RESULTS.md");
    const MARK = "<!-- notes: kept by pnpm bench --results -->";
    const old = existsSync(file) ? readFileSync(file, "utf8") : "";
    const notes = old.includes(MARK) ? old.slice(old.indexOf(MARK)) : `${MARK}\n`;
    const m = machine;
    writeFileSync(
      file,
      `# Benchmark results\n\nA run of \`pnpm bench --results\` (${only.join(", ")}), ${fmtMs(performance.now() - t0)} in all.\n\n` +
        `| machine | |\n| --- | --- |\n| nproc | ${m.nproc} |\n| CPU | ${m.cpu} |\n| memory | ${m.memory} |\n| Node | ${m.node} |\n| OS | ${m.platform} |\n| date | ${m.date} |\n\n` +
        `${markdown(all)}\n\n${notes}`,
    );
    console.log(`table written to ${path.relative(ROOT, file)} (machine: ${machineLine(machine)})`);
  }
  const missed = all.filter((f) => f.ok === false);
  if (missed.length) console.log(`✗ ${missed.length} target${missed.length === 1 ? "" : "s"} missed: ${missed.map((f) => f.name).join("; ")}`);
  process.exitCode = exitCode(all);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("bench/run.ts")) await main();
