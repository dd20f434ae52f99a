import { fail } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { Clock } from "./retry.js";

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

/** The uuid of whatever a caller hands over as a job (see JobRef), if it names one. */
export function jobUuid(ref: unknown): string | undefined {
  if (typeof ref === "string") return ref || undefined;
  if (typeof ref !== "object" || ref === null) return undefined;
  const r = ref as { data?: unknown; job?: unknown; uuid?: unknown; _links?: { self?: { href?: unknown } } };
  if ("data" in r && !("job" in r) && !("uuid" in r)) return jobUuid(r.data);
  if (r.job !== undefined) return jobUuid(r.job);
  if (typeof r.uuid === "string" && r.uuid) return r.uuid;
  const href = r._links?.self?.href;
  return typeof href === "string" ? /\/cluster\/jobs\/([^/?#]+)/.exec(href)?.[1] : undefined;
}

/** What polling needs: one `GET /cluster/jobs/{uuid}` (its secrets redacted by `redactor`), and time. */
export interface JobPoller {
  get(uuid: string, signal: AbortSignal | undefined, redactor: Redactor): Promise<OntapJob>;
  clock: Clock;
}

/**
 * `GET /cluster/jobs/{uuid}` until `success` (returns the job) or `failure` (throws JobFailedError),
 * with backoff, bounded by time and a signal. `redactor` knows the secrets of the request that
 * started the job, since its message may echo one.
 */
export async function waitForJob({ get, clock }: JobPoller, ref: JobRef, options: JobWaitOptions, redactor: Redactor): Promise<OntapJob> {
  const uuid = jobUuid(ref);
  if (!uuid) throw new TypeError("waitForJob needs a 202 result, its body, a job or a job uuid");
  const { timeoutMs = 300_000, initialDelayMs = 500, maxDelayMs = 5_000, signal } = options;
  const deadline = clock.now() + timeoutMs;
  for (let delay = initialDelayMs; ; delay = Math.min(delay * 2, maxDelayMs)) {
    signal?.throwIfAborted();
    const job = await get(uuid, signal, redactor);
    if (job.state === "success") return job;
    if (job.state === "failure") {
      const message = redactor.text(String(job.message ?? ""));
      throw fail(
        `ONTAP job ${uuid}${job.description ? ` (${redactor.text(job.description)})` : ""} failed` +
          `${job.code === undefined ? "" : ` with code ${job.code}`}: ${message}`,
        { kind: "job-failed", jobUuid: uuid, code: job.code === undefined ? undefined : Number(job.code), jobMessage: message, job: redactor.value(job) },
      );
    }
    const left = deadline - clock.now();
    if (left <= 0) {
      throw fail(`ONTAP job ${uuid} still ${job.state ?? "unknown"} after ${timeoutMs} ms`, {
        kind: "timeout",
        timeoutMs,
        phase: "job",
        method: "GET",
        path: `/cluster/jobs/${uuid}`,
      });
    }
    await clock.sleep(Math.min(delay, left), signal);
  }
}
