// The generated packages compile, and the type-level expectations of test/types hold (every
// expect-error directive there is load-bearing: tsc reports an unused one as an error).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, tsc } from "./helpers.js";

describe("tsc", () => {
  it("compiles every packages/client-*/src with --noEmit", { timeout: 240_000 }, () => {
    const r = tsc(path.join(REPO_ROOT, "test", "generator", "tsconfig.clients.json"));
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });

  it("test/types: release-exact request bodies, paths and error unions", { timeout: 240_000 }, () => {
    const r = tsc(path.join(REPO_ROOT, "test", "types", "tsconfig.json"));
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });
});
