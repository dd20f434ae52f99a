// The cluster-wide /security singleton: its PATCH answers 202 and applies when the job succeeds
// (the engine runs writes the slice answers with 202 only as jobs); two seeded conditions make it
// fail with ONTAP's codes, and a conversion or re-key job leaves the data encrypted.
import type { Behaviour } from "../engine/behaviour.js";
import { isObj, valueAt } from "../json.js";
import { deepMerge, initialSecurity } from "../state/singletons.js";

interface Conditions {
  nonFipsCertificateInUse?: boolean;
  dataVolumesPresent?: boolean;
}

export const security: Behaviour = {
  path: "/security",
  seed: (env) => deepMerge(initialSecurity(), isObj(env.seedOptions.security) ? env.seedOptions.security : {}),
  modify(next, body, ctx) {
    const cond: Conditions = isObj(ctx.seedOptions.conditions) ? ctx.seedOptions.conditions : {};
    if (valueAt(body, "fips.enabled") === true && cond.nonFipsCertificateInUse) throw ctx.errors.make("52559974", { target: "fips.enabled" });
    if (valueAt(body, "software_data_encryption.conversion_enabled") === true && cond.dataVolumesPresent)
      throw ctx.errors.make("196608081", { target: "software_data_encryption.conversion_enabled" });
    // The read-only encryption_state (9.16+) follows what the job did.
    const sde = next.software_data_encryption;
    if (isObj(sde) && (valueAt(body, "software_data_encryption.conversion_enabled") === true || valueAt(body, "software_data_encryption.rekey") === true)) sde.encryption_state = "encrypted";
  },
};
