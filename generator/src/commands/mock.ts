import type { Command } from "commander";

// Being built; see the issue tracker.
export function registerMock(program: Command) {
  program
    .command("mock")
    .description("(not built yet)")
    .allowUnknownOption()
    .action(() => {
      throw new Error("'mock' is not built yet");
    });
}
