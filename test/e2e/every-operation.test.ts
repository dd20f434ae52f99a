// Every operation of every release's slice, through the generated client (response validation on,
// HTTPS) against one mock of that release, reused by all of the release's tests (walk-suite.ts).
import { describe } from "vitest";
import { clientFor, RELEASES, startMock } from "./helpers.js";
import { walkEveryOperation } from "./walk-suite.js";
import { inventoryFor, planWalk, sliceOf } from "./walk.js";

for (const release of RELEASES) {
  describe(`every operation of ${release}, client against mock`, () => {
    walkEveryOperation(planWalk(sliceOf(release)), async () => {
      const mock = await startMock(release, { seed: inventoryFor(sliceOf(release)) });
      return { mock, client: await clientFor(release, mock) };
    });
  });
}
