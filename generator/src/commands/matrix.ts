import type { Command } from "commander";

// Being built; see the issue tracker.
export function registerMatrix(program: Command) {
  program
    .command("matrix")
    .description("(not built yet)")
    .allowUnknownOption()
    .action(() => {
      throw new Error("'matrix' is not built yet");
    });
}
