// connect(): one call for a cluster of any release. It asks the cluster its release (the runtime's
// release detection, over a throwaway client that knows no operation), picks the package of that
// release from the generated table, imports only that one, and hands back its client.
import { createOntapClient, isOntapError, OntapClientError, type OntapClientOptions } from "@ontap-sec/runtime";
import { RELEASES, loadRelease, type KnownRelease, type ReleasePackages } from "./releases.js";

/** What connect() returns for one release: narrow the union on `release` to get its exact types. */
export interface ReleaseConnection<R extends KnownRelease> {
  /** The release of the package serving the cluster (the cluster's own, unless it is newer than every package). */
  readonly release: R;
  /** The release the cluster runs, as read from `GET /cluster` or as stated. */
  readonly clusterRelease: string;
  /** Where `clusterRelease` came from: the cluster, or `statedRelease` because `/cluster` was forbidden. */
  readonly releaseSource: "cluster" | "stated";
  /** The client of `@ontap-sec/client-<release>`, typed exactly for that release. */
  readonly client: ReturnType<ReleasePackages[R]["createClient"]>;
  /** The release package itself: its error codes, guards, `describeError`, `contract`. */
  readonly module: ReleasePackages[R];
}

/** A union discriminated by `release`: `if (c.release === "9.15") c.client.POST(…)` is typed for 9.15. */
export type Connection = { [R in KnownRelease]: ReleaseConnection<R> }[KnownRelease];

export interface ConnectOptions extends Omit<OntapClientOptions, "releaseCheck" | "statedRelease"> {
  /**
   * The release the cluster runs (e.g. "9.12"), for accounts whose role may not read `GET /cluster`
   * (403). Used only then: a readable version always wins.
   */
  statedRelease?: string;
  /**
   * A cluster newer than the newest package: "warn" (default) serves it with the newest package and
   * logs a warning; "refuse" throws a ConnectError instead.
   */
  newerCluster?: "warn" | "refuse";
  /** Aborts the version read. */
  signal?: AbortSignal;
}

export type ConnectErrorReason =
  /** The cluster runs a release older than the oldest package. */
  | "older"
  /** The cluster runs a release newer than the newest package, and `newerCluster: "refuse"`. */
  | "newer"
  /** `GET /cluster` is forbidden (403) and no `statedRelease` was given. */
  | "release-unknown";

/** connect() cannot serve this cluster; `reason` says why. */
export class ConnectError extends OntapClientError {
  declare readonly kind: "connect";
  declare reason: ConnectErrorReason;
  /** The cluster's release, when known. */
  declare clusterRelease?: string;
  /** Releases with a package, oldest first. */
  declare releases: readonly string[];
}

export interface ReleaseChoice {
  /** The package to use. */
  release: KnownRelease;
  /** true when the cluster runs a release that has no package of its own (served by an older one). */
  fallback: boolean;
}

const RELEASE_RE = /^(\d+)\.(\d+)$/;
const parse = (r: string) => {
  const m = RELEASE_RE.exec(r);
  return m ? Number(m[1]) * 1000 + Number(m[2]) : undefined;
};

/**
 * The package for a cluster release: its own, else the newest older one (a cluster newer than every
 * package, or a release the table skips). Undefined for a release older than every package.
 */
export function selectRelease(clusterRelease: string): ReleaseChoice | undefined {
  const n = parse(clusterRelease);
  if (n === undefined) throw new TypeError(`${JSON.stringify(clusterRelease)} is not an ONTAP release such as ${RELEASES.at(-1)}`);
  let best: KnownRelease | undefined;
  for (const r of RELEASES) if (parse(r)! <= n) best = r;
  return best && { release: best, fallback: best !== clusterRelease };
}

const connectError = (message: string, fields: { reason: ConnectErrorReason; clusterRelease?: string }) =>
  new ConnectError(message, { kind: "connect", releases: RELEASES, ...fields });

/**
 * Reads the cluster's release (`GET /api/cluster?fields=version`), imports the package of that
 * release and returns its client. The release check of that client is off: it was just made here.
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  const { statedRelease, newerCluster = "warn", signal, ...clientOptions } = options;
  if (statedRelease !== undefined && !RELEASE_RE.test(statedRelease)) {
    throw new TypeError(`statedRelease ${JSON.stringify(statedRelease)} is not an ONTAP release such as ${RELEASES.at(-1)}`);
  }
  const where = `${options.host}${options.port ? `:${options.port}` : ""}`;
  const { clusterRelease, releaseSource } = await readRelease(clientOptions, statedRelease, signal, where);

  const choice = selectRelease(clusterRelease);
  const oldest = RELEASES[0];
  const newest = RELEASES[RELEASES.length - 1]!;
  if (!choice) {
    throw connectError(`${where} runs ONTAP ${clusterRelease}, older than ${oldest}, the oldest release with a package; it is not supported`, {
      reason: "older",
      clusterRelease,
    });
  }
  if (choice.fallback) {
    const beyond = choice.release === newest;
    const what = beyond ? `newer than ${newest}, the newest release with a package` : `a release without a package of its own`;
    if (newerCluster === "refuse") {
      throw connectError(`${where} runs ONTAP ${clusterRelease}, ${what}; refused (newerCluster: "refuse")`, { reason: "newer", clusterRelease });
    }
    const logger = options.logger;
    const message = `${where} runs ONTAP ${clusterRelease}, ${what}: using @ontap-sec/client-${choice.release}; fields and values added since may be missing from its types`;
    if (logger) logger.warn?.(message);
    else console.warn(`[ontap-sec] ${message}`);
  }

  const module = await loadRelease[choice.release]();
  const client = module.createClient({ ...clientOptions, releaseCheck: "off" });
  return { release: choice.release, clusterRelease, releaseSource, client, module } as Connection;
}

async function readRelease(
  options: Omit<OntapClientOptions, "releaseCheck" | "statedRelease">,
  statedRelease: string | undefined,
  signal: AbortSignal | undefined,
  where: string,
): Promise<{ clusterRelease: string; releaseSource: "cluster" | "stated" }> {
  // A client with an empty contract: the runtime's transport, auth, TLS trust, retries and
  // redaction, without loading any release package. Its release is only used for the runtime's
  // bearer-token warning, which the real client repeats if it applies.
  const probe = createOntapClient({
    ...options,
    releaseCheck: "off",
    contract: { release: RELEASES[RELEASES.length - 1]!, errors: {}, operations: {}, sensitiveFields: [] },
  });
  try {
    return { clusterRelease: await probe.detectRelease(signal ? { signal } : {}), releaseSource: "cluster" };
  } catch (e) {
    if (!isOntapError(e) || e.status !== 403) throw e;
    if (statedRelease) return { clusterRelease: statedRelease, releaseSource: "stated" };
    throw connectError(
      `cannot tell which ONTAP release ${where} runs: GET /api/cluster is forbidden (403) for this account; pass statedRelease (e.g. "${RELEASES.at(-1)}") to connect()`,
      { reason: "release-unknown" },
    );
  } finally {
    await probe.close();
  }
}
