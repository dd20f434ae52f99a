// Job types; polling lives in ./rare.js.

/** `GET /cluster/jobs/{uuid}` as ONTAP returns it. Jobs carry an integer `code`, unlike error bodies. */
export interface OntapJob {
  uuid: string;
  state?: "queued" | "running" | "paused" | "success" | "failure" | (string & {});
  message?: string;
  code?: number;
  description?: string;
  start_time?: string;
  end_time?: string;
  [field: string]: unknown;
}

export interface JobWaitOptions {
  /** Give up after this long (default 5 minutes); users asked for this not to be hard-coded. */
  timeoutMs?: number;
  /** First pause between polls (default 500 ms), doubled each poll up to `maxDelayMs` (default 5 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
}

/** What a 202 hands back: the body (`{job: {uuid, _links}}`), a `{data}` result, a job, or a uuid. */
export type JobRef =
  | string
  | { uuid?: string; _links?: { self?: { href?: string } } }
  | { job?: { uuid?: string; _links?: { self?: { href?: string } } } }
  | { data?: unknown };
