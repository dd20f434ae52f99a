import type { Command } from "commander";
import { PACKAGES_DIR, SPEC_ROOT } from "../paths.js";

interface GenerateOpts {
  release?: string[];
  check?: boolean;
  changeset?: boolean;
  spec: string;
  packages: string;
}

export function registerGenerate(program: Command) {
  program
    .command("generate")
    .description("Generate the release packages packages/client-<release> and the release table of packages/client (all releases, atomically), or check that they are up to date.")
    .option("--release <release...>", "only these ONTAP releases (e.g. 9.8 9.10)")
    .option("--check", "generate in memory and compare with packages/; exit 1 naming every stale, missing or extra file (writes nothing)")
    .option("--changeset", "write a changeset (bump computed from the old and new slice) for each package whose openapi.json changed")
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .option("--packages <dir>", "packages folder", PACKAGES_DIR)
    .action(async (opts: GenerateOpts) => {
      const log = (l: string) => process.stderr.write(l + "\n");
      const [{ formatDiagnostic, SpecError }, { describeStaleness, isClean, runGenerate }, { requireRelease }, { loadCheckedSpec }] = await Promise.all([
        import("../diagnostics.js"),
        import("../generate/run-generate.js"),
        import("./release-option.js"),
        import("../spec/check-spec.js"),
      ]);
      try {
        let releases: string[] | undefined;
        if (opts.release?.length) {
          const { releases: all } = await loadCheckedSpec(opts.spec);
          releases = opts.release.map((r) => requireRelease(r, all));
        }
        const res = await runGenerate({
          specFile: opts.spec,
          packagesDir: opts.packages,
          ...(releases ? { releases } : {}),
          check: !!opts.check,
          changeset: !!opts.changeset,
          log,
        });
        const files = res.releases.reduce((n, g) => n + g.files.size, 0);
        const ms = Math.round(res.ms);
        if (opts.check) {
          const s = res.staleness!;
          if (isClean(s)) {
            log(`✔ ${res.releases.length} release packages and packages/cli/data are up to date (${files} package files, ${ms} ms)`);
          } else {
            for (const l of describeStaleness(s)) log(l);
            log(`✖ generated output is out of date: ${s.stale.length} stale, ${s.missing.length} missing, ${s.extra.length} extra — run \`pnpm generate\``);
            process.exitCode = 1;
          }
          return;
        }
        for (const d of res.removed) log(`removed packages/${d} (its release is not in the spec)`);
        for (const c of res.changesets) log(`changeset: ${c}`);
        log(`✔ generated ${res.releases.length} release package${res.releases.length === 1 ? "" : "s"} (${res.releases.map((g) => g.release).join(", ")}): ${files} files, and packages/cli/data, in ${ms} ms`);
        if (res.placeholderGuards) process.exitCode = 2;
      } catch (e) {
        if (e instanceof SpecError) {
          for (const d of e.diagnostics) log(formatDiagnostic(d));
          log(`\n✖ ${e.diagnostics.length} problem${e.diagnostics.length === 1 ? "" : "s"} in the spec; nothing generated`);
          process.exitCode = 1;
          return;
        }
        throw e;
      }
    });
}
