// `ontap-sec mock --release <r>` on the packed slice of that release.
import type { MockCommandOptions } from "../../../../generator/src/commands/define.js";
import { serveMock } from "../../../../generator/src/commands/serve-mock.js";
import { checkRelease, loadSlice } from "../data.js";

export async function run(opts: MockCommandOptions): Promise<void> {
  const release = await checkRelease(opts.release);
  await serveMock(release, await loadSlice(release), opts);
}
