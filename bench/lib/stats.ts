// Timing helpers: medians, interleaved (ABAB…) rounds, and a shared figure shape.
// Shared, noisy machines: nothing here asserts a time; figures compare runs made side by side.

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Inter-quartile spread relative to the median, as a noise indicator. */
export const spread = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))]!;
  return (q(0.75) - q(0.25)) / median(xs);
};

export type Task = () => unknown | Promise<unknown>;

/**
 * Runs every task `rounds` times in interleaved order (A B C, A B C, … with the order rotated each
 * round so no task always follows another), each sample being `inner` calls, and returns the
 * per-call times in ms of every sample per task. `warmup` rounds are run first and discarded.
 */
export async function interleave(
  tasks: Record<string, Task>,
  { rounds, inner = 1, warmup = 2 }: { rounds: number; inner?: number; warmup?: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(tasks);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = -warmup; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + Math.max(r, 0)) % names.length]!);
    for (const name of order) {
      const fn = tasks[name]!;
      const t0 = performance.now();
      for (let i = 0; i < inner; i++) {
        const v = fn();
        if (v instanceof Promise) await v;
      }
      const per = (performance.now() - t0) / inner;
      if (r >= 0) out[name]!.push(per);
    }
  }
  return out;
}

/**
 * The median of the per-round ratios a[i] / b[i] of two contenders of one interleave run. Samples
 * of one round were taken moments apart, so load that comes and goes on a shared machine weighs on
 * both sides of each ratio alike; a ratio of the two overall medians mixes rounds of different load.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`pairedRatio: ${a.length} vs ${b.length} samples`);
  return median(a.map((x, i) => x / b[i]!));
}

/** Same as interleave, for synchronous tasks (no await in the loop). */
export function interleaveSync(
  tasks: Record<string, () => unknown>,
  { rounds, inner = 1, warmup = 2 }: { rounds: number; inner?: number; warmup?: number },
): Record<string, number[]> {
  const names = Object.keys(tasks);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  let sink = 0;
  for (let r = -warmup; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + Math.max(r, 0)) % names.length]!);
    for (const name of order) {
      const fn = tasks[name]!;
      const t0 = performance.now();
      for (let i = 0; i < inner; i++) if (fn()) sink++;
      const per = (performance.now() - t0) / inner;
      if (r >= 0) out[name]!.push(per);
    }
  }
  if (sink === -1) console.log(sink);
  return out;
}

/** One line of the results table. */
export interface Figure {
  /** e.g. "guards 9.10: isX vs ajv throughput" */
  name: string;
  /** Human text of what was measured, e.g. "1.2 M/s vs 0.6 M/s". */
  measured: string;
  /** The compared ratio (rounded in the table). */
  ratio: number;
  /** e.g. "≥ 1.5×". */
  target: string;
  /** Whether the target is met; undefined for informational lines. */
  ok?: boolean;
}

export const fmtMs = (ms: number): string =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`;
export const fmtBytes = (b: number): string => (Math.abs(b) >= 1024 ? `${(b / 1024).toFixed(2)} kB` : `${b} B`);
export const fmtRate = (perSec: number): string =>
  perSec >= 1e6 ? `${(perSec / 1e6).toFixed(2)} M/s` : perSec >= 1e3 ? `${(perSec / 1e3).toFixed(1)} k/s` : `${perSec.toFixed(0)}/s`;
