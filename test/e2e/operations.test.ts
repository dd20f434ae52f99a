// Every operation on every release where it exists, through the generated client against the mock
// (HTTPS with the mock's CA, response validation set to "throw").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockOntap } from "@ontap-sec/mock";
import { captureLogger, clientFor, hasCa, policy, RELEASES, SECRET_KEY, startMock } from "./helpers.js";
import { atLeast } from "../releases.js";
import { documentedError } from "../documented-errors.js";
import { sliceOf } from "./walk.js";

const PPK_KEY = "ppk-VALUE-abcdefghij-do-not-leak";

for (const release of RELEASES) {
  describe(`client-${release} against the ${release} mock`, () => {
    let mock: MockOntap;
    let client: any;
    const cap = captureLogger();
    beforeAll(async () => {
      mock = await startMock(release, { seed: { securityAssociations: 12 } });
      client = await clientFor(release, mock, { logger: cap.logger, releaseCheck: "refuse" });
    });
    afterAll(async () => {
      await client?.close();
      await mock?.close();
    });

    it("detects the release", async () => {
      expect(await client.detectRelease()).toBe(release);
    });

    it("GET /security and PATCH /security through its job", async () => {
      const g = await client.GET("/security");
      expect(g.data.fips.enabled).toBe(false);
      const p = await client.PATCH("/security", { body: { fips: { enabled: true } }, waitForJob: { initialDelayMs: 5, maxDelayMs: 10 } });
      expect(p.job?.state ?? (await client.waitForJob(p.data, { initialDelayMs: 5 })).state).toBe("success");
      expect((await client.GET("/security")).data.fips.enabled).toBe(true);
    });

    it("GET and PATCH /security/ipsec", async () => {
      await client.PATCH("/security/ipsec", { body: { replay_window: 64 } });
      expect((await client.GET("/security/ipsec")).data.replay_window).toBe(64);
    });

    it("policies: create, list, paginate, get, modify, delete", async () => {
      const created = await client.POST("/security/ipsec/policies", { body: policy("e2e_a"), params: { query: { return_records: true } } });
      const uuid = created.data.records[0].uuid;
      await client.POST("/security/ipsec/policies", { body: policy("e2e_b", { action: "bypass", secret_key: undefined }) });
      const list = await client.GET("/security/ipsec/policies", { params: { query: { fields: ["*"] } } });
      expect(list.data.num_records).toBe(2);
      const names: string[] = [];
      for await (const r of client.paginate("/security/ipsec/policies", { params: { query: { max_records: 1, fields: ["name"] } } })) names.push(r.name);
      expect(names.sort()).toEqual(["e2e_a", "e2e_b"]);
      const one = await client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid } } });
      expect(one.data.name).toBe("e2e_a");
      expect(JSON.stringify(one.data)).not.toContain(SECRET_KEY);
      await client.PATCH("/security/ipsec/policies/{uuid}", { params: { path: { uuid } }, body: { enabled: false } });
      expect((await client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid } } })).data.enabled).toBe(false);
      await client.DELETE("/security/ipsec/policies/{uuid}", { params: { path: { uuid } } });
      const err = await client.GET("/security/ipsec/policies/{uuid}", { params: { path: { uuid } } }).catch((e: unknown) => e);
      // An unknown policy: 66257116 where the release's GET documents it (9.9 – 9.14), else 4.
      expect(client.isError(err, documentedError(sliceOf(release), "GET", "/security/ipsec/policies/{uuid}", "66257116", "4").code)).toBe(true);
    });

    it("security associations: list, paginate, get", async () => {
      const all: any[] = [];
      for await (const r of client.paginate("/security/ipsec/security-associations", { params: { query: { max_records: 5, fields: ["*"] } } })) all.push(r);
      expect(all).toHaveLength(12);
      const one = await client.GET("/security/ipsec/security-associations/{uuid}", { params: { path: { uuid: all[3].uuid } } });
      expect(one.data).toEqual(all[3]);
    });

    if (hasCa(release)) {
      it("CA certificates: add, list, get, remove", async () => {
        const ca = mock.state.inventory.certificates.find((c) => c.type === "root_ca")!;
        await client.POST("/security/ipsec/ca-certificates", { body: { certificate: { uuid: ca.uuid } } });
        const list = await client.GET("/security/ipsec/ca-certificates");
        expect(list.data.records.map((r: any) => r.certificate.uuid)).toEqual([ca.uuid]);
        const path = { "certificate.uuid": ca.uuid };
        expect((await client.GET("/security/ipsec/ca-certificates/{certificate.uuid}", { params: { path } })).data.certificate.uuid).toBe(ca.uuid);
        await client.DELETE("/security/ipsec/ca-certificates/{certificate.uuid}", { params: { path } });
        expect((await client.GET("/security/ipsec/ca-certificates")).data.num_records).toBe(0);
      });
    }

    it(`IPsec hardware offload: ${atLeast(release, "9.16") ? "switchable, and SA offload counters follow it" : "refused by the client (no such field before 9.16)"}`, async () => {
      if (!atLeast(release, "9.16")) {
        await expect(client.PATCH("/security/ipsec", { body: { offload_enabled: true } })).rejects.toMatchObject({ kind: "request-validation" });
        expect((await client.GET("/security/ipsec")).data.offload_enabled).toBeUndefined();
        return;
      }
      expect((await client.GET("/security/ipsec")).data.offload_enabled).toBe(false);
      const sides = async () => {
        const list = await client.GET("/security/ipsec/security-associations", { params: { query: { fields: ["*"], type: "ipsec" } } });
        return list.data.records.flatMap((r: any) => [r.ipsec.inbound, r.ipsec.outbound]);
      };
      const off = await sides();
      expect(off.length).toBeGreaterThan(0);
      for (const c of off) expect([c.offload_bytes, c.offload_packets]).toEqual([0, 0]);
      // The switch only moves while IPsec is disabled, and not with anti-replay protection on.
      const refused = await client.PATCH("/security/ipsec", { body: { offload_enabled: true } }).catch((e: unknown) => e);
      expect(client.isError(refused, "66256913")).toBe(true);
      await client.PATCH("/security/ipsec", { body: { enabled: false, replay_window: 0 } });
      const replay = await client.PATCH("/security/ipsec", { body: { offload_enabled: true, replay_window: 64 } }).catch((e: unknown) => e);
      expect(client.isError(replay, "66256915")).toBe(true);
      await client.PATCH("/security/ipsec", { body: { offload_enabled: true } });
      expect((await client.GET("/security/ipsec")).data.offload_enabled).toBe(true);
      for (const c of await sides()) {
        expect(c.offload_bytes).toBeGreaterThan(0);
        expect(c.offload_bytes).toBeLessThanOrEqual(c.bytes);
        expect(c.offload_packets).toBeLessThanOrEqual(c.packets);
      }
      await client.PATCH("/security/ipsec", { body: { offload_enabled: false } });
      await client.PATCH("/security/ipsec", { body: { enabled: true } });
    });

    it(`policy ppk: ${atLeast(release, "9.17") ? "identity shown, key never returned or logged" : "refused by the client before 9.17"}`, async () => {
      const body = policy("e2e_ppk", { ppk: { identity: "ppk-id-1", shared_key: PPK_KEY } });
      if (!atLeast(release, "9.17")) {
        await expect(client.POST("/security/ipsec/policies", { body })).rejects.toMatchObject({ kind: "request-validation" });
        return;
      }
      const created = await client.POST("/security/ipsec/policies", { body, params: { query: { return_records: true } } });
      const uuid = created.data.records[0].uuid;
      const path = { uuid };
      expect((await client.GET("/security/ipsec/policies/{uuid}", { params: { path } })).data.ppk).toEqual({ identity: "ppk-id-1" });
      await client.PATCH("/security/ipsec/policies/{uuid}", { params: { path }, body: { ppk: { identity: "ppk-id-2" } } });
      const after = await client.GET("/security/ipsec/policies/{uuid}", { params: { path } });
      expect(after.data.ppk).toEqual({ identity: "ppk-id-2" });
      expect(JSON.stringify(after.data)).not.toContain(PPK_KEY);
      // An identity without a key (and the reverse) is ONTAP's 66257153 / 66257154.
      const noKey = await client.POST("/security/ipsec/policies", { body: policy("e2e_ppk_2", { ppk: { identity: "ppk-id-3" } }) }).catch((e: unknown) => e);
      expect(client.isError(noKey, "66257153")).toBe(true);
      const noId = await client.POST("/security/ipsec/policies", { body: policy("e2e_ppk_3", { ppk: { shared_key: PPK_KEY } }) }).catch((e: unknown) => e);
      expect(client.isError(noId, "66257154")).toBe(true);
      // Too short for the 18..128 limit of 9.17.1 / 9.19.1: the client refuses it before sending.
      await expect(client.PATCH("/security/ipsec/policies/{uuid}", { params: { path }, body: { ppk: { shared_key: "short" } } })).rejects.toMatchObject({ kind: "request-validation" });
      await client.DELETE("/security/ipsec/policies/{uuid}", { params: { path } });
    });

    it(`policy certificate_modify_keepsa: ${atLeast(release, "9.18") ? "defaults to false and is patchable" : "absent (9.17.1 and before)"}`, async () => {
      const created = await client.POST("/security/ipsec/policies", { body: policy("e2e_keepsa"), params: { query: { return_records: true } } });
      const path = { uuid: created.data.records[0].uuid };
      const one = await client.GET("/security/ipsec/policies/{uuid}", { params: { path } });
      if (!atLeast(release, "9.18")) {
        expect(one.data.certificate_modify_keepsa).toBeUndefined();
        await expect(client.PATCH("/security/ipsec/policies/{uuid}", { params: { path }, body: { certificate_modify_keepsa: true } })).rejects.toMatchObject({ kind: "request-validation" });
      } else {
        expect(one.data.certificate_modify_keepsa).toBe(false);
        await client.PATCH("/security/ipsec/policies/{uuid}", { params: { path }, body: { certificate_modify_keepsa: true } });
        expect((await client.GET("/security/ipsec/policies/{uuid}", { params: { path } })).data.certificate_modify_keepsa).toBe(true);
      }
      await client.DELETE("/security/ipsec/policies/{uuid}", { params: { path } });
    });

    it(`query-based PATCH and DELETE on collections: ${atLeast(release, "9.16") ? "apply to every matching record" : "not offered before 9.16"}`, async () => {
      if (!atLeast(release, "9.16")) {
        await client.POST("/security/ipsec/policies", { body: policy("bulk_0") });
        const err = await client.PATCH("/security/ipsec/policies", { params: { query: { name: "bulk_*" } }, body: { enabled: false } }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(Error);
        const still = await client.GET("/security/ipsec/policies", { params: { query: { name: "bulk_0", fields: ["enabled"] } } });
        expect(still.data.records.map((r: any) => r.enabled)).toEqual([true]);
        return;
      }
      for (const n of ["bulk_1", "bulk_2", "other_1"]) await client.POST("/security/ipsec/policies", { body: policy(n) });
      await client.PATCH("/security/ipsec/policies", { params: { query: { name: "bulk_*" } }, body: { enabled: false } });
      const list = await client.GET("/security/ipsec/policies", { params: { query: { name: "bulk_*|other_*", fields: ["name", "enabled"] } } });
      expect(Object.fromEntries(list.data.records.map((r: any) => [r.name, r.enabled]))).toEqual({ bulk_1: false, bulk_2: false, other_1: true });
      // The body is an instance PATCH body: a create-only field is refused before sending.
      await expect(client.PATCH("/security/ipsec/policies", { params: { query: { name: "bulk_*" } }, body: { action: "bypass" } })).rejects.toMatchObject({ kind: "request-validation" });
      await client.DELETE("/security/ipsec/policies", { params: { query: { name: "bulk_*|other_*", enabled: false } } });
      const left = await client.GET("/security/ipsec/policies", { params: { query: { name: "bulk_*|other_*", fields: ["name"] } } });
      expect(left.data.records.map((r: any) => r.name)).toEqual(["other_1"]);
      await client.DELETE("/security/ipsec/policies", { params: { query: { name: "other_1" } } });
      const roots = mock.state.inventory.certificates.filter((c) => c.type === "root_ca").slice(0, 2);
      for (const ca of roots) await client.POST("/security/ipsec/ca-certificates", { body: { certificate: { uuid: ca.uuid } } });
      await client.DELETE("/security/ipsec/ca-certificates", { params: { query: { "certificate.uuid": roots[0]!.uuid } } });
      expect((await client.GET("/security/ipsec/ca-certificates")).data.records.map((r: any) => r.certificate.uuid)).toEqual(roots.slice(1).map((c) => c.uuid));
      await client.DELETE("/security/ipsec/ca-certificates", { params: { query: { scope: "*" } } });
      expect((await client.GET("/security/ipsec/ca-certificates")).data.num_records).toBe(0);
    });

    it("logged nothing secret", () => {
      const text = cap.lines.join("\n");
      expect(text).not.toContain(SECRET_KEY);
      expect(text).not.toContain(PPK_KEY);
    });
  });
}
