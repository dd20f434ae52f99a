import type { Command } from "commander";

// Being built; see the issue tracker.
export function registerGenerate(program: Command) {
  program
    .command("generate")
    .description("(not built yet)")
    .allowUnknownOption()
    .action(() => {
      throw new Error("'generate' is not built yet");
    });
}
