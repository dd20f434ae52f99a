// fields, filters, order_by, max_records with next links and cursors, return_records, and the
// lazily generated 100k collection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockOntap } from "@ontap-sec/mock";
import { api, type Api, policyBody, problems, start } from "./helpers.js";

const P = "/api/security/ipsec/policies";
const SA = "/api/security/ipsec/security-associations";

describe("queries on 9.15", () => {
  let mock: MockOntap;
  let c: Api;
  const names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"];
  beforeAll(async () => {
    mock = await start("9.15", {
      seed: {
        securityAssociations: 25,
        policies: names.map((n, i) =>
          policyBody(n, {
            svm: { name: i % 2 ? "vs1" : "vs0" },
            enabled: i % 3 !== 0,
            local_endpoint: { address: `10.0.0.${i + 1}`, netmask: "32", port: String(100 + i) },
            protocol: i < 3 ? "tcp" : "udp",
          }),
        ),
      },
    });
    c = api(mock);
  });
  afterAll(() => mock.close());

  const namesOf = (r: any) => r.body.records.map((x: any) => x.name);

  it("without fields a collection returns key fields; fields=* everything; dotted fields parts", async () => {
    const keys = await c.get(P);
    expect(Object.keys(keys.body.records[0]).sort()).toEqual(["_links", "name", "uuid"]);
    const all = await c.get(`${P}?fields=*`);
    expect(all.body.records[0]).toHaveProperty("local_endpoint.port");
    expect(all.body.records[0]).toHaveProperty("action", "bypass");
    const starstar = await c.get(`${P}?fields=**`);
    expect(starstar.body.records).toEqual(all.body.records);
    const dotted = await c.get(`${P}?fields=svm.name,local_endpoint.address`);
    const r = dotted.body.records[0];
    expect(Object.keys(r).sort()).toEqual(["_links", "local_endpoint", "name", "svm", "uuid"]);
    expect(Object.keys(r.local_endpoint)).toEqual(["address"]);
    expect(r.svm.name).toMatch(/^vs/);
    expect(r.svm.uuid).toBeUndefined();
    expect(r.svm._links.self.href).toMatch(/^\/api\/svm\/svms\//);
    expect(await problems("9.15", "GET", "/security/ipsec/policies", 200, dotted.body)).toEqual([]);
  });

  it("filters: equality, wildcard, OR, negation, comparisons, ranges, null / !null", async () => {
    expect(namesOf(await c.get(`${P}?name=beta`))).toEqual(["beta"]);
    expect(namesOf(await c.get(`${P}?name=BETA`))).toEqual(["beta"]);
    expect(namesOf(await c.get(`${P}?name=*ta&order_by=name`))).toEqual(["beta", "delta", "eta", "zeta"]);
    expect(namesOf(await c.get(`${P}?name=alpha|gamma&order_by=name`))).toEqual(["alpha", "gamma"]);
    expect(namesOf(await c.get(`${P}?name=!*a&order_by=name`))).toEqual(["epsilon"]);
    expect(namesOf(await c.get(`${P}?enabled=false&order_by=name`))).toEqual(["alpha", "delta", "eta"]);
    expect(namesOf(await c.get(`${P}?svm.name=vs1&protocol=udp&order_by=name`))).toEqual(["delta", "zeta"]);
    expect(namesOf(await c.get(`${P}?name=<c&order_by=name`))).toEqual(["alpha", "beta"]);
    expect(namesOf(await c.get(`${P}?name=>=zeta`))).toEqual(["zeta"]);
    expect(namesOf(await c.get(`${P}?name=b..e&order_by=name`))).toEqual(["beta", "delta"]);
    expect(namesOf(await c.get(`${P}?local_endpoint.address=10.0.0.3`))).toEqual(["gamma"]);
    expect(namesOf(await c.get(`${P}?local_endpoint.port=102-102`))).toEqual(["gamma"]);
    expect((await c.get(`${P}?certificate.uuid=null`)).body.num_records).toBe(7);
    expect((await c.get(`${P}?certificate.uuid=!null`)).body.num_records).toBe(0);
    expect((await c.get(`${SA}?lifetime=3600..3610`)).body.num_records).toBe(11);
    expect((await c.get(`${SA}?lifetime=>3620`)).body.num_records).toBe(4);
  });

  it("order_by asc / desc, several keys", async () => {
    expect(namesOf(await c.get(`${P}?order_by=name`))).toEqual([...names].sort());
    expect(namesOf(await c.get(`${P}?order_by=name%20desc`))).toEqual([...names].sort().reverse());
    const byTwo = await c.get(`${P}?order_by=svm.name%20desc,name%20asc&fields=svm.name`);
    expect(byTwo.body.records.map((r: any) => `${r.svm.name}/${r.name}`)).toEqual([
      "vs1/beta", "vs1/delta", "vs1/zeta", "vs0/alpha", "vs0/epsilon", "vs0/eta", "vs0/gamma",
    ]);
    const bad = await c.get(`${P}?order_by=nope`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.target).toBe("order_by");
  });

  it("max_records pages with next links that carry the query and a start.<key> cursor", async () => {
    const seen: string[] = [];
    let href: string | undefined = `${P}?max_records=3&fields=name&svm.name=vs0|vs1`;
    let pages = 0;
    while (href) {
      const r = await c.get(href);
      expect(r.status).toBe(200);
      expect(await problems("9.15", "GET", "/security/ipsec/policies", 200, r.body)).toEqual([]);
      expect(r.body.num_records).toBe(r.body.records.length);
      seen.push(...namesOf(r));
      href = r.body._links.next?.href;
      if (href) {
        expect(href).toMatch(/^\/api\/security\/ipsec\/policies\?/);
        const q = new URL(href, "http://x").searchParams;
        expect(q.get("max_records")).toBe("3");
        expect(q.get("fields")).toBe("name");
        expect(q.get("svm.name")).toBe("vs0|vs1");
        expect(q.get("start.uuid")).toMatch(/^[0-9a-f-]{36}$/);
        expect(href).not.toContain("+");
      }
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...names].sort());
  });

  it("paging keeps the order_by order (cursor holds the order field too)", async () => {
    const seen: string[] = [];
    let href: string | undefined = `${P}?max_records=2&order_by=name%20desc`;
    while (href) {
      const r = await c.get(href);
      seen.push(...namesOf(r));
      href = r.body._links.next?.href;
      if (href) expect(href).toContain("start.name=");
    }
    expect(seen).toEqual([...names].sort().reverse());
  });

  it("return_records=false gives only num_records", async () => {
    const r = await c.get(`${P}?return_records=false&enabled=true`);
    expect(r.body.records).toBeUndefined();
    expect(r.body.num_records).toBe(4);
  });

  it("security associations page in uuid order", async () => {
    const all = await c.get(`${SA}?max_records=1000`);
    expect(all.body.num_records).toBe(25);
    const uuids = all.body.records.map((r: any) => r.uuid);
    expect(uuids).toEqual([...uuids].sort());
    const first = await c.get(`${SA}?max_records=10`);
    const second = await c.get(first.body._links.next.href);
    expect(second.body.records[0].uuid).toBe(uuids[10]);
  });
});

describe("a 100 000-record collection", () => {
  it("iterates with max_records pages, generated lazily", async () => {
    const mock = await start("9.10", { seed: { securityAssociations: 100_000 } });
    try {
      const c = api(mock);
      let href: string | undefined = `${SA}?max_records=10000&fields=uuid,lifetime`;
      let count = 0;
      let last = "";
      let pages = 0;
      while (href) {
        const r = await c.get(href);
        expect(r.status).toBe(200);
        for (const rec of r.body.records) {
          expect(rec.uuid > last).toBe(true);
          last = rec.uuid;
        }
        count += r.body.num_records;
        href = r.body._links.next?.href;
        pages++;
      }
      expect(count).toBe(100_000);
      expect(pages).toBe(10);
      const total = await c.get(`${SA}?return_records=false`);
      expect(total.body.num_records).toBe(100_000);
      const one = await c.get(`${SA}/${last}`);
      expect(one.status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});
