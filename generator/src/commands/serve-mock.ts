// `ontap-sec mock`: start the mock of one release on its slice and keep it up until SIGINT/SIGTERM.
// Shared by the repository's CLI (slice cut from the spec) and the published one (slice packed).
import { writeFile } from "node:fs/promises";
import { startMockOntap } from "../../../packages/mock/src/index.js";
import type { MockCommandOptions } from "./define.js";

export async function serveMock(release: string, spec: object, opts: MockCommandOptions): Promise<void> {
  const mock = await startMockOntap({
    release,
    spec,
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
}
