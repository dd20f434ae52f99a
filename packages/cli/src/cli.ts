// The published `ontap-sec` command. This entry holds only the command table (commander and the
// shared definitions); each command's code is a separate chunk, imported when that command runs,
// so `--help` loads nothing else and `diff` loads the diff engine and two slices only.
import { Command, CommanderError } from "commander";
import { defineDiff, defineMatrix, defineMock, type DiffFormat, type MatrixFormat, type MockCommandOptions } from "../../../generator/src/commands/define.js";
import type { Level } from "../../../generator/src/diff/rules.js";

declare const __CLI_VERSION__: string;

const MAINTAINER: Record<string, string> = {
  lint: "Validate the curated spec.",
  slice: "Print the OpenAPI document of one release, cut from the spec.",
  generate: "Generate the release packages from the spec.",
  changeset: "Write changesets for the release packages whose documents changed.",
};

const program = new Command()
  .name("ontap-sec")
  .description(
    "NetApp ONTAP security REST API across releases: what changes between two releases (diff), where each operation, property and error code exists (matrix), and a stateful fake ONTAP to test against (mock).",
  )
  .version(typeof __CLI_VERSION__ === "string" ? __CLI_VERSION__ : "0.0.0-source")
  .addHelpText(
    "after",
    "\nlint, slice, generate and changeset work on the curated spec: they run only in a checkout of the ontap-sec\nrepository (as `pnpm ontap-sec <command>` there). diff, matrix and mock use the releases packed with this CLI.",
  )
  .showHelpAfterError()
  .exitOverride();

defineDiff(program)
  .addHelpText("after", "\nExamples:\n  ontap-sec diff 9.11 9.14\n  ontap-sec diff 9.12 9.15 --format md --out upgrade.md --fail-on breaking")
  .action(async (from: string, to: string, opts: { format: DiffFormat; failOn?: Level; out?: string }) => {
    if (await (await import("./commands/diff.js")).run(from, to, opts)) process.exitCode = 1;
  });

defineMatrix(program).action(async (opts: { format: MatrixFormat; out?: string }) => {
  await (await import("./commands/matrix.js")).run(opts);
});

defineMock(program).action(async (opts: MockCommandOptions) => {
  await (await import("./commands/mock.js")).run(opts);
});

program
  .command("releases")
  .description("List the ONTAP releases this CLI knows, oldest first.")
  .action(async () => {
    process.stdout.write((await (await import("./data.js")).knownReleases()).join("\n") + "\n");
  });

for (const [name, what] of Object.entries(MAINTAINER)) {
  program
    .command(name)
    .description(`(maintainers, in a checkout) ${what}`)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument("[args...]")
    .action(async () => {
      // Everything after the command name goes to the repository's CLI unchanged.
      const args = process.argv.slice(process.argv.indexOf(name, 2) + 1);
      process.exitCode = (await import("./commands/maintainer.js")).run(name, args);
    });
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  console.error(`ontap-sec: ${(e as Error).message}`);
  process.exit(1);
}
