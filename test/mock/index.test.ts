// The MockOntap handle (src/index.ts) on every release of the spec: reset() returns to the seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockOntap } from "@ontap-sec/mock";
import { api, type Api, policyBody, start } from "./helpers.js";
import { RELEASES } from "../releases.js";

for (const release of RELEASES) {
  describe(`ONTAP ${release}`, () => {
    let mock: MockOntap;
    let c: Api;
    beforeAll(async () => {
      mock = await start(release, { seed: { seed: 7, securityAssociations: 6 } });
      c = api(mock);
    });
    afterAll(() => mock.close());

    it("reset() returns to the seeded state", async () => {
      await c.post("/api/security/ipsec/policies", policyBody("temp"));
      expect((await c.get("/api/security/ipsec/policies")).body.num_records).toBe(1);
      mock.reset();
      expect((await c.get("/api/security/ipsec/policies")).body.num_records).toBe(0);
      expect((await c.get("/api/security/ipsec")).body.replay_window).toBe(0);
    });
  });
}
