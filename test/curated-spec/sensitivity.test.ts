// x-ontap-sensitive on a property whose name looks secret: true marks a secret, an explicit false
// says the name misleads (password_hash_algorithm); leaving it out is an error.
import { describe, expect, it } from "vitest";
import { checkMutated } from "./helpers.js";

const W = "components/widget.yaml";

describe("sensitivity of secret-looking names", () => {
  it("accepts an explicit false", async () => {
    const c = await checkMutated({ file: W, find: "        x-ontap-sensitive: true\n", replace: "        x-ontap-sensitive: false\n" });
    expect(c.diagnostics).toEqual([]);
  });
  it("still rejects a mark that is not a boolean", async () => {
    const c = await checkMutated({ file: W, find: "        x-ontap-sensitive: true\n", replace: '        x-ontap-sensitive: "no"\n' });
    expect(c.diagnostics.map((d) => d.rule)).toContain("bad-annotation");
  });
});
