// The MockOntap handle (src/index.ts) on every release of the spec: reset() returns to the seed.
import { describe, expect, it } from "vitest";
import { policyBody, seededMock } from "./helpers.js";
import { RELEASES } from "../releases.js";

for (const release of RELEASES) {
  describe(`ONTAP ${release}`, () => {
    const env = seededMock(release);

    it("reset() returns to the seeded state", async () => {
      await env.c.post("/api/security/ipsec/policies", policyBody("temp"));
      expect((await env.c.get("/api/security/ipsec/policies")).body.num_records).toBe(1);
      env.mock.reset();
      expect((await env.c.get("/api/security/ipsec/policies")).body.num_records).toBe(0);
      expect((await env.c.get("/api/security/ipsec")).body.replay_window).toBe(0);
    });
  });
}
