import { fail, OntapError } from "./errors.js";
import type { Log } from "./log.js";

/** `{generation: 9, major: 12, minor: 1}` → "9.12": releases are named without the patch level. */
export function releaseFromVersion(version: unknown): string | undefined {
  const v = version as { generation?: unknown; major?: unknown; full?: unknown } | undefined;
  if (typeof v?.generation === "number" && typeof v.major === "number") return `${v.generation}.${v.major}`;
  const match = typeof v?.full === "string" ? /Release (\d+)\.(\d+)/.exec(v.full) : null;
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** Numeric comparison, so "9.9" < "9.10". */
export function compareReleases(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What the release check needs from its client. */
export interface ReleaseSource {
  /** The client's release. */
  release: string;
  /** The release the caller says the cluster runs, used when `GET /cluster` is forbidden. */
  statedRelease?: string | undefined;
  releaseCheck: "off" | "warn" | "refuse";
  /** `GET /cluster?fields=version`. */
  getCluster(signal?: AbortSignal): Promise<{ data: unknown; response: Response }>;
  log: Log;
}

/** "9.12" from `GET /cluster?fields=version`; on 403 the stated release, if any. */
export async function detectRelease(source: ReleaseSource, signal?: AbortSignal): Promise<string> {
  try {
    const { data, response } = await source.getCluster(signal);
    const release = releaseFromVersion((data as { version?: unknown } | undefined)?.version);
    if (!release) {
      throw fail("GET /cluster answered without a readable version", {
        kind: "invalid-response",
        status: response.status,
        method: "GET",
        path: "/cluster?fields=version",
      });
    }
    return release;
  } catch (e) {
    if (e instanceof OntapError && e.status === 403 && source.statedRelease) {
      source.log("info", `GET /cluster is forbidden; using the stated release ${source.statedRelease}`);
      return source.statedRelease;
    }
    throw e;
  }
}

/** Compares the cluster's release with the client's: warns, or throws ReleaseMismatchError ("refuse"). */
export async function checkRelease(source: ReleaseSource): Promise<void> {
  let cluster: string;
  try {
    cluster = await detectRelease(source);
  } catch (e) {
    if (!(e instanceof OntapError) || e.status !== 403) throw e;
    source.log("warn", `cannot read the cluster version (403) and no statedRelease was given; assuming ONTAP ${source.release}`);
    return;
  }
  if (cluster === source.release) return;
  const message = `this client was generated for ONTAP ${source.release} but the cluster runs ${cluster}`;
  if (source.releaseCheck === "refuse") throw fail(message, { kind: "release-mismatch", clientRelease: source.release, clusterRelease: cluster });
  source.log("warn", `${message}; fields and values may differ`);
}
