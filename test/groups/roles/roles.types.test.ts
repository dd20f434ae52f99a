// Type-level behaviour of the roles group: fields and operations a release lacks do not compile
// (types.ts; each of its expect-error directives must be needed).
import path from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT, tsc } from "../../generator/helpers.js";

it("a field or operation the release lacks is a compile error", { timeout: 240_000 }, () => {
  const r = tsc(path.join(REPO_ROOT, "test", "groups", "roles", "tsconfig.json"));
  expect(r.output).toBe("");
  expect(r.status).toBe(0);
});
