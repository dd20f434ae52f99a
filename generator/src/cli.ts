#!/usr/bin/env node
// The ontap-sec command line: one entry point for every job on the spec.
import { Command, CommanderError } from "commander";
import { registerLint } from "./commands/lint.js";
import { registerSlice } from "./commands/slice.js";
import { registerGenerate } from "./commands/generate.js";
import { registerDiff } from "./commands/diff.js";
import { registerMatrix } from "./commands/matrix.js";
import { registerMock } from "./commands/mock.js";
import { registerChangeset } from "./commands/changeset.js";
import { registerEvidence } from "./commands/evidence.js";

const program = new Command()
  .name("ontap-sec")
  .description("Curated ONTAP security REST spec → typed per-release clients, error enums, guards, mock and diffs.")
  .showHelpAfterError()
  .exitOverride();

registerLint(program);
registerSlice(program);
registerGenerate(program);
registerDiff(program);
registerMatrix(program);
registerMock(program);
registerChangeset(program);
registerEvidence(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  console.error(`ontap-sec: ${(e as Error).message}`);
  process.exit(1);
}
