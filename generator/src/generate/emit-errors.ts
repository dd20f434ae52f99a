// src/errors.ts: the release's error codes as a const map, unions per operation, and a lookup.
import type { ReleaseModel } from "./model.js";
import type { Render } from "./templates.js";

export function errorsData(model: ReleaseModel) {
  const common = model.catalog.filter((e) => e.common);
  const commonSet = new Set(common.map((e) => e.code));
  return {
    release: model.release,
    catalog: model.catalog,
    commonCodes: common,
    operations: model.operations.map((op) => ({
      key: op.key,
      operationId: op.operationId,
      typeStem: op.typeStem,
      // Its own codes, without those already common, each once.
      errors: op.errors.filter((e, i, all) => !commonSet.has(e.code) && all.findIndex((x) => x.code === e.code) === i),
    })),
  };
}

export const emitErrors = (render: Render, model: ReleaseModel, header: string) =>
  render("errors.ts", { header, ...errorsData(model) });
