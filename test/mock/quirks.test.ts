// Representation quirks of real clusters: ports as ranges, netmasks as prefix lengths, protocol
// numbers as names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeNetmask, normalizePort, normalizeProtocol, type MockOntap } from "@ontap-sec/mock";
import { api, type Api, policyBody } from "./helpers.js";
import { start } from "./helpers.js";

describe("quirk functions", () => {
  it("ports become ranges", () => {
    expect(normalizePort("201")).toBe("201-201");
    expect(normalizePort(undefined)).toBe("0-0");
    expect(normalizePort("0")).toBe("0-0");
    expect(normalizePort("443-443")).toBe("443-443");
    expect(() => normalizePort("65536")).toThrow();
    expect(() => normalizePort("1-2")).toThrow();
  });
  it("netmasks become prefix lengths", () => {
    expect(normalizeNetmask("255.255.255.0", "ipv4")).toBe("24");
    expect(normalizeNetmask("255.255.0.0", "ipv4")).toBe("16");
    expect(normalizeNetmask("255.255.255.255", "ipv4")).toBe("32");
    expect(normalizeNetmask("24", "ipv4")).toBe("24");
    expect(normalizeNetmask("64", "ipv6")).toBe("64");
    expect(() => normalizeNetmask("255.0.255.0", "ipv4")).toThrow();
    expect(() => normalizeNetmask("33", "ipv4")).toThrow();
  });
  it("protocol numbers become names", () => {
    expect(normalizeProtocol("6")).toBe("tcp");
    expect(normalizeProtocol("17")).toBe("udp");
    expect(normalizeProtocol("0")).toBe("any");
    expect(normalizeProtocol("TCP")).toBe("tcp");
    expect(normalizeProtocol("50")).toBe("50");
    expect(() => normalizeProtocol("foo")).toThrow();
  });
});

describe("quirks over the wire (9.10)", () => {
  let mock: MockOntap;
  let c: Api;
  beforeAll(async () => {
    mock = await start("9.10");
    c = api(mock);
  });
  afterAll(() => mock.close());

  const roundTrip = async (name: string, extra: Record<string, unknown>) => {
    const r = await c.post(`/api/security/ipsec/policies?return_records=true`, policyBody(name, extra));
    expect(r.status).toBe(201);
    return (await c.get(`/api/security/ipsec/policies/${r.body.records[0].uuid}`)).body;
  };

  it("port 201 comes back as 201-201, no port as 0-0", async () => {
    const p = await roundTrip("ports", { local_endpoint: { address: "10.0.0.1", netmask: "24", port: "201" } });
    expect(p.local_endpoint.port).toBe("201-201");
    expect(p.remote_endpoint.port).toBe("0-0");
  });

  it("a dotted netmask comes back as a prefix length; IPv6 gets family ipv6", async () => {
    const p = await roundTrip("masks", {
      local_endpoint: { address: "10.0.0.1", netmask: "255.255.255.0" },
      remote_endpoint: { address: "fd20:8b1e:b255:4071::1", netmask: "64" },
    });
    expect(p.local_endpoint).toMatchObject({ netmask: "24", family: "ipv4" });
    expect(p.remote_endpoint).toMatchObject({ netmask: "64", family: "ipv6" });
  });

  it("protocol 6 / 17 / 0 come back as tcp / udp / any", async () => {
    expect((await roundTrip("proto6", { protocol: "6" })).protocol).toBe("tcp");
    expect((await roundTrip("proto17", { protocol: "17" })).protocol).toBe("udp");
    expect((await roundTrip("proto0", { protocol: "0" })).protocol).toBe("any");
  });

  it("PATCH goes through the same normalisation", async () => {
    const r = await c.post(`/api/security/ipsec/policies?return_records=true`, policyBody("patchq"));
    const uuid = r.body.records[0].uuid;
    expect((await c.patch(`/api/security/ipsec/policies/${uuid}`, { protocol: "17", remote_endpoint: { port: "8080" } })).status).toBe(200);
    const p = (await c.get(`/api/security/ipsec/policies/${uuid}`)).body;
    expect(p.protocol).toBe("udp");
    expect(p.remote_endpoint).toMatchObject({ port: "8080-8080", address: "10.1.2.1", netmask: "24" });
  });
});
