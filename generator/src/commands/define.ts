// The user-facing commands' names, arguments and options, shared by the repository's CLI
// (generator/src/cli.ts, which adds --spec) and the published one (packages/cli), so both accept
// the same command lines. Only commander here: defining a command loads nothing else.
import { Option, type Command } from "commander";
import { DIFF_FORMATS } from "../diff/formats.js";

export type { DiffFormat } from "../diff/formats.js";
const MATRIX_FORMATS = ["md", "html"] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

export function defineDiff(program: Command): Command {
  return program
    .command("diff")
    .description(
      "Compare two releases' slices and list every change, judged for a client written against <from> running against <to> (a reversed range is a downgrade).",
    )
    .argument("<from>", "release the client was written against, e.g. 9.9")
    .argument("<to>", "release it runs against, e.g. 9.10")
    .addOption(new Option("--format <format>", "output format").choices(DIFF_FORMATS).default("text"))
    .addOption(new Option("--fail-on <level>", "exit 1 when a change at this level or above exists").choices(["breaking", "warning"]))
    .option("--out <file>", "write to this file instead of standard output");
}

export function defineMatrix(program: Command): Command {
  return program
    .command("matrix")
    .description("Operations, schema properties (with enum values) and ONTAP error codes × releases: where each exists and where it changes.")
    .addOption(new Option("--format <format>", "output format").choices(MATRIX_FORMATS).default("md"))
    .option("--out <file>", "write to this file instead of standard output");
}

export interface MockCommandOptions {
  release: string;
  port: string;
  host: string;
  tls?: boolean;
  caOut?: string;
  seed: string;
  securityAssociations?: string;
  user: string;
  password: string;
}

export function defineMock(program: Command): Command {
  return program
    .command("mock")
    .description("Run a stateful fake ONTAP security REST API of one release until Ctrl-C.")
    .requiredOption("--release <release>", "ONTAP release, e.g. 9.10")
    .option("--port <port>", "port to listen on (0: any free port)", "8443")
    .option("--host <host>", "loopback address to listen on", "127.0.0.1")
    .option("--tls", "serve HTTPS with a generated self-signed certificate")
    .option("--ca-out <file>", "with --tls: write the certificate to trust (PEM) to this file")
    .option("--seed <n>", "PRNG seed of the generated data", "1")
    .option("--security-associations <n>", "number of seeded security associations")
    .option("--user <name>", "Basic-auth user", "admin")
    .option("--password <password>", "Basic-auth password", "netapp1!");
}
