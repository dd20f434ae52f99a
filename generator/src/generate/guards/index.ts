// The validation-guard generator: one release slice in, the TypeScript of its `src/guards.ts` out.
export { emitGuards } from "./emit-guards.js";
export { GuardGenerationError } from "./errors.js";
export { typeName } from "./naming.js";
