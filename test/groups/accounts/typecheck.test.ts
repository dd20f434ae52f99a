// The type-level claims of types.ts hold against the generated packages. tsc reports an unused
// expect-error directive as an error, so each one there must meet a real type error.
import path from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT, tsc } from "../../generator/helpers.js";

it("accounts: fields, values and codes a release lacks are type errors; write-only and create-only fields stay out", { timeout: 240_000 }, () => {
  const r = tsc(path.join(REPO_ROOT, "test", "groups", "accounts", "tsconfig.json"));
  expect(r.output).toBe("");
  expect(r.status).toBe(0);
});
