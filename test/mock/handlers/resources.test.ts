// handlers/resources.ts on every release of the spec, over real sockets: IPsec policies, security
// associations and collection writes, each answer checked against the release's schema (ajv) and
// the generated guards.
import { describe, expect, it } from "vitest";
import { api, expectedError, expectOntapError, policyBody, problems, SECRET, seededMock, start } from "../helpers.js";
import { atLeast, RELEASES } from "../../releases.js";

for (const release of RELEASES) {
  describe(`ONTAP ${release}`, () => {
    const env = seededMock(release);

    const valid = async (method: string, template: string, res: { status: number; body: unknown }) => {
      expect(await problems(release, method, template, res.status, res.body)).toEqual([]);
    };

    it("creates, reads, lists, modifies and deletes an IPsec policy", async () => {
      const body = policyBody("pol_a", { action: "esp_transport", secret_key: SECRET, protocol: "17" });
      const created = await env.c.post("/api/security/ipsec/policies?return_records=true", body);
      expect(created.status).toBe(201);
      await valid("POST", "/security/ipsec/policies", created);
      const rec = created.body.records[0];
      expect(created.headers.get("location")).toBe(`/api/security/ipsec/policies/${rec.uuid}`);
      expect(rec).toMatchObject({ name: "pol_a", scope: "svm", svm: { name: "vs0" }, protocol: "udp", enabled: true });
      expect(JSON.stringify(created.body)).not.toContain(SECRET);

      const one = await env.c.get(`/api/security/ipsec/policies/${rec.uuid}`);
      expect(one.status).toBe(200);
      await valid("GET", "/security/ipsec/policies/{uuid}", one);
      expect(one.body.local_endpoint).toMatchObject({ address: "10.1.1.1", netmask: "24", family: "ipv4" });
      expect("secret_key" in one.body).toBe(false);
      if (atLeast(release, "9.15")) expect(one.body.action).toBe("esp_transport");
      else expect(one.body.action).toBeUndefined();
      if (!atLeast(release, "9.10")) expect(one.body.authentication_method).toBeUndefined();
      else expect(one.body.authentication_method).toBe("psk");

      const list = await env.c.get("/api/security/ipsec/policies");
      expect(list.status).toBe(200);
      await valid("GET", "/security/ipsec/policies", list);
      // Key fields plus the record's HAL self link, as real clusters answer.
      expect(list.body.records).toEqual([{ uuid: rec.uuid, name: "pol_a", _links: { self: { href: `/api/security/ipsec/policies/${rec.uuid}` } } }]);
      expect(list.body.num_records).toBe(1);

      const patched = await env.c.patch(`/api/security/ipsec/policies/${rec.uuid}`, { enabled: false, protocol: "tcp" });
      expect(patched.status).toBe(200);
      const after = await env.c.get(`/api/security/ipsec/policies/${rec.uuid}?fields=enabled,protocol`);
      expect(after.body).toMatchObject({ enabled: false, protocol: "tcp" });

      const del = await env.c.del(`/api/security/ipsec/policies/${rec.uuid}`);
      expect(del.status).toBe(200);
      // An unknown policy: 66257116 where the operation documents it (9.9 – 9.14), else 4.
      const gone = await env.c.get(`/api/security/ipsec/policies/${rec.uuid}`);
      expectOntapError(gone, await expectedError(release, "GET", "/security/ipsec/policies/{uuid}", "66257116", "4"), "uuid");
      const again = await env.c.del(`/api/security/ipsec/policies/${rec.uuid}`);
      expectOntapError(again, await expectedError(release, "DELETE", "/security/ipsec/policies/{uuid}", "66257116", "4"), "uuid");
      const patchGone = await env.c.patch(`/api/security/ipsec/policies/${rec.uuid}`, { enabled: true });
      expectOntapError(patchGone, await expectedError(release, "PATCH", "/security/ipsec/policies/{uuid}", "66257116", "4"), "uuid");
    });

    it("lists and reads the seeded security associations", async () => {
      const list = await env.c.get("/api/security/ipsec/security-associations?fields=*");
      expect(list.status).toBe(200);
      expect(list.body.num_records).toBe(6);
      await valid("GET", "/security/ipsec/security-associations", list);
      const first = list.body.records[0];
      const one = await env.c.get(`/api/security/ipsec/security-associations/${first.uuid}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(list.body.records[0]);
      await valid("GET", "/security/ipsec/security-associations/{uuid}", one);
      const ikeVersion = list.body.records.find((r: any) => r.ike)?.ike.version;
      // A string until 9.9, an integer from 9.10 (the 9.10.1 swagger and client).
      if (ikeVersion !== undefined) expect(typeof ikeVersion).toBe(atLeast(release, "9.10") ? "number" : "string");
      const missing = await env.c.get("/api/security/ipsec/security-associations/ffffffff-0000-4000-8000-000000000000");
      // 66257118 where the operation documents it (up to 9.15), else 4.
      expectOntapError(missing, await expectedError(release, "GET", "/security/ipsec/security-associations/{uuid}", "66257118", "4"), "uuid");
    });

    it("the same seed gives the same security associations", async () => {
      const other = await start(release, { seed: { seed: 7, securityAssociations: 6 } });
      try {
        const a = await env.c.get("/api/security/ipsec/security-associations?fields=*");
        const b = await api(other).get("/api/security/ipsec/security-associations?fields=*");
        expect(b.body.records).toEqual(a.body.records);
      } finally {
        await other.close();
      }
    });

    if (!atLeast(release, "9.10")) {
      it("has no CA certificate endpoints (404)", async () => {
        const r = await env.c.get("/api/security/ipsec/ca-certificates");
        expect(r.status).toBe(404);
        expect(r.body.error.code).toBe("4");
        expect((await env.c.post("/api/security/ipsec/ca-certificates", { certificate: { uuid: "x" } })).status).toBe(404);
      });
    } else {
      it("adds, lists, reads and removes an IPsec CA certificate", async () => {
        const ca = env.mock.state.inventory.certificates.find((x) => x.type === "root_ca")!;
        const add = await env.c.post("/api/security/ipsec/ca-certificates?return_records=true", { certificate: { uuid: ca.uuid } });
        expect(add.status).toBe(201);
        await valid("POST", "/security/ipsec/ca-certificates", add);
        expect(add.headers.get("location")).toBe(`/api/security/ipsec/ca-certificates/${ca.uuid}`);
        expect(add.body.records[0]).toMatchObject({ certificate: { uuid: ca.uuid }, scope: "cluster" });
        const list = await env.c.get("/api/security/ipsec/ca-certificates");
        expect(list.body.records.map((r: any) => r.certificate.uuid)).toEqual([ca.uuid]);
        await valid("GET", "/security/ipsec/ca-certificates", list);
        const one = await env.c.get(`/api/security/ipsec/ca-certificates/${ca.uuid}`);
        expect(one.status).toBe(200);
        await valid("GET", "/security/ipsec/ca-certificates/{certificate.uuid}", one);
        const dup = await env.c.post("/api/security/ipsec/ca-certificates", { certificate: { uuid: ca.uuid } });
        expect(dup.status).toBe(409);
        expect(dup.body.error.code).toBe("1");
        expect((await env.c.del(`/api/security/ipsec/ca-certificates/${ca.uuid}`)).status).toBe(200);
        const again = await env.c.del(`/api/security/ipsec/ca-certificates/${ca.uuid}`);
        // Removing one not added: 66257303 where the operation documents it (9.11+; the 9.10 table is empty), else 4.
        expectOntapError(again, await expectedError(release, "DELETE", "/security/ipsec/ca-certificates/{certificate.uuid}", "66257303", "4"), "certificate.uuid");
      });
    }

    it(`security associations ${atLeast(release, "9.16") ? "carry offload counters that follow /security/ipsec offload_enabled" : "have no offload counters before 9.16"}`, async () => {
      env.mock.reset(); // IPsec enabled, replay window 0
      const sides = async () => {
        const list = await env.c.get("/api/security/ipsec/security-associations?fields=*&type=ipsec");
        await valid("GET", "/security/ipsec/security-associations", list);
        return list.body.records.flatMap((r: any) => [r.ipsec.inbound, r.ipsec.outbound]);
      };
      const off = await sides();
      expect(off.length).toBeGreaterThan(0);
      if (!atLeast(release, "9.16")) {
        for (const x of off) expect("offload_bytes" in x || "offload_packets" in x).toBe(false);
        expect((await env.c.patch("/api/security/ipsec", { offload_enabled: true })).status).toBe(400);
        return;
      }
      for (const x of off) expect([x.offload_bytes, x.offload_packets]).toEqual([0, 0]);
      const whileOn = await env.c.patch("/api/security/ipsec", { offload_enabled: true });
      expect([whileOn.status, whileOn.body.error.code, whileOn.body.error.target]).toEqual([400, "66256913", "offload_enabled"]);
      expect((await env.c.patch("/api/security/ipsec", { enabled: false })).status).toBe(200);
      expect((await env.c.patch("/api/security/ipsec", { offload_enabled: true })).status).toBe(200);
      const replay = await env.c.patch("/api/security/ipsec", { replay_window: 128 });
      expect([replay.status, replay.body.error.code, replay.body.error.target]).toEqual([400, "66256915", "replay_window"]);
      for (const x of await sides()) {
        expect(x.offload_packets).toBeGreaterThan(0);
        expect(x.offload_packets).toBeLessThanOrEqual(x.packets);
        expect(x.offload_bytes).toBeLessThanOrEqual(x.bytes);
      }
      const filtered = await env.c.get("/api/security/ipsec/security-associations?ipsec.inbound.offload_packets=>0&type=ipsec");
      expect(filtered.body.num_records).toBe(off.length / 2);
    });

    it(`PATCH / DELETE on the policy collection ${atLeast(release, "9.16") ? "select records by the query" : "do not exist before 9.16"}`, async () => {
      for (const n of ["q_1", "q_2", "r_1"]) expect((await env.c.post("/api/security/ipsec/policies", policyBody(n))).status).toBe(201);
      const patched = await env.c.patch("/api/security/ipsec/policies?name=q_*&continue_on_failure=true&serial_records=false", { enabled: false });
      if (!atLeast(release, "9.16")) {
        expect(patched.status).toBe(405);
        expect((await env.c.get("/api/security/ipsec/policies?enabled=false")).body.num_records).toBe(0);
        env.mock.reset();
        return;
      }
      expect(patched.status).toBe(200);
      await valid("PATCH", "/security/ipsec/policies", patched);
      const names = async (q: string) => (await env.c.get(`/api/security/ipsec/policies?${q}`)).body.records.map((r: any) => r.name).sort();
      expect(await names("enabled=false")).toEqual(["q_1", "q_2"]);
      // A collection write takes filters and its own controls, not a GET's fields.
      expect((await env.c.patch("/api/security/ipsec/policies?name=q_*&fields=name", { enabled: true })).status).toBe(400);
      const del = await env.c.del("/api/security/ipsec/policies?enabled=false");
      expect(del.status).toBe(200);
      await valid("DELETE", "/security/ipsec/policies", del);
      expect(await names("name=*")).toEqual(["r_1"]);
      env.mock.reset();
    });
  });
}
