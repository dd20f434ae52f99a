import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { startMockOntap } from "../../../packages/mock/src/index.js";
import { SPEC_ROOT } from "../paths.js";
import { loadCheckedSpec } from "../spec/check-spec.js";
import { sliceSpec } from "../slice/slice-spec.js";
import { requireRelease } from "./release-option.js";

interface MockOptions {
  release: string;
  port: string;
  host: string;
  tls?: boolean;
  caOut?: string;
  seed: string;
  securityAssociations?: string;
  user: string;
  password: string;
  spec: string;
}

export function registerMock(program: Command) {
  program
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
    .option("--password <password>", "Basic-auth password", "netapp1!")
    .option("--spec <file>", "root file of the spec", SPEC_ROOT)
    .action(async (opts: MockOptions) => {
      const { spec, releases } = await loadCheckedSpec(opts.spec);
      const release = requireRelease(opts.release, releases);
      const mock = await startMockOntap({
        release,
        spec: sliceSpec(spec.root, release),
        port: Number(opts.port),
        host: opts.host,
        tls: !!opts.tls,
        seed: {
          seed: Number(opts.seed),
          ...(opts.securityAssociations !== undefined ? { securityAssociations: Number(opts.securityAssociations) } : {}),
        },
        users: { [opts.user]: opts.password },
      });
      if (opts.tls && opts.caOut && mock.ca) await writeFile(opts.caOut, mock.ca);
      process.stdout.write(`ONTAP ${release} mock listening on ${mock.url}/api (user ${opts.user})\n`);
      if (opts.tls && opts.caOut) process.stdout.write(`certificate to trust: ${opts.caOut}\n`);
      process.stdout.write("Ctrl-C to stop.\n");
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          void mock.close().then(resolve);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
    });
}
