// The type-level facts of types.ts hold against the generated packages. tsc reports an unused
// expect-error directive as an error, so each one there must catch a real type error.
import path from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT, tsc } from "../../generator/helpers.js";

it("login-messages / SSH: fields and enum values a release lacks are type errors", { timeout: 240_000 }, () => {
  const r = tsc(path.join(REPO_ROOT, "test", "groups", "login-ssh", "tsconfig.json"));
  expect(r.output).toBe("");
  expect(r.status).toBe(0);
});
