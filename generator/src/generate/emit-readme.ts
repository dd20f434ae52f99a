// README.md: install, an example, the operations of the release, its error codes, how it is made.
import type { ReleaseModel } from "./model.js";
import { componentTypeName } from "./emit-types.js";
import { packageName } from "./naming.js";
import type { Render } from "./templates.js";
import { RUNTIME_REEXPORTS } from "./runtime-exports.js";
import { VERSIONING_POLICY } from "./versioning.js";
import type { ReleaseSummary } from "../evidence/compare.js";

export function emitReadme(render: Render, model: ReleaseModel, header: string, evidence?: ReleaseSummary): string {
  return render("README.md", {
    header,
    release: model.release,
    packageName: packageName(model.release),
    hasCaCertificates: model.operations.some((o) => o.path.startsWith("/security/ipsec/ca-certificates")),
    operations: model.operations,
    components: model.components,
    exampleAlias: componentTypeName(model.components.includes("ipsec_policy") ? "ipsec_policy" : (model.components[0] ?? "")),
    catalog: model.catalog,
    commonCount: model.catalog.filter((e) => e.common).length,
    versioning: VERSIONING_POLICY,
    evidence,
    runtimeValues: [...RUNTIME_REEXPORTS.values].sort(),
    runtimeTypes: [...RUNTIME_REEXPORTS.types].sort(),
  });
}
