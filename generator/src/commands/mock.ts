import type { Command } from "commander";
import { SPEC_ROOT } from "../paths.js";
import { defineMock, type MockCommandOptions } from "./define.js";

export function registerMock(program: Command) {
  defineMock(program)
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .action(async (opts: MockCommandOptions & { spec: string }) => {
      const [{ loadCheckedSpec, sliceOf }, { requireRelease }, { serveMock }] = await Promise.all([
        import("../curated-spec/check-spec.js"),
        import("./release-option.js"),
        import("./serve-mock.js"),
      ]);
      const checked = await loadCheckedSpec(opts.spec);
      const release = requireRelease(opts.release, checked.releases);
      await serveMock(release, sliceOf(checked, release), opts);
    });
}
