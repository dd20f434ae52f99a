import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareReleases, OntapError, ReleaseMismatchError, releaseFromVersion } from "../../packages/runtime/src/index.ts";
import { checkRelease, detectRelease, type ReleaseSource } from "../../packages/runtime/src/release.ts";
import { captureLog, makeClient, ontapError, send, serve, type TestServer } from "./helpers.ts";

let cluster: { version?: unknown } | "forbidden" | "down" = { version: { generation: 9, major: 12, minor: 1, full: "NetApp Release 9.12.1: Wed Feb 01 2023" } };
let server: TestServer;
beforeAll(async () => {
  server = await serve((req, res) => {
    if (req.url.startsWith("/api/cluster")) {
      if (cluster === "forbidden") return ontapError(res, 403, "6", "not authorized for that command");
      if (cluster === "down") return ontapError(res, 500, "65552", "RPC failure");
      return send(res, 200, cluster);
    }
    send(res, 200, { records: [], num_records: 0 });
  });
});
afterAll(() => server.close());

const v912 = { version: { generation: 9, major: 12, minor: 1, full: "NetApp Release 9.12.1: Wed Feb 01 2023" } };
const userCalls = () => server.requests.filter((r) => !r.url.startsWith("/api/cluster"));
const clusterCalls = () => server.requests.filter((r) => r.url.startsWith("/api/cluster"));
function reset(c: typeof cluster): void {
  cluster = c;
  server.requests.length = 0;
}

describe("detectRelease", () => {
  it("reads generation.major from GET /cluster?fields=version", async () => {
    reset(v912);
    const client = await makeClient(server);
    expect(await client.detectRelease()).toBe("9.12");
    expect(server.requests[0]!.url).toBe("/api/cluster?fields=version");
  });

  it("falls back to the stated release when the role may not read /cluster (403)", async () => {
    reset("forbidden");
    const client = await makeClient(server, { statedRelease: "9.10" });
    expect(await client.detectRelease()).toBe("9.10");
  });

  it("rethrows the 403 when no release was stated, and other errors always", async () => {
    reset("forbidden");
    const client = await makeClient(server);
    const err = await client.detectRelease().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OntapError);
    expect((err as OntapError).status).toBe(403);
    reset("down");
    await expect((await makeClient(server, { statedRelease: "9.8" })).detectRelease()).rejects.toBeInstanceOf(OntapError);
  });

  it("parses versions", () => {
    expect(releaseFromVersion({ generation: 9, major: 8, minor: 0 })).toBe("9.8");
    expect(releaseFromVersion({ full: "NetApp Release 9.15.1P2: Mon Jun 03 2024" })).toBe("9.15");
    expect(releaseFromVersion({})).toBeUndefined();
    expect(compareReleases("9.9", "9.10")).toBeLessThan(0);
    expect(compareReleases("9.12", "9.12")).toBe(0);
  });
});

describe("releaseCheck", () => {
  it("refuses to send anything to a cluster of another release", async () => {
    reset(v912);
    const client = await makeClient(server, { releaseCheck: "refuse" });
    const err = await client.GET("/security/ipsec/policies").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReleaseMismatchError);
    expect(err).toMatchObject({ clientRelease: "9.8", clusterRelease: "9.12" });
    // a second call refuses again without asking the cluster again
    await expect(client.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(ReleaseMismatchError);
    expect(userCalls()).toHaveLength(0);
    expect(clusterCalls()).toHaveLength(1);
  });

  it("warns once and proceeds in warn mode", async () => {
    reset(v912);
    const log = captureLog();
    const client = await makeClient(server, { releaseCheck: "warn", logger: log.logger });
    await client.GET("/security/ipsec/policies");
    await client.GET("/security/ipsec/policies");
    expect(log.lines.filter((l) => l.startsWith("warn"))).toEqual([
      "warn this client was generated for ONTAP 9.8 but the cluster runs 9.12; fields and values may differ",
    ]);
    expect(userCalls()).toHaveLength(2);
    expect(clusterCalls()).toHaveLength(1);
  });

  it("is silent when the releases match, and skipped when off", async () => {
    reset({ version: { generation: 9, major: 8, minor: 0 } });
    const log = captureLog();
    await (await makeClient(server, { releaseCheck: "refuse", logger: log.logger })).GET("/security/ipsec/policies");
    expect(log.lines.filter((l) => l.startsWith("warn"))).toEqual([]);
    reset(v912);
    await (await makeClient(server, { releaseCheck: "off" })).GET("/security/ipsec/policies");
    expect(clusterCalls()).toHaveLength(0);
  });

  it("uses the stated release on 403: refuses a mismatch, accepts a match", async () => {
    reset("forbidden");
    const wrong = await makeClient(server, { releaseCheck: "refuse", statedRelease: "9.11" });
    await expect(wrong.GET("/security/ipsec/policies")).rejects.toMatchObject({ clusterRelease: "9.11" });
    const right = await makeClient(server, { releaseCheck: "refuse", statedRelease: "9.8" });
    expect((await right.GET("/security/ipsec/policies")).response.status).toBe(200);
  });

  it("on 403 without a stated release, warns and assumes the client's release", async () => {
    reset("forbidden");
    const log = captureLog();
    const client = await makeClient(server, { releaseCheck: "refuse", logger: log.logger });
    expect((await client.GET("/security/ipsec/policies")).response.status).toBe(200);
    expect(log.text()).toContain("cannot read the cluster version (403)");
  });

  it("tries again on the next call when the check itself failed", async () => {
    reset("down");
    const client = await makeClient(server, { releaseCheck: "refuse", retry: false });
    await expect(client.GET("/security/ipsec/policies")).rejects.toMatchObject({ status: 500 });
    cluster = { version: { generation: 9, major: 8, minor: 2 } };
    expect((await client.GET("/security/ipsec/policies")).response.status).toBe(200);
    expect(clusterCalls()).toHaveLength(2);
  });
});

describe("checkRelease (alone)", () => {
  const answer = (version: unknown) => async () => ({ data: { version }, response: new Response(null, { status: 200 }) });
  const source = (over: Partial<ReleaseSource>): ReleaseSource & { lines: string[] } => {
    const lines: string[] = [];
    return { release: "9.12", releaseCheck: "warn", log: (level, message) => void lines.push(`${level}: ${message}`), getCluster: answer({ generation: 9, major: 12 }), lines, ...over };
  };

  it("passes a matching cluster silently, warns or refuses on another", async () => {
    const same = source({});
    await checkRelease(same);
    expect(same.lines).toEqual([]);
    const other = source({ getCluster: answer({ generation: 9, major: 14 }) });
    await checkRelease(other);
    expect(other.lines).toEqual(["warn: this client was generated for ONTAP 9.12 but the cluster runs 9.14; fields and values may differ"]);
    await expect(checkRelease(source({ releaseCheck: "refuse", getCluster: answer({ generation: 9, major: 14 }) }))).rejects.toMatchObject({
      kind: "release-mismatch",
      clientRelease: "9.12",
      clusterRelease: "9.14",
    });
  });

  it("takes the stated release when GET /cluster is forbidden", async () => {
    const forbidden = async (): Promise<never> => {
      throw new OntapError({ status: 403, code: "6", ontapMessage: "no", arguments: [], method: "GET", path: "/cluster" });
    };
    expect(await detectRelease(source({ getCluster: forbidden, statedRelease: "9.11" }))).toBe("9.11");
    await expect(detectRelease(source({ getCluster: forbidden }))).rejects.toBeInstanceOf(OntapError);
    await expect(detectRelease(source({ getCluster: answer({}) }))).rejects.toMatchObject({ kind: "invalid-response" });
  });
});
