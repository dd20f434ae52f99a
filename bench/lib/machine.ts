// A description of the machine a run was made on, for bench/RESULTS.md.
import os from "node:os";

export interface Machine {
  nproc: number;
  cpu: string;
  memory: string;
  node: string;
  platform: string;
  date: string;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

export const machineLine = (m: Machine): string =>
  `nproc ${m.nproc} · ${m.cpu} · ${m.memory} RAM · Node ${m.node} · ${m.platform} · ${m.date}`;
