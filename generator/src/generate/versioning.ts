// The versioning policy of the release packages, stated once (README of every package, .changeset/README.md).
export const VERSIONING_POLICY = [
  "Each release package has its own semver version, independent of the ONTAP release it speaks (that",
  "one is in the package name and in `package.json` → `ontap.release`) and of the other release packages.",
  "Versions are managed with changesets. **major**: a change that can break code compiled against the",
  "previous version (an operation, field, enum value or error code removed; a field newly required; a",
  "type narrowed). **minor**: additions (an operation, an optional field, an enum value, an error code).",
  "**patch**: fixes that leave the public types unchanged (descriptions, messages, examples, generator",
  "fixes). Regenerating never changes a version: it is bumped only by `changeset version`.",
].join("\n");
