// Figure: the published CLI's start-up. `ontap-sec --help` and `ontap-sec diff 9.14 9.15`, run as
// users get them (packages/cli packed by `pnpm pack`, unpacked outside the workspace, bin run with
// node), side by side with `openapi-typescript --help` (its bin, run with node) in interleaved
// rounds; medians of wall time. Peak memory is each process's max RSS, read by /usr/bin/time
// (GNU time -f %M) around every run, or, where that is missing, by a hook in the child reporting
// process.resourceUsage().maxRSS at exit; the figure is the largest seen over all rounds.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { installPackedCli } from "../lib/packed-cli.js";
import { ROOT } from "../lib/paths.js";
import { fmtMs, interleave, median, type Figure } from "../lib/stats.js";

const GNU_TIME = "/usr/bin/time";
// Reports the max RSS (kB) on fd 3 at exit; only used when GNU time is absent.
const RSS_HOOK = `data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>writeSync(3,String(process.resourceUsage().maxRSS)))`;

interface Sample {
  ms: number;
  kb: number;
}

/** Runs `node <args>` to completion (output discarded); wall time in the parent, max RSS of the child. */
function runNode(args: string[], cwd: string, scratch: string): Promise<Sample> {
  const useTime = existsSync(GNU_TIME);
  const rssFile = path.join(scratch, "rss");
  const [cmd, argv] = useTime
    ? [GNU_TIME, ["-f", "%M", "-o", rssFile, process.execPath, ...args]]
    : [process.execPath, ["--import", RSS_HOOK, ...args]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, stdio: ["ignore", "ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let err = "";
    let rss = "";
    child.stderr!.on("data", (d) => (err += d));
    child.stdio[3]!.on("data", (d) => (rss += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`node ${args.join(" ")} exited ${code}: ${err.trim()}`));
      const kb = Number(useTime ? readFileSync(rssFile, "utf8").trim().split("\n").pop() : rss);
      resolve({ ms, kb });
    });
  });
}

const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;

export async function cliFigures(opts: { rounds?: number } = {}): Promise<Figure[]> {
  const rounds = opts.rounds ?? 9;
  const cli = installPackedCli();
  const scratch = mkdtempSync(path.join(tmpdir(), "ontap-sec-bench-cli-"));
  try {
    const ots = path.join(path.dirname(createRequire(path.join(ROOT, "package.json")).resolve("openapi-typescript/package.json")), "bin", "cli.js");
    const samples: Record<string, Sample[]> = { ots: [], help: [], diff: [] };
    const task = (name: string, args: string[]) => async () => {
      samples[name]!.push(await runNode(args, cli.project, scratch));
    };
    await interleave(
      {
        ots: task("ots", [ots, "--help"]),
        help: task("help", [cli.bin, "--help"]),
        diff: task("diff", [cli.bin, "diff", "9.14", "9.15"]),
      },
      { rounds, warmup: 1 },
    );
    // interleave's warm-up round ran the tasks too: drop the first sample of each.
    for (const k of Object.keys(samples)) samples[k]!.shift();
    const wall = (k: string) => median(samples[k]!.map((s) => s.ms));
    const peak = (k: string) => Math.max(...samples[k]!.map((s) => s.kb));
    const [o, h, d] = [wall("ots"), wall("help"), wall("diff")];
    const cliPeak = Math.max(peak("help"), peak("diff"));
    return [
      { name: "cli: ontap-sec --help (packed) vs openapi-typescript --help", measured: `${fmtMs(h)} vs ${fmtMs(o)}`, ratio: h / o, target: "≤ 0.35×", ok: h / o <= 0.35 },
      { name: "cli: ontap-sec diff 9.14 9.15 (packed) vs openapi-typescript --help", measured: `${fmtMs(d)} vs ${fmtMs(o)}`, ratio: d / o, target: "≤ 0.7×", ok: d / o <= 0.7 },
      {
        name: "cli: peak memory (max RSS) of ontap-sec --help / diff, vs openapi-typescript --help",
        measured: `${mib(peak("help"))} / ${mib(peak("diff"))} vs ${mib(peak("ots"))}`,
        ratio: cliPeak / peak("ots"),
        target: "≤ 100 MiB",
        ok: cliPeak <= 100 * 1024,
      },
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(cli.project, { recursive: true, force: true });
  }
}
