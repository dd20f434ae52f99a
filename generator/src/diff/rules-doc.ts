// Renders RULES.md from the rule table. `tsx generator/src/diff/rules-doc.ts --write` rewrites it;
// test/diff/rules-doc.test.ts fails when it is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RULES, LEVELS } from "./rules.js";

export const RULES_DOC_PATH = fileURLToPath(new URL("./RULES.md", import.meta.url));

const INTRO = `# Diff rules

<!-- Generated from generator/src/diff/rules.ts by \`pnpm tsx generator/src/diff/rules-doc.ts --write\`. Do not edit by hand. -->

\`ontap-sec diff <from> <to>\` compares the slices of two releases; \`computeReleaseBump\` (bump.ts) compares
two versions of the slice of one release. Both run the same rules, listed here. Each change is
judged for **a client written against \`<from>\` running against \`<to>\`**, so the same fact reads
differently in the two directions: 9.9 → 9.10 adds the ca-certificates operations (info),
9.10 → 9.9 removes them (breaking).

Levels:

- **breaking**: a call that worked against \`<from>\` can fail, or a reader can lose data, against \`<to>\`.
- **warning**: may break, but the contract alone cannot tell (depends on what values the client sends
  or how it handles what it reads).
- **info**: nothing that worked stops working.

Request means what the client sends (parameters, POST bodies in the create shape, PATCH bodies in
the modify shape); response means what it reads (the read shape). A property that leaves a shape is
reported with its reason when the other shapes of the same component tell it: leaving a PATCH body
because it became create-only, leaving request bodies because it became read-only, leaving
responses because it became write-only. A property that is added or removed is reported once, not
its sub-properties.

Kind (for the semver bump of a regenerated package): a **breaking** change → major; any other
\`surface\` change → minor; only \`docs\` changes → patch; identical documents → no bump.

## JSON output

\`ontap-sec diff <from> <to> --format json\` prints

\`\`\`
{
  "from": "9.9", "to": "9.10",
  "direction": "upgrade" | "downgrade" | "same",
  "summary": { "breaking": 0, "warning": 0, "info": 54 },
  "changes": [
    { "id": "request-property-added", "level": "info",
      "operation": "POST /security/ipsec/policies",    // absent for catalog and document changes
      "operationId": "ipsec_policy_create",            // when the operation has one
      "location": "request-body",                      // operation | parameter:<in>:<name> | request-body |
                                                       // response:<status> | response-body:<status> | errors | catalog | document
      "path": "certificate",                           // property path (records[].name); the code for catalog changes
      "message": "\`certificate\` added",
      "before": …, "after": … }                         // the values compared, when there are values
  ]
}
\`\`\`

Changes are sorted by operation path, method (get, put, post, patch, delete), location, property
path, rule id, then values; the catalog and document changes come last. The same input gives the
same bytes.

Exit code: 0, or 1 with \`--fail-on breaking|warning\` when a change at that level or above exists
(and for errors such as an unknown release).
`;

export function renderRulesDoc(): string {
  const lines = [INTRO, "## Summary", "", "| level | rules |", "| --- | --- |"];
  for (const l of LEVELS) lines.push(`| ${l} | ${RULES.filter((r) => r.level === l).length} |`);
  lines.push("");
  const groups = [...new Set(RULES.map((r) => r.group))];
  for (const g of groups) {
    lines.push(`## ${g[0]!.toUpperCase()}${g.slice(1)}`, "", "| id | level | kind | detects | why this level |", "| --- | --- | --- | --- | --- |");
    for (const r of RULES.filter((x) => x.group === g)) lines.push(`| \`${r.id}\` | ${r.level} | ${r.kind} | ${r.title} | ${r.rationale} |`);
    lines.push("");
  }
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderRulesDoc();
  if (process.argv.includes("--write")) writeFileSync(RULES_DOC_PATH, text);
  else {
    let current = "";
    try {
      current = readFileSync(RULES_DOC_PATH, "utf8");
    } catch {
      // No RULES.md yet: everything is out of date.
    }
    if (current !== text) {
      console.error("RULES.md is out of date; run with --write");
      process.exit(1);
    }
  }
}
