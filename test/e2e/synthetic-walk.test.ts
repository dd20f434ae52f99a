// The every-operation walk (walk-suite.ts) on the synthetic slice of the engine tests, so the walk
// and the engine are proven together on composite keys, a sub-collection, singletons, a job and
// actions before the real specs of those groups land. No generated client exists for a synthetic
// slice: a small fetch client stands in (fetch-client.ts).
import { describe } from "vitest";
import { startMockOntap } from "@ontap-sec/mock";
import { RELEASE, syntheticSlice } from "../mock/engine/synthetic-slice.js";
import { fetchClient } from "./fetch-client.js";
import { walkEveryOperation } from "./walk-suite.js";
import { planWalk } from "./walk.js";

describe("every operation of the synthetic slice, fetch client against mock", () => {
  const doc = syntheticSlice();
  walkEveryOperation(planWalk(doc), async () => {
    const mock = await startMockOntap({ release: RELEASE, spec: syntheticSlice() });
    return { mock, client: fetchClient(mock, doc) };
  });
});
