// Figure 6: pagination memory. The mock (this process) serves a 100 000-record collection of
// security associations; a child process (--expose-gc) walks it with the runtime's paginator at
// two page sizes, and once as a naive "collect everything" loop for contrast. The child samples
// heapUsed after a forced GC every half page; the figure is the peak above the heap at the start.
// Streaming should scale with the page size, not with the 100 000 records.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { startMockOntap } from "@ontap-sec/mock";
import { ROOT } from "../lib/paths.js";
import { fmtBytes, fmtMs, type Figure } from "../lib/stats.js";

const run = promisify(execFile);

interface ChildResult {
  records: number;
  kept: number;
  peakAboveStart: number;
  ms: number;
}

export async function paginationFigures(opts: { records?: number; pages?: number[] } = {}): Promise<Figure[]> {
  const records = opts.records ?? 100_000;
  // Not 100: the mock finds a `start.*` cursor by walking its generator from the first record, so
  // 1000 pages of 100 take minutes; 1000 and 5000 show the same scaling in seconds.
  const [small, large] = opts.pages ?? [1000, 5000];
  const mock = await startMockOntap({ release: "9.10", tls: true, seed: { seed: 1, securityAssociations: records } });
  const child = async (mode: "stream" | "collect", page: number): Promise<ChildResult> => {
    const { stdout } = await run(
      process.execPath,
      ["--expose-gc", "--import", "tsx", path.join(ROOT, "bench/figures/pagination-child.ts"), mode, String(page)],
      { cwd: ROOT, env: { ...process.env, MOCK_URL: mock.url, MOCK_CA: mock.ca! }, maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(stdout) as ChildResult;
    if (r.records !== records) throw new Error(`${mode} ${page}: iterated ${r.records} of ${records} records`);
    return r;
  };
  try {
    const s = await child("stream", small!);
    const l = await child("stream", large!);
    const c = await child("collect", small!);
    const perPage = (r: ChildResult, page: number) => r.peakAboveStart / page;
    return [
      {
        name: `pagination: peak heap, pages of ${large} vs ${small} (${records} records)`,
        measured: `${fmtBytes(l.peakAboveStart)} vs ${fmtBytes(s.peakAboveStart)} (${fmtMs(l.ms)}, ${fmtMs(s.ms)})`,
        ratio: l.peakAboveStart / s.peakAboveStart,
        target: "grows with page size",
        // Peak grows with the page, and stays within a few page-worths of records (not 100 000 of them).
        ok: l.peakAboveStart > s.peakAboveStart && l.peakAboveStart < (c.peakAboveStart * 4 * large!) / records,
      },
      {
        name: `pagination: paginator vs collect-all (pages of ${small} both)`,
        measured: `${fmtBytes(s.peakAboveStart)} vs ${fmtBytes(c.peakAboveStart)} (${fmtBytes(perPage(s, small!))} per record of a page)`,
        ratio: s.peakAboveStart / c.peakAboveStart,
        target: "≪ 1× (bounded by a page)",
        ok: s.peakAboveStart * 10 < c.peakAboveStart,
      },
    ];
  } finally {
    await mock.close();
  }
}
