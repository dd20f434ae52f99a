// Consumers bundle and minify the runtime: error names must survive class renaming.
import { build } from "esbuild";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/src/paths.js";

it("keeps each error's name in a minified bundle", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "ontap-sec-min-"));
  const out = path.join(dir, "errors.mjs");
  await build({
    entryPoints: [path.join(REPO_ROOT, "packages/runtime/src/errors.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    outfile: out,
    logLevel: "silent",
  });
  const m = await import(pathToFileURL(out).href);
  const cases: [string, string][] = [
    ["PaginationError", "pagination"],
    ["JobFailedError", "job-failed"],
    ["OntapTimeoutError", "timeout"],
    ["OntapTlsError", "tls"],
    ["OntapNetworkError", "network"],
    ["InvalidResponseError", "invalid-response"],
    ["RequestValidationError", "request-validation"],
    ["ReleaseMismatchError", "release-mismatch"],
  ];
  for (const [name, kind] of cases) {
    const e = m.fail("boom", { kind });
    expect(e.name).toBe(name);
    expect(String(e)).toBe(`${name}: boom`);
    expect(e.toJSON().name).toBe(name);
  }
  await writeFile(path.join(dir, "done"), "");
});
