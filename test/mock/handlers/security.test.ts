// handlers/security.ts on every release of the spec, over real sockets: the singletons /security
// (PATCH as a job) and /security/ipsec, each answer checked against the release's schema (ajv)
// and the generated guards.
import { describe, expect, it } from "vitest";
import { problems, seededMock } from "../helpers.js";
import { atLeast, RELEASES } from "../../releases.js";

for (const release of RELEASES) {
  describe(`ONTAP ${release}`, () => {
    const env = seededMock(release);

    const valid = async (method: string, template: string, res: { status: number; body: unknown }) => {
      expect(await problems(release, method, template, res.status, res.body)).toEqual([]);
    };

    it("GET and PATCH /security (202 and a job that reaches success)", async () => {
      const g = await env.c.get("/api/security");
      expect(g.status).toBe(200);
      expect(g.headers.get("content-type")).toMatch(/application\/hal\+json/);
      expect(g.body._links.self.href).toBe("/api/security");
      expect(g.body.fips.enabled).toBe(false);
      if (!atLeast(release, "9.10")) expect(g.body.tls).toBeUndefined();
      else expect(g.body.tls.protocol_versions).toContain("TLSv1.2");
      await valid("GET", "/security", g);

      const p = await env.c.patch("/api/security", { fips: { enabled: true } });
      expect(p.status).toBe(202);
      await valid("PATCH", "/security", p);
      const href = p.body.job._links.self.href;
      expect(href).toBe(`/api/cluster/jobs/${p.body.job.uuid}`);
      const states: string[] = [];
      for (let i = 0; i < 5; i++) {
        const j = await env.c.get(href);
        expect(j.status).toBe(200);
        states.push(j.body.state);
        if (j.body.state === "success") {
          expect(j.body.code).toBe(0);
          expect(j.body.end_time).toBeDefined();
          break;
        }
      }
      expect(states).toEqual(["queued", "running", "success"]);
      expect((await env.c.get("/api/security?fields=fips")).body.fips.enabled).toBe(true);
    });

    it("GET and PATCH /security/ipsec", async () => {
      const g = await env.c.get("/api/security/ipsec");
      expect(g.status).toBe(200);
      await valid("GET", "/security/ipsec", g);
      const p = await env.c.patch("/api/security/ipsec", { replay_window: 128, enabled: false });
      expect(p.status).toBe(200);
      const after = await env.c.get("/api/security/ipsec");
      expect(after.body).toMatchObject({ replay_window: 128, enabled: false });
      await valid("GET", "/security/ipsec", after);
    });

    it(`software data encryption state ${atLeast(release, "9.16") ? "follows a conversion job" : "is not reported before 9.16"}`, async () => {
      const before = (await env.c.get("/api/security?fields=software_data_encryption")).body.software_data_encryption;
      if (!atLeast(release, "9.16")) {
        expect(before.encryption_state).toBeUndefined();
        const p = await env.c.patch("/api/security", { software_data_encryption: { rekey: true } });
        expect(p.status).toBe(400);
        return;
      }
      expect(before.encryption_state).toBe("unencrypted");
      // rekey is write-only (patchable, never gettable in NetApp's clients): not returned.
      expect("rekey" in before).toBe(false);
      // encryption_state is read-only: a PATCH naming it is refused.
      expect((await env.c.patch("/api/security", { software_data_encryption: { encryption_state: "encrypted" } })).status).toBe(400);
      const p = await env.c.patch("/api/security?return_timeout=5", { software_data_encryption: { conversion_enabled: true } });
      expect(p.status).toBe(200);
      // 9.16+ documents the 200 answer (job already done within return_timeout).
      await valid("PATCH", "/security", p);
      const after = await env.c.get("/api/security?fields=software_data_encryption");
      expect(after.body.software_data_encryption).toMatchObject({ conversion_enabled: true, encryption_state: "encrypted" });
      await valid("GET", "/security", after);
    });

    it(`TLS offload ${atLeast(release, "9.19") ? "is a switch of /security" : "is not part of /security before 9.19"}`, async () => {
      const g = await env.c.get("/api/security?fields=tls");
      if (!atLeast(release, "9.19")) {
        expect(g.body.tls?.offload_enabled).toBeUndefined();
        return;
      }
      expect(g.body.tls.offload_enabled).toBe(false);
      expect((await env.c.patch("/api/security?return_timeout=5", { tls: { offload_enabled: true } })).status).toBe(200);
      expect((await env.c.get("/api/security?fields=tls")).body.tls.offload_enabled).toBe(true);
    });
  });
}
