import path from "node:path";
import type { Command } from "commander";
import { PACKAGES_DIR, REPO_ROOT, SPEC_ROOT } from "../paths.js";

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
      const [{ formatDiagnostic, SpecError }, { describeStaleness, isClean, runGenerate }, { checkWorkspaceManifests, syncWorkspaceManifests }, { requireRelease }, { loadCheckedSpec }] =
        await Promise.all([
          import("../diagnostics.js"),
          import("../generate/run-generate.js"),
          import("../generate/workspace-manifests.js"),
          import("./release-option.js"),
          import("../curated-spec/check-spec.js"),
        ]);
      try {
        // Loaded and checked once here; runGenerate works on this (it slices nothing again).
        const checked = await loadCheckedSpec(opts.spec);
        const releases = opts.release?.length ? opts.release.map((r) => requireRelease(r, checked.releases)) : undefined;
        const res = await runGenerate({
          checked,
          packagesDir: opts.packages,
          ...(releases ? { releases } : {}),
          check: !!opts.check,
          changeset: !!opts.changeset,
          log,
        });
        const files = res.releases.reduce((n, g) => n + g.files.size, 0);
        const ms = Math.round(res.ms);
        // The workspace manifests list every release: judged only for the repository's own
        // packages/ and a run over all releases.
        const manifests = path.resolve(opts.packages) === PACKAGES_DIR && !releases;
        const allReleases = res.releases.map((g) => g.release);
        if (opts.check) {
          const s = res.staleness!;
          const manifestProblems = manifests ? checkWorkspaceManifests(REPO_ROOT, allReleases) : [];
          for (const p of manifestProblems) log(`stale:   ${p.file}: ${p.message}`);
          if (manifestProblems.length) process.exitCode = 1;
          if (isClean(s) && manifestProblems.length) {
            log(`✖ workspace manifests are out of date — run \`pnpm generate\` then \`pnpm install\``);
          } else if (isClean(s)) {
            log(`✔ ${res.releases.length} release packages, packages/client and packages/cli/data are up to date (${files} package files, ${ms} ms)`);
          } else {
            for (const l of describeStaleness(s)) log(l);
            log(`✖ generated output is out of date: ${s.stale.length} stale, ${s.missing.length} missing, ${s.extra.length} extra — run \`pnpm generate\``);
            process.exitCode = 1;
          }
          return;
        }
        for (const d of res.removed) log(`removed packages/${d} (its release is not in the spec)`);
        if (manifests) for (const f of syncWorkspaceManifests(REPO_ROOT, allReleases)) log(`updated ${f} (release packages of the spec); run \`pnpm install\``);
        for (const c of res.changesets) log(`changeset: ${c}`);
        log(`✔ generated ${res.releases.length} release package${res.releases.length === 1 ? "" : "s"} (${res.releases.map((g) => g.release).join(", ")}): ${files} files, and packages/cli/data, in ${ms} ms`);
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
