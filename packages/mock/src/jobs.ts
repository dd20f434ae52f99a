// Asynchronous writes: a job moves queued → running → success (or failure), driven either by the
// number of times it was read (default, deterministic) or by elapsed time.
import { mulberry32, uuidFrom } from "./state/rng.js";

export type JobState = "queued" | "running" | "paused" | "success" | "failure";

export interface JobOptions {
  /** "polls": each GET of the job advances it (default). "time": it advances with the clock. */
  mode?: "polls" | "time";
  /** Polls (mode "polls") that answer queued, then running. Defaults 1 and 1. */
  queuedPolls?: number;
  runningPolls?: number;
  /** Milliseconds (mode "time") spent queued, then running. Defaults 50 and 100. */
  queuedMs?: number;
  runningMs?: number;
}

export interface JobOutcome {
  /** End in failure with this code and message instead of success. */
  fail?: { code: number; message: string };
  /** Never finish (stays running). */
  hang?: boolean;
}

export interface Job {
  uuid: string;
  description: string;
  polls: number;
  createdAt: number;
  startTime: string;
  endTime?: string;
  final?: JobState;
  outcome: JobOutcome;
  apply: () => void;
}

export interface JobView {
  uuid: string;
  description: string;
  state: JobState;
  message: string;
  code: number;
  start_time: string;
  end_time?: string;
  _links: { self: { href: string } };
}

export class JobStore {
  readonly jobs = new Map<string, Job>();
  private readonly rand: () => number;

  constructor(
    seed: number,
    private readonly opts: JobOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.rand = mulberry32(seed ^ 0x0b0b);
  }

  create(description: string, apply: () => void, outcome: JobOutcome = {}): Job {
    const uuid = uuidFrom(this.rand);
    const t = this.now();
    const job: Job = { uuid, description, polls: 0, createdAt: t, startTime: new Date(t).toISOString(), outcome, apply };
    this.jobs.set(uuid, job);
    return job;
  }

  /** Runs a job to its end at once (a write with return_timeout that the job finishes within). */
  finish(job: Job): JobState {
    if (job.final) return job.final;
    if (job.outcome.hang) return "running";
    return this.complete(job);
  }

  private complete(job: Job): JobState {
    if (job.outcome.fail) job.final = "failure";
    else {
      job.apply();
      job.final = "success";
    }
    job.endTime = new Date(this.now()).toISOString();
    return job.final;
  }

  private stateOf(job: Job, advance: boolean): JobState {
    if (job.final) return job.final;
    const mode = this.opts.mode ?? "polls";
    let phase: "queued" | "running" | "done";
    if (mode === "polls") {
      if (advance) job.polls++;
      const q = this.opts.queuedPolls ?? 1;
      const r = this.opts.runningPolls ?? 1;
      phase = job.polls <= q ? "queued" : job.polls <= q + r ? "running" : "done";
    } else {
      const dt = this.now() - job.createdAt;
      const q = this.opts.queuedMs ?? 50;
      const r = this.opts.runningMs ?? 100;
      phase = dt < q ? "queued" : dt < q + r ? "running" : "done";
    }
    if (phase === "done") return job.outcome.hang ? "running" : this.complete(job);
    return phase;
  }

  /** The job as GET /api/cluster/jobs/{uuid} shows it (a read advances a poll-driven job). */
  view(uuid: string, advance = true): JobView | undefined {
    const job = this.jobs.get(uuid);
    if (!job) return undefined;
    const state = this.stateOf(job, advance);
    const failed = state === "failure";
    return {
      uuid,
      description: job.description,
      state,
      message: failed ? job.outcome.fail!.message : state === "success" ? "success" : state === "queued" ? "Queued" : "Running",
      code: failed ? job.outcome.fail!.code : 0,
      start_time: job.startTime,
      ...(job.endTime ? { end_time: job.endTime } : {}),
      _links: { self: { href: `/api/cluster/jobs/${uuid}` } },
    };
  }
}
