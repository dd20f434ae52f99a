import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { PaginationError } from "../../packages/runtime/src/index.ts";
import { hrefPath, paginate } from "../../packages/runtime/src/pagination.ts";
import { makeClient, makeContract, send, serve, type TestServer } from "./helpers.ts";

// A collection of `total` records served `size` per page along `_links.next`, like ONTAP with
// max_records: the next link carries the original query plus a `start.uuid` cursor.
function pageOf(url: URL, total: number, size: number) {
  const start = Number(url.searchParams.get("start.uuid") ?? 0);
  const end = Math.min(start + size, total);
  const records = Array.from({ length: end - start }, (_, i) => ({ uuid: String(start + i), name: `p${start + i}` }));
  const next = new URL(url);
  next.searchParams.set("start.uuid", String(end));
  return {
    records,
    num_records: records.length,
    _links: { self: { href: url.pathname + url.search }, ...(end < total ? { next: { href: next.pathname + next.search } } : {}) },
  };
}

let server: TestServer;
let mode: "small" | "big" | "loop" | "foreign" = "small";
beforeAll(async () => {
  server = await serve((req, res) => {
    const url = new URL(req.url, "https://x");
    if (mode === "small") return send(res, 200, pageOf(url, 7, 3));
    if (mode === "big") return send(res, 200, pageOf(url, 10_000, 100));
    if (mode === "loop") {
      const page = pageOf(url, 100, 3);
      // page 3 points back at page 2, page 5 (of another walk) back at the first page
      if (url.searchParams.get("start.uuid") === "6" && url.searchParams.get("to") !== "first") {
        page._links.next = { href: "/api/security/ipsec/policies?max_records=3&start.uuid=3" };
      }
      if (url.searchParams.get("start.uuid") === "12") page._links.next = { href: "/api/security/ipsec/policies?max_records=3&to=first" };
      return send(res, 200, page);
    }
    return send(res, 200, { records: [{ name: "a" }], _links: { next: { href: "https://evil.example/api/security/ipsec/policies" } } });
  });
});
afterAll(() => server.close());

describe("paginate", () => {
  it("yields every record across pages in order, following next links verbatim", async () => {
    mode = "small";
    const client = await makeClient(server);
    server.requests.length = 0;
    const names: string[] = [];
    for await (const policy of client.paginate("/security/ipsec/policies", { params: { query: { fields: ["name"], max_records: 3 } } })) {
      expectTypeOf(policy.name).toEqualTypeOf<string | undefined>();
      names.push(policy.name!);
    }
    expect(names).toEqual(["p0", "p1", "p2", "p3", "p4", "p5", "p6"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/security/ipsec/policies?fields=name&max_records=3",
      "/api/security/ipsec/policies?fields=name&max_records=3&start.uuid=3",
      "/api/security/ipsec/policies?fields=name&max_records=3&start.uuid=6",
    ]);
    // the auth header goes to every page
    expect(server.requests.every((r) => r.headers["authorization"]?.startsWith("Basic "))).toBe(true);
  });

  it("stops with PaginationError on a repeated next link instead of looping", async () => {
    mode = "loop";
    const client = await makeClient(server);
    const seen: string[] = [];
    const run = async () => {
      for await (const p of client.paginate("/security/ipsec/policies", { params: { query: { max_records: 3 } } })) seen.push(p.name!);
    };
    await expect(run()).rejects.toBeInstanceOf(PaginationError);
    expect(seen).toEqual(["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"]);
    const before = server.requests.length;
    seen.length = 0;
    const back = async () => {
      for await (const p of client.paginate("/security/ipsec/policies", { params: { query: { max_records: 3, to: "first" } as { max_records: number } } })) seen.push(p.name!);
    };
    const err = await back().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaginationError);
    expect((err as PaginationError).href).toBe("/api/security/ipsec/policies?max_records=3&to=first");
    expect(seen).toHaveLength(15);
    expect(server.requests.length - before).toBe(5); // the first page was not fetched again
  });

  it("refuses a next link that leaves the cluster (credentials would follow it)", async () => {
    mode = "foreign";
    const client = await makeClient(server);
    const run = async () => {
      for await (const _ of client.paginate("/security/ipsec/policies")) void _;
    };
    await expect(run()).rejects.toThrow(/refusing to follow https:\/\/evil\.example/);
  });

  it("streams 10k records: a page is fetched only when the previous one is consumed", async () => {
    mode = "big";
    const client = await makeClient(server);
    server.requests.length = 0;
    let count = 0;
    for await (const p of client.paginate("/security/ipsec/policies", { params: { query: { max_records: 100 } } })) {
      expect(p.uuid).toBe(String(count));
      // while record n is being handled, only the pages up to n's have been requested
      expect(server.requests.length).toBe(Math.floor(count / 100) + 1);
      count++;
    }
    expect(count).toBe(10_000);
    expect(server.requests.length).toBe(100);
  });

  it("does not keep earlier pages reachable", async () => {
    mode = "big";
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const pages: WeakRef<object>[] = [];
    // The response validator sees each parsed page; it keeps weak references to the records arrays.
    const contract = makeContract();
    const op = contract.operations["GET /security/ipsec/policies"]!;
    const client = await makeClient(server, {
      contract: {
        ...contract,
        operations: {
          ...contract.operations,
          "GET /security/ipsec/policies": { ...op, validateResponseBody: { "200": (body) => (pages.push(new WeakRef((body as { records: object }).records)), []) } },
        },
      },
    });
    const iterator = client.paginate("/security/ipsec/policies", { params: { query: { max_records: 100 } } });
    let count = 0;
    let alive: number[] = [];
    for await (const _ of iterator) {
      void _;
      count++;
      if (count === 550) {
        // leave the current job so WeakRef targets are no longer kept alive for it
        await new Promise((r) => setImmediate(r));
        gc();
        alive = pages.flatMap((ref, i) => (ref.deref() ? [i] : []));
        break;
      }
    }
    expect(pages.length).toBe(6);
    expect(alive).toEqual([5]); // only the page being iterated
  });
});

describe("paginate and hrefPath (alone)", () => {
  it("walks the pages a getter hands back, following `_links.next`", async () => {
    const pages: Record<string, unknown> = {
      first: { records: [1, 2], _links: { self: { href: "/api/x" }, next: { href: "/api/x?start=2" } } },
      "/api/x?start=2": { records: [3], _links: { next: { href: "" } } },
    };
    const asked: Array<string | undefined> = [];
    const out: unknown[] = [];
    for await (const r of paginate((href) => (asked.push(href), Promise.resolve(pages[href ?? "first"])))) out.push(r);
    expect(out).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, "/api/x?start=2"]);
  });

  it("throws PaginationError when a `next` names a page already seen", async () => {
    const loop = { records: [1], _links: { self: { href: "/api/x" }, next: { href: "/api/x" } } };
    const walk = async () => {
      for await (const _ of paginate(() => Promise.resolve(loop)));
    };
    await expect(walk()).rejects.toBeInstanceOf(PaginationError);
  });

  it("keeps hrefs on the cluster's /api", () => {
    expect(hrefPath("/api/x?start.uuid=1", "https://c1")).toBe("/x?start.uuid=1");
    expect(hrefPath("https://c1/api/x", "https://c1")).toBe("/x");
    expect(() => hrefPath("https://evil/api/x", "https://c1")).toThrow(PaginationError);
    expect(() => hrefPath("/other/x", "https://c1")).toThrow(PaginationError);
  });
});
