import type { Command } from "commander";

// Being built; see the issue tracker.
export function registerDiff(program: Command) {
  program
    .command("diff")
    .description("(not built yet)")
    .allowUnknownOption()
    .action(() => {
      throw new Error("'diff' is not built yet");
    });
}
