// @ontap-sec/client: connect() against the mock of every release, a restricted account (403 on
// /cluster), and clusters older or newer than every package.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startMockOntap, type MockOntap, type MockOntapOptions } from "@ontap-sec/mock";
import {
  connect,
  ConnectError,
  isOntapClientError,
  RELEASES,
  selectRelease,
  type ConnectOptions,
  type ReleaseConnection,
} from "../../packages/client/src/index.js";
import { PACKAGES_DIR, REPO_ROOT, specReleases } from "../generator/helpers.js";

const PASSWORD = "netapp1!";
const NEWEST = RELEASES[RELEASES.length - 1]!;
const OLDEST = RELEASES[0];

const mocks: MockOntap[] = [];
const conns: { client: { close(): Promise<void> } }[] = [];
afterEach(async () => {
  await Promise.all(conns.splice(0).map((c) => c.client.close()));
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});

async function mock(opts: MockOntapOptions): Promise<MockOntap> {
  const m = await startMockOntap({ tls: true, ...opts });
  mocks.push(m);
  return m;
}

/** A mock that reports `release` while serving the newest package's slice (no package has its spec). */
async function mockOfUnknownRelease(release: string, opts: Partial<MockOntapOptions> = {}): Promise<MockOntap> {
  const spec = JSON.parse(readFileSync(path.join(PACKAGES_DIR, `client-${NEWEST}`, "openapi.json"), "utf8"));
  spec.info["x-ontap-release"] = release;
  return mock({ release, spec, ...opts });
}

function options(m: MockOntap, extra: Partial<ConnectOptions> = {}): ConnectOptions {
  const url = new URL(m.url);
  return { host: url.hostname, port: Number(url.port), auth: { username: "admin", password: PASSWORD }, ca: m.ca!, logger: {}, ...extra };
}

async function connectTo(m: MockOntap, extra: Partial<ConnectOptions> = {}) {
  const c = await connect(options(m, extra));
  conns.push(c);
  return c;
}

const clusterReads = (m: MockOntap) => m.requests.filter((r) => r.url.startsWith("/api/cluster")).length;

describe("the release table", () => {
  it("is the spec's release list, oldest first, each a dependency of the package", async () => {
    expect([...RELEASES]).toEqual(await specReleases());
    const pkg = JSON.parse(readFileSync(path.join(PACKAGES_DIR, "client", "package.json"), "utf8"));
    for (const r of RELEASES) expect(pkg.dependencies[`@ontap-sec/client-${r}`], r).toBe("workspace:^");
  });

  it("selectRelease: a release's own package, the newest for a newer one, none for an older one", () => {
    for (const r of RELEASES) expect(selectRelease(r)).toEqual({ release: r, fallback: false });
    expect(selectRelease("9.99")).toEqual({ release: NEWEST, fallback: true });
    expect(selectRelease("10.0")).toEqual({ release: NEWEST, fallback: true });
    expect(selectRelease("9.7")).toBeUndefined();
    expect(selectRelease("8.3")).toBeUndefined();
    expect(() => selectRelease("9.12.1")).toThrow(/"9\.12\.1" is not an ONTAP release/);
  });
});

describe("connect() against the mock of every release", () => {
  it.each(RELEASES)("%s: picks its own package, whose client answers", async (release) => {
    const m = await mock({ release });
    const c = await connectTo(m);
    expect(c.release).toBe(release);
    expect(c.clusterRelease).toBe(release);
    expect(c.releaseSource).toBe("cluster");
    expect(c.module.release).toBe(release);
    expect(c.client.release).toBe(release);
    expect(c.client.contract).toBe(c.module.contract);
    // /security/ipsec exists in every release with this shape: the oldest package's client type
    // describes the call for all of them (narrowing on one literal release is in the next test).
    const client = c.client as ReleaseConnection<typeof OLDEST>["client"];
    const { data } = await client.GET("/security/ipsec", { params: { query: { fields: ["enabled"] } } });
    expect(typeof data.enabled).toBe("boolean");
    // connect() read the version once; the client it returns does not read it again.
    expect(clusterReads(m)).toBe(1);
  });

  it("narrowed on release, the client is that release's: 9.15 creates a PSK policy and reads it back", async () => {
    const m = await mock({ release: "9.15" });
    const c = await connectTo(m);
    if (c.release !== "9.15") throw new Error(`connected as ${c.release}`);
    const svm = m.state.inventory.svms[0]!.name;
    await c.client.POST("/security/ipsec/policies", {
      body: {
        name: "fleet_p1",
        svm: { name: svm },
        authentication_method: "psk",
        secret_key: "0123456789abcdef0123",
        local_endpoint: { address: "10.10.10.7", netmask: "32" },
        remote_endpoint: { address: "10.10.10.8", netmask: "32" },
      },
    });
    const { data } = await c.client.GET("/security/ipsec/policies", { params: { query: { name: "fleet_p1", fields: ["authentication_method"] } } });
    expect(data.records?.map((p) => p.authentication_method)).toEqual(["psk"]);
    expect(c.module.isErrorCode(Object.keys(c.module.errorCatalog)[0])).toBe(true);
  });
});

describe("a restricted account (403 on GET /cluster)", () => {
  it("with statedRelease: that release's package, marked as stated", async () => {
    const m = await mock({ release: "9.12", clusterForbidden: true });
    const c = await connectTo(m, { statedRelease: "9.12" });
    expect([c.release, c.clusterRelease, c.releaseSource]).toEqual(["9.12", "9.12", "stated"]);
    const { data } = await (c.client as ReleaseConnection<"9.12">["client"]).GET("/security/ipsec/policies");
    expect(Array.isArray(data.records)).toBe(true);
  });

  it("without it: a ConnectError that says to state the release, and no secret", async () => {
    const m = await mock({ release: "9.12", clusterForbidden: true });
    const e = await connect(options(m)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectError);
    expect(isOntapClientError(e)).toBe(true);
    const err = e as ConnectError;
    expect(err.reason).toBe("release-unknown");
    expect(err.message).toMatch(/GET \/api\/cluster is forbidden \(403\).*pass statedRelease/);
    expect(err.name).toBe("ConnectError");
    expect(JSON.stringify(err) + err.message).not.toContain(PASSWORD);
  });

  it("a readable version wins over statedRelease", async () => {
    const m = await mock({ release: "9.11" });
    const c = await connectTo(m, { statedRelease: "9.14" });
    expect([c.release, c.releaseSource]).toEqual(["9.11", "cluster"]);
  });

  it("a malformed statedRelease is refused before any request", async () => {
    const m = await mock({ release: "9.11" });
    await expect(connect(options(m, { statedRelease: "9.11.2" }))).rejects.toThrow(/statedRelease "9\.11\.2" is not an ONTAP release/);
    expect(m.requests).toHaveLength(0);
  });
});

describe("clusters without a package of their own", () => {
  it("newer than every package: served by the newest, with a warning through the logger", async () => {
    const m = await mockOfUnknownRelease("9.99");
    const warnings: string[] = [];
    const c = await connectTo(m, { logger: { warn: (msg) => warnings.push(msg) } });
    expect([c.release, c.clusterRelease, c.releaseSource]).toEqual([NEWEST, "9.99", "cluster"]);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`runs ONTAP 9\\.99, newer than ${NEWEST.replace(".", "\\.")}.*@ontap-sec/client-${NEWEST}`))]);
    const { data } = await (c.client as ReleaseConnection<typeof OLDEST>["client"]).GET("/security/ipsec");
    expect(typeof data.enabled).toBe("boolean");
  });

  it('newer, with newerCluster: "refuse": a ConnectError naming both releases', async () => {
    const m = await mockOfUnknownRelease("9.99");
    const e = await connect(options(m, { newerCluster: "refuse" })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectError);
    expect((e as ConnectError).reason).toBe("newer");
    expect((e as ConnectError).clusterRelease).toBe("9.99");
    expect((e as ConnectError).message).toContain(`9.99, newer than ${NEWEST}`);
  });

  it(`older than ${OLDEST}: refused with a ConnectError`, async () => {
    const m = await mockOfUnknownRelease("9.7");
    const e = await connect(options(m)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConnectError);
    expect((e as ConnectError).reason).toBe("older");
    expect((e as ConnectError).message).toMatch(new RegExp(`runs ONTAP 9\\.7, older than ${OLDEST.replace(".", "\\.")}.*not supported`));
    expect((e as ConnectError).releases).toEqual(RELEASES);
  });

  it("an older cluster is refused even when the account may not read its version and states it", async () => {
    const m = await mockOfUnknownRelease("9.7", { clusterForbidden: true });
    await expect(connect(options(m, { statedRelease: "9.7" }))).rejects.toMatchObject({ reason: "older", clusterRelease: "9.7" });
  });
});

describe("loading", () => {
  it("importing @ontap-sec/client loads no release package; connect() loads exactly the cluster's", () => {
    // In a child process, so that the module loader starts empty; a resolve hook there lists what it resolves.
    const release = RELEASES[Math.floor(RELEASES.length / 2)]!;
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(import.meta.dirname, "fixtures/loaded-packages.ts"), release], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ beforeConnect: [], afterConnect: [`client-${release}`], release });
  });
});
