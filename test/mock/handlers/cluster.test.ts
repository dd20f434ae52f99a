// handlers/cluster.ts on every release of the spec, over real sockets: GET /api/cluster, whose
// version clients read to pick their release.
import { describe, expect, it } from "vitest";
import { seededMock } from "../helpers.js";
import { RELEASES } from "../../releases.js";

for (const release of RELEASES) {
  describe(`ONTAP ${release}`, () => {
    const env = seededMock(release);

    it("GET /api/cluster gives the release's version", async () => {
      const r = await env.c.get("/api/cluster?fields=version");
      expect(r.status).toBe(200);
      const [, major] = release.split(".").map(Number);
      expect(r.body.version).toMatchObject({ generation: 9, major, minor: release === "9.8" ? 0 : 1 });
      expect(r.body.version.full).toMatch(new RegExp(`^NetApp Release ${release.replace(".", "\\.")}(\\.1)?: `));
      expect(r.body.name).toBeUndefined();
    });
  });
}
