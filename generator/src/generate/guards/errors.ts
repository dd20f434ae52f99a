/** Thrown when a schema construct cannot be turned into a guard: generation fails, never emits a wrong guard. */
export class GuardGenerationError extends Error {
  constructor(
    /** Where: the component, optionally followed by a JSON pointer inside it (`ipsec_policy/properties/name`). */
    readonly schema: string,
    /** The offending keyword. */
    readonly keyword: string,
    detail: string,
  ) {
    super(`cannot generate a guard for ${schema}: ${keyword}: ${detail}`);
    this.name = "GuardGenerationError";
  }
}
