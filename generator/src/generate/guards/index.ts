// The validation-guard generator: one release slice in, the TypeScript of its `src/guards.ts` out.
export { emitGuards, readComponents, type EmitGuardsOptions } from "./emit-guards.js";
export { GuardGenerationError } from "./errors.js";
export { guardNames, typeName, type GuardNames } from "./naming.js";
export { messages } from "./messages.js";
