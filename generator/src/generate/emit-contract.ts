// src/contract.ts: the OntapContract the runtime checks requests and responses against. Each
// operation's validators are imported from ./guards.js by name, so a missing guard fails the compile.
import type { ReleaseModel } from "./model.js";
import { guardNames } from "./guards/naming.js";
import { tsArray, tsNamedList } from "./layout.js";
import type { Render } from "./templates.js";

export function emitContract(render: Render, model: ReleaseModel, header: string): string {
  const validate = (component: string) => guardNames(component).validate;
  const used = new Set<string>();
  const operations = model.operations.map((op) => {
    const successList = Object.entries(op.successBodies).map(([status, b]) => ({ status, validate: validate(b.component) }));
    const requestBody = op.requestBody ? { validate: validate(op.requestBody.component) } : false;
    if (requestBody) used.add(requestBody.validate);
    for (const s of successList) used.add(s.validate);
    return {
      key: op.key,
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      requestBody,
      successList,
      errorCodesLine: tsArray(
        6,
        "errorCodes: ",
        [...new Set(op.errors.map((e) => e.code))].map((c) => JSON.stringify(c)),
        ",",
      ),
    };
  });
  const names = [...used].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return render("contract.ts", {
    header,
    release: model.release,
    guardsImport: names.length ? tsNamedList("import", names, "./guards.js") : "",
    sensitiveFieldsLine: tsArray(2, "sensitiveFields: ", model.sensitiveFields.map((f) => JSON.stringify(f)), ","),
    operations,
  });
}
