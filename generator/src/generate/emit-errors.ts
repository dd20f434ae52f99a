// src/errors.ts: the release's error codes as a const map, unions per operation, and a lookup.
import type { ReleaseModel } from "./model.js";
import { tsCommentedUnion } from "./layout.js";
import type { Render } from "./templates.js";

const member = (e: { code: string; name: string }) => ({ literal: JSON.stringify(e.code), comment: e.name });

function errorsData(model: ReleaseModel) {
  const common = model.catalog.filter((e) => e.common);
  const commonSet = new Set(common.map((e) => e.code));
  return {
    release: model.release,
    catalog: model.catalog,
    commonCodes: common,
    commonUnion: tsCommentedUnion("CommonErrorCode", undefined, common.map(member)),
    operations: model.operations.map((op) => {
      // Its own codes, without those already common, each once.
      const errors = op.errors.filter((e, i, all) => !commonSet.has(e.code) && all.findIndex((x) => x.code === e.code) === i);
      return {
        key: op.key,
        operationId: op.operationId,
        typeStem: op.typeStem,
        errors,
        union: tsCommentedUnion(`${op.typeStem}ErrorCode`, "CommonErrorCode", errors.map(member)),
      };
    }),
  };
}

export const emitErrors = (render: Render, model: ReleaseModel, header: string) =>
  render("errors.ts", { header, ...errorsData(model) });
