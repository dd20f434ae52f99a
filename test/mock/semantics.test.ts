// ONTAP semantics: release gating, unknown / read-only / create-only fields, the operation's
// error codes with the catalog messages, auth, and the response media types.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockOntap } from "@ontap-sec/mock";
import { api, type Api, expectedError, expectOntapError, policyBody, problems, SECRET, seededMock, slice, start } from "./helpers.js";
import { atLeast, RELEASES } from "../releases.js";

const P = "/api/security/ipsec/policies";

describe("release gating", () => {
  it("authentication_method is unknown on 9.8 (262179) and accepted on 9.10", async () => {
    const m8 = await start("9.8");
    const m10 = await start("9.10");
    try {
      const r8 = await api(m8).post(P, policyBody("p", { authentication_method: "none" }));
      expect(r8.status).toBe(400);
      expect(r8.body.error).toEqual({ code: "262179", message: 'Unexpected argument "authentication_method".', target: "authentication_method" });
      const r10 = await api(m10).post(P, policyBody("p", { authentication_method: "none" }));
      expect(r10.status).toBe(201);
    } finally {
      await m8.close();
      await m10.close();
    }
  });

  it("a nested field a release lacks names the dotted target (local_endpoint.zone on 9.8)", async () => {
    const m = await start("9.8");
    try {
      // port is in 9.8 (netapp_ontap 9.8.0); zone is in no release.
      expect((await api(m).post(P, policyBody("q", { local_endpoint: { address: "10.1.1.1", netmask: "24", port: "80" } }))).status).toBe(201);
      const r = await api(m).post(P, policyBody("p", { local_endpoint: { address: "10.1.1.1", netmask: "24", zone: "a" } }));
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: "262179", target: "local_endpoint.zone", message: 'Unexpected argument "local_endpoint.zone".' });
    } finally {
      await m.close();
    }
  });

  it("name length is bounded from 9.15 with 66257148", async () => {
    const m = await start("9.15");
    try {
      const r = await api(m).post(P, policyBody("x".repeat(65)));
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: "66257148", target: "name" });
      expect((await api(m).post(P, policyBody("x".repeat(64)))).status).toBe(201);
    } finally {
      await m.close();
    }
  });

  it("name is patchable on 9.10 but create-only on 9.15", async () => {
    for (const [release, status] of [["9.10", 200], ["9.15", 400]] as const) {
      const m = await start(release);
      try {
        const c = api(m);
        const uuid = (await c.post(`${P}?return_records=true`, policyBody("old"))).body.records[0].uuid;
        const r = await c.patch(`${P}/${uuid}`, { name: "new" });
        expect(r.status).toBe(status);
        if (status === 400) expect(r.body.error).toMatchObject({ code: "262196", target: "name" });
        else expect((await c.get(`${P}/${uuid}`)).body.name).toBe("new");
      } finally {
        await m.close();
      }
    }
  });

  it("an endpoint absent from every release is 404, and a method a path lacks is 405", async () => {
    const m = await start("9.10");
    try {
      const c = api(m);
      const r = await c.get("/api/security/nothing-here");
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe("4");
      const r2 = await c.req("PATCH", "/api/security/ipsec/security-associations/abc", {});
      expect(r2.status).toBe(405);
      expect(r2.body.error.code).toBe("3");
    } finally {
      await m.close();
    }
  });

  it("the enum of the release bounds action (esp_udp from 9.9)", async () => {
    const m10 = await start("9.8");
    const m15 = await start("9.9");
    try {
      const body = policyBody("u", { action: "esp_udp", secret_key: SECRET });
      const r10 = await api(m10).post(P, body);
      expect(r10.status).toBe(400);
      expect(r10.body.error.code).toBe("262197");
      expect(r10.body.error.target).toBe("action");
      expect(r10.body.error.message).toContain("esp_transport");
      expect((await api(m15).post(P, body)).status).toBe(201);
    } finally {
      await m10.close();
      await m15.close();
    }
  });
});

describe("ONTAP semantics on 9.10", () => {
  let mock: MockOntap;
  let c: Api;
  beforeAll(async () => {
    mock = await start("9.10");
    c = api(mock);
  });
  afterAll(() => mock.close());

  const create = async (name: string, extra: Record<string, unknown> = {}) => {
    const r = await c.post(`${P}?return_records=true`, policyBody(name, extra));
    expect(r.status).toBe(201);
    return r.body.records[0].uuid as string;
  };
  const expectError = (r: { status: number; body: any }, status: number, code: string, target?: string) => {
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(typeof r.body.error.code).toBe("string");
    if (target !== undefined) expect(r.body.error.target).toBe(target);
  };

  it("an unknown name in fields= is 262197 with target fields", async () => {
    const r = await c.get(`${P}?fields=name,nope`);
    expectError(r, 400, "262197", "fields");
    expect(r.body.error.message).toBe('The value "nope" is invalid for field "fields" (<field,...>)');
  });

  it("read-only fields in a body are refused (uuid, scope, local_endpoint.family)", async () => {
    expectError(await c.post(P, policyBody("ro", { uuid: "1cd8a442-86d1-11e0-ae1c-123478563412" })), 400, "262196", "uuid");
    expectError(await c.post(P, policyBody("ro", { scope: "svm" })), 400, "262196", "scope");
    expectError(await c.post(P, policyBody("ro", { local_endpoint: { address: "10.1.1.1", netmask: "24", family: "ipv4" } })), 400, "262196", "local_endpoint.family");
  });

  it("create-only fields in PATCH are refused (svm, secret_key), authentication_method is patchable", async () => {
    const uuid = await create("co");
    const r = await c.patch(`${P}/${uuid}`, { svm: { name: "vs1" } });
    expectError(r, 400, "262196", "svm");
    expect(r.body.error.message).toBe('Field "svm" cannot be set in this operation.');
    expectError(await c.patch(`${P}/${uuid}`, { "svm.name": "vs1" }), 400, "262196", "svm");
    expectError(await c.patch(`${P}/${uuid}`, { secret_key: SECRET }), 400, "262196", "secret_key");
    // authentication_method is patchable on 9.10 (netapp_ontap 9.10.1), create-only from 9.15.
    expect((await c.patch(`${P}/${uuid}`, { authentication_method: "psk" })).status).toBe(200);
    expectError(await c.patch(`${P}/${uuid}`, { bogus: 1 }), 400, "262179", "bogus");
  });

  it("a duplicate policy name in the same SVM is 66257104 / 409 with the catalog message", async () => {
    await create("dup");
    const r = await c.post(P, policyBody("dup"));
    expectError(r, 409, "66257104", "name");
    expect(r.body.error.message).toBe("IPsec policy with same name already exists in this SVM.");
    expect((await c.post(P, policyBody("dup", { svm: { name: "vs1" } }))).status).toBe(201);
  });

  it("9.10 has no name length limit (9.10.1 swagger; bounded from 9.15, see release gating)", async () => {
    expect((await c.post(P, policyBody("x".repeat(65)))).status).toBe(201);
  });

  it("a missing required field is 262177", async () => {
    const { name: _n, ...noName } = policyBody("x");
    expectError(await c.post(P, noName), 400, "262177", "name");
  });

  it("replay_window outside its enum is refused", async () => {
    expectError(await c.patch("/api/security/ipsec", { replay_window: 100 }), 400, "262197", "replay_window");
  });

  it("dotted keys in bodies are accepted; a field given twice is 262188", async () => {
    const r = await c.post(`${P}?return_records=true`, {
      name: "dotted",
      "svm.name": "vs1",
      "local_endpoint.address": "10.9.9.9",
      "local_endpoint.netmask": "32",
      remote_endpoint: { address: "10.9.9.8", netmask: "32" },
      action: "discard",
    });
    expect(r.status).toBe(201);
    expect(r.body.records[0]).toMatchObject({ svm: { name: "vs1" }, local_endpoint: { address: "10.9.9.9", netmask: "32" } });
    expectError(await c.post(P, { ...policyBody("twice"), "svm.name": "vs1" }), 400, "262188", "svm.name");
  });

  it("secret_key is write-only: never returned, not a filter or field", async () => {
    const r = await c.post(`${P}?return_records=true`, policyBody("secret", { action: "esp_transport", secret_key: SECRET }));
    expect(r.status).toBe(201);
    const all = await c.get(`${P}?fields=**`);
    expect(all.text).not.toContain(SECRET);
    expect(all.text).not.toContain("secret_key");
    expectError(await c.get(`${P}?fields=secret_key`), 400, "262197", "fields");
    expectError(await c.get(`${P}?secret_key=${SECRET}`), 400, "262179", "secret_key");
  });

  it("invalid JSON is 262199, a body on GET or DELETE is 262198", async () => {
    expectError(await c.req("POST", P, "{not json"), 400, "262199");
    const uuid = await create("body-on-delete");
    expectError(await c.req("DELETE", `${P}/${uuid}`, '{"a":1}'), 400, "262198");
    expect((await c.get(`${P}/${uuid}`)).status).toBe(200);
  });

  it("return_timeout must be within 0..120; unknown query parameters are 262179", async () => {
    expectError(await c.get(`${P}?return_timeout=121`), 400, "262197", "return_timeout");
    expectError(await c.get(`${P}?return_timeout=-1`), 400, "262197", "return_timeout");
    expect((await c.get(`${P}?return_timeout=120`)).status).toBe(200);
    expectError(await c.get(`${P}?max_records=abc`), 400, "262197", "max_records");
    expectError(await c.get(`${P}?colour=blue`), 400, "262179", "colour");
  });

  it("Basic auth: no or wrong credentials → 401; other configured users work", async () => {
    const none = await api(mock, { auth: null }).get(P);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect(typeof none.body.error.code).toBe("string");
    const wrong = await api(mock, { auth: "Basic " + Buffer.from("admin:wrong").toString("base64") }).get(P);
    expect(wrong.status).toBe(401);
    const other = await start("9.10", { users: { ro: "pw" } });
    try {
      expect((await api(other, { auth: "Basic " + Buffer.from("ro:pw").toString("base64") }).get(P)).status).toBe(200);
      expect((await api(other).get(P)).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it("GET /api/cluster can answer 403 code 6 (restricted role)", async () => {
    mock.settings.clusterForbidden = true;
    try {
      const r = await c.get("/api/cluster?fields=version");
      expectError(r, 403, "6");
    } finally {
      mock.settings.clusterForbidden = false;
    }
    expect((await c.get("/api/cluster")).status).toBe(200);
  });

  it("Accept: application/json drops HAL links except next", async () => {
    await create("links1");
    await create("links2");
    const r = await c.req("GET", `${P}?max_records=1&fields=*`, undefined, { accept: "application/json" });
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(r.body._links.self).toBeUndefined();
    expect(r.body._links.next.href).toContain("start.uuid=");
    expect(r.text).not.toContain('"self"');
  });

  it("the validation helper really catches schema violations (ajv and guards)", async () => {
    const p = await problems("9.10", "GET", "/security/ipsec", 200, { replay_window: 3, enabled: "x" });
    expect(p.some((x) => x.startsWith("ajv"))).toBe(true);
    expect(p.some((x) => x.startsWith("guard"))).toBe(true);
    expect((await slice("9.10")).info["x-ontap-release"]).toBe("9.10");
  });
});

// Each rule answers the code the release's operation documents for it, with its wording, else the
// generic code of the mock's README: NetApp renumbered and reworded several of them across
// releases (spec/curation/security.md), so every release with authentication methods and IPsec CA
// certificates (9.10+) is checked against its own slice.
for (const release of RELEASES.filter((r) => atLeast(r, "9.10"))) {
  describe(`IPsec rule codes on ${release}`, () => {
    const env = seededMock(release);
    const onPost = (codes: string | string[], fallback: string) => expectedError(release, "POST", "/security/ipsec/policies", codes, fallback);
    const post = (name: string, extra: Record<string, unknown>) => env.c.post(P, policyBody(name, extra));

    it("bad ports: out of range or not a number, a real range, several ports", async () => {
      const ep = (port: string) => ({ address: "10.1.1.1", netmask: "24", port });
      // The wording of 66257132 is the release's: <1-65535> up to 9.14, <0-65535> from 9.15.
      expectOntapError(await post("port", { local_endpoint: ep("70000") }), await onPost("66257132", "262197"), "local_endpoint.port");
      expectOntapError(await post("port", { remote_endpoint: ep("abc") }), await onPost("66257132", "262197"), "remote_endpoint.port");
      expectOntapError(await post("port", { local_endpoint: ep("10-20") }), await onPost("66257115", "262197"), "local_endpoint.port");
      expectOntapError(await post("port", { local_endpoint: ep("10,20") }), await onPost("66257100", "262197"), "local_endpoint.port");
      expectOntapError(await post("port", { remote_endpoint: ep("10,20") }), await onPost("66257101", "262197"), "remote_endpoint.port");
    });

    it("authentication rules: key, certificate and method must agree", async () => {
      const cert = env.mock.state.inventory.certificates.find((x) => x.type === "client")!;
      const esp = { action: "esp_transport" };
      expectOntapError(await post("a1", { ...esp, authentication_method: "psk" }), await onPost("66257133", "262177"));
      // No authentication at all for a protective action: 66257144 from 9.15, 66257111 before.
      const none = await onPost(["66257144", "66257111"], "262177");
      expectOntapError(await post("a2", esp), none);
      expectOntapError(await post("a3", { ...esp, authentication_method: "none" }), none);
      expectOntapError(await post("a4", { ...esp, authentication_method: "pki" }), await onPost("66257134", "262177"));
      expectOntapError(await post("a5", { ...esp, authentication_method: "psk", secret_key: SECRET, certificate: { uuid: cert.uuid } }), await onPost("66257136", "262197"));
      expectOntapError(await post("a6", { ...esp, authentication_method: "pki", secret_key: SECRET, certificate: { uuid: cert.uuid } }), await onPost("66257137", "262197"));
      // A method on a non-protective action: refused where the release documents 66257112, else ignored.
      const ignored = await onPost("66257112", "262197");
      const bypass = await post("a7", { action: "bypass", authentication_method: "psk" });
      if (ignored.documented) expectOntapError(bypass, ignored, "authentication_method");
      else expect(bypass.status).toBe(201);
      const ok = await env.c.post(`${P}?return_records=true`, policyBody("a8", { ...esp, authentication_method: "pki", certificate: { uuid: cert.uuid } }));
      expect(ok.status).toBe(201);
      expect(ok.body.records[0].certificate).toMatchObject({ uuid: cert.uuid, name: cert.name });
    });

    it("certificate checks: unknown, name mismatch, not a client or server certificate", async () => {
      const pki = { action: "esp_transport", authentication_method: "pki" };
      expectOntapError(await post("c1", { ...pki, certificate: { uuid: "00000000-0000-4000-8000-000000000000" } }), await onPost("66257139", "4"), "certificate.uuid");
      const cert = env.mock.state.inventory.certificates.find((x) => x.type === "client")!;
      expectOntapError(await post("c2", { ...pki, certificate: { uuid: cert.uuid, name: "other" } }), await onPost("66257305", "262197"), "certificate.name");
      const ca = env.mock.state.inventory.certificates.find((x) => x.type === "root_ca")!;
      expectOntapError(await post("c3", { ...pki, certificate: { uuid: ca.uuid } }), await onPost("66257140", "262197"), "certificate.uuid");
    });

    it("length and value checks: key length, netmasks, addresses, protocols, SVMs", async () => {
      expectOntapError(await post("k", { action: "esp_transport", secret_key: "short" }), await onPost("66257200", "262245"), "secret_key");
      expectOntapError(await post("nm", { local_endpoint: { address: "10.1.1.1" } }), await onPost("66257125", "262177"), "local_endpoint.netmask");
      expectOntapError(await post("nm", { remote_endpoint: { address: "10.1.1.1" } }), await onPost("66257126", "262177"), "remote_endpoint.netmask");
      expectOntapError(await post("nm", { protocol: "6,17" }), await onPost("66257099", "262197"), "protocol");
      expectOntapError(await post("nm", { svm: { name: "nosuch" } }), await onPost("66257202", "262197"), "svm.name");
      // Plain type and format errors have no code of their own in any release.
      const bad = await onPost([], "262197");
      expectOntapError(await post("nm", { local_endpoint: { address: "not-an-ip", netmask: "24" } }), bad, "local_endpoint.address");
      expectOntapError(await post("nm", { enabled: "yes" }), bad, "enabled");
    });

    it("a CA certificate that is not installed cannot be added to IPsec", async () => {
      const r = await env.c.post("/api/security/ipsec/ca-certificates", { certificate: { uuid: "00000000-0000-4000-8000-000000000000" } });
      // One condition, renumbered: 66257296 up to 9.15, 66257304 from 9.16 (same wording).
      expectOntapError(r, await expectedError(release, "POST", "/security/ipsec/ca-certificates", ["66257304", "66257296"], "4"), "certificate.uuid");
    });
  });
}
