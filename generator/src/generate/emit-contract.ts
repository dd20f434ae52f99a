// src/contract.ts: the OntapContract the runtime checks requests and responses against.
import type { ReleaseModel } from "./model.js";
import { tsArray } from "./layout.js";
import { packageName } from "./naming.js";
import type { Render } from "./templates.js";

export function emitContract(render: Render, model: ReleaseModel, header: string): string {
  return render("contract.ts", {
    header,
    release: model.release,
    packageName: packageName(model.release),
    sensitiveFields: model.sensitiveFields,
    sensitiveFieldsLine: tsArray(2, "sensitiveFields: ", model.sensitiveFields.map((f) => JSON.stringify(f)), ","),
    operations: model.operations.map((op) => ({
      key: op.key,
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      requestBody: op.requestBody ? { component: op.requestBody.component } : false,
      successList: Object.entries(op.successBodies).map(([status, b]) => ({ status, component: b.component })),
      errors: op.errors.filter((e, i, all) => all.findIndex((x) => x.code === e.code) === i),
      errorCodesLine: tsArray(
        6,
        "errorCodes: ",
        [...new Set(op.errors.map((e) => e.code))].map((c) => JSON.stringify(c)),
        ",",
      ),
    })),
  });
}
