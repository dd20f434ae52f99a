// The diff rules: the single source of every change id, its level and why. RULES.md is rendered
// from this table (see rules-doc.ts) and a test keeps the two in step.
//
// Every rule is judged for a client written against the `from` document running against the `to`
// document. "Request" means what the client sends (parameters, POST/PATCH bodies); "response"
// means what it reads back (the read shape).

export type Level = "breaking" | "warning" | "info";

/**
 * What a change touches. `surface`: the wire contract or the generated client API. `docs`:
 * descriptions, summaries, examples and other text only. Used by the semver bump: breaking →
 * major, any other surface change → minor, docs only → patch.
 */
export type Kind = "surface" | "docs";

export type Group = "operation" | "parameter" | "request body" | "response" | "request schema" | "response schema" | "either schema" | "errors" | "catalog" | "document";

export interface RuleDef {
  id: string;
  level: Level;
  kind: Kind;
  group: Group;
  /** One line: what was detected. */
  title: string;
  /** Why this level. */
  rationale: string;
}

const r = (id: string, level: Level, group: Group, title: string, rationale: string, kind: Kind = "surface"): RuleDef => ({
  id,
  level,
  kind,
  group,
  title,
  rationale,
});

export const RULES = [
  // ── operations ────────────────────────────────────────────────────────────────────────────
  r("operation-added", "info", "operation", "An operation (method + path) exists only in the new document.", "Nothing the client already does changes."),
  r("operation-removed", "breaking", "operation", "An operation of the old document is gone.", "Calls to it now fail (404/405 from ONTAP)."),
  r(
    "operation-id-changed",
    "breaking",
    "operation",
    "The same method + path has a different operationId.",
    "The wire is unchanged, but the generated clients name methods and types after the operationId: code written against the old name no longer compiles.",
  ),
  r("operation-deprecated", "warning", "operation", "An operation became deprecated.", "It still works, but is on its way out."),
  r("operation-deprecation-removed", "info", "operation", "An operation is no longer deprecated.", "Only removes a caveat."),
  r("operation-docs-changed", "info", "operation", "An operation's summary or description changed.", "Text only.", "docs"),
  r("operation-tags-changed", "info", "operation", "An operation's tags changed.", "Grouping in documentation only.", "docs"),
  // ── parameters ────────────────────────────────────────────────────────────────────────────
  r("parameter-added", "info", "parameter", "An optional parameter was added.", "Old calls simply do not send it."),
  r("required-parameter-added", "breaking", "parameter", "A required parameter was added.", "Old calls do not send it and are rejected."),
  r(
    "parameter-removed",
    "breaking",
    "parameter",
    "A parameter was removed.",
    "ONTAP rejects unknown query parameters (error 262179 \"Unexpected argument\"), so calls that send it fail.",
  ),
  r("parameter-became-required", "breaking", "parameter", "An optional parameter became required.", "Calls that omit it are rejected."),
  r("parameter-became-optional", "info", "parameter", "A required parameter became optional.", "Old calls still send it; it is still accepted."),
  r(
    "parameter-serialization-changed",
    "warning",
    "parameter",
    "A parameter's style or explode changed.",
    "The same value is written differently on the wire; whether ONTAP accepts both cannot be told from the contract.",
  ),
  r("parameter-docs-changed", "info", "parameter", "A parameter's description changed.", "Text only.", "docs"),
  // ── request bodies ────────────────────────────────────────────────────────────────────────
  r("request-body-added", "info", "request body", "An optional request body was added.", "Old calls send none, which is still allowed."),
  r("required-request-body-added", "breaking", "request body", "A required request body was added.", "Old calls send none and are rejected."),
  r("request-body-removed", "breaking", "request body", "The request body was removed.", "Old calls send a body the operation no longer defines."),
  r("request-body-became-required", "breaking", "request body", "The request body became required.", "Calls without one are rejected."),
  r("request-body-became-optional", "info", "request body", "The request body became optional.", "Old calls still send one."),
  r("request-media-type-added", "info", "request body", "The request body accepts another media type.", "The old one is still accepted."),
  r("request-media-type-removed", "breaking", "request body", "The request body no longer accepts a media type.", "Calls that send it are rejected."),
  // ── responses ─────────────────────────────────────────────────────────────────────────────
  r(
    "response-success-status-added",
    "warning",
    "response",
    "A new 2xx status is documented.",
    "A client that expects one success status (e.g. 200, where 202 + job now also comes back) may mishandle it.",
  ),
  r("response-success-status-removed", "breaking", "response", "A documented 2xx status is gone.", "The client's success path for it no longer happens; the operation answers differently."),
  r("response-status-added", "info", "response", "A new non-2xx status (or default) is documented.", "Errors were always possible; this documents one."),
  r("response-status-removed", "info", "response", "A documented non-2xx status is gone.", "A handler becomes dead code."),
  r("response-media-type-added", "info", "response", "A response is also documented in another media type.", "The old one still comes back."),
  r("response-media-type-removed", "breaking", "response", "A response media type is gone.", "A client parsing that media type gets something else."),
  r("examples-changed", "info", "response", "Request or response examples changed.", "Documentation only.", "docs"),
  // ── request schema (parameters and request bodies) ────────────────────────────────────────
  r("request-property-added", "info", "request schema", "An optional request property was added.", "Old calls do not send it."),
  r("request-required-property-added", "breaking", "request schema", "A request property was added and is required when creating.", "Old POST calls do not send it and are rejected."),
  r(
    "request-property-removed",
    "breaking",
    "request schema",
    "A request property is gone.",
    "ONTAP rejects unknown fields in a body (error 262179), so calls that send it fail.",
  ),
  r("request-property-became-read-only", "breaking", "request schema", "A request property became read-only.", "It can no longer be sent; calls that send it are rejected."),
  r("request-property-became-writable", "info", "request schema", "A read-only property can now be sent.", "New capability; old calls are unaffected."),
  r(
    "request-property-became-create-only",
    "breaking",
    "request schema",
    "A property left a PATCH body because it became create-only.",
    "PATCH calls that change it are rejected; it can only be set at creation now.",
  ),
  r("request-property-became-patchable", "info", "request schema", "A create-only property can now be changed with PATCH.", "New capability; old calls are unaffected."),
  r("request-property-became-required", "breaking", "request schema", "A request property became required when creating.", "POST calls that omit it are rejected."),
  r("request-property-became-optional", "info", "request schema", "A required request property became optional.", "Old calls still send it."),
  r("request-enum-value-added", "info", "request schema", "A request enum accepts a new value.", "Old calls never send it."),
  r("request-enum-value-removed", "breaking", "request schema", "A request enum no longer accepts a value.", "Calls that send it are rejected."),
  r(
    "request-enum-added",
    "warning",
    "request schema",
    "A free request value became an enum.",
    "Calls are rejected if they sent a value outside the list; whether they did cannot be told from the contract.",
  ),
  r("request-enum-removed", "info", "request schema", "A request enum became a free value.", "Every value sent before is still accepted."),
  r("request-type-changed", "breaking", "request schema", "A request value's type changed (not a widening).", "Values of the old type are rejected."),
  r("request-type-widened", "info", "request schema", "A request value accepts more types.", "Values of the old types are still accepted."),
  r("request-format-changed", "warning", "request schema", "A request value's format changed.", "Whether old values still satisfy the new format cannot be told from the contract."),
  r("request-max-length-decreased", "breaking", "request schema", "A request string's maxLength decreased (or was set).", "Longer values that were accepted are rejected."),
  r("request-max-length-increased", "info", "request schema", "A request string's maxLength increased (or was lifted).", "Everything accepted before still is."),
  r("request-min-length-increased", "breaking", "request schema", "A request string's minLength increased (or was set).", "Shorter values that were accepted are rejected."),
  r("request-min-length-decreased", "info", "request schema", "A request string's minLength decreased (or was lifted).", "Everything accepted before still is."),
  r("request-maximum-decreased", "breaking", "request schema", "A request number's maximum decreased (or was set).", "Larger values that were accepted are rejected."),
  r("request-maximum-increased", "info", "request schema", "A request number's maximum increased (or was lifted).", "Everything accepted before still is."),
  r("request-minimum-increased", "breaking", "request schema", "A request number's minimum increased (or was set).", "Smaller values that were accepted are rejected."),
  r("request-minimum-decreased", "info", "request schema", "A request number's minimum decreased (or was lifted).", "Everything accepted before still is."),
  r(
    "request-pattern-changed",
    "warning",
    "request schema",
    "A request string's pattern was set or changed.",
    "Whether the values clients send match the new pattern cannot be told from the contract.",
  ),
  r("request-pattern-removed", "info", "request schema", "A request string's pattern was lifted.", "Everything accepted before still is."),
  r("request-default-changed", "warning", "request schema", "A request value's default changed.", "Calls that omit it now get different behaviour."),
  r(
    "request-schema-keyword-changed",
    "warning",
    "request schema",
    "Another validation keyword of a request value changed (minItems, multipleOf, const, …).",
    "Not classified by a specific rule; review by hand.",
  ),
  // ── response schema ───────────────────────────────────────────────────────────────────────
  r("response-property-added", "info", "response schema", "A response property was added.", "Clients ignore fields they do not know (and ONTAP returns only the fields asked for)."),
  r(
    "response-property-removed",
    "breaking",
    "response schema",
    "A response property is gone.",
    "Code that reads it gets nothing, and asking for it with fields=… makes ONTAP reject the request.",
  ),
  r(
    "response-property-became-write-only",
    "breaking",
    "response schema",
    "A response property became write-only: it is no longer returned.",
    "Same effect as a removal for readers.",
  ),
  r("response-property-no-longer-write-only", "info", "response schema", "A write-only property is now returned.", "Same as an added response property."),
  r(
    "response-enum-value-added",
    "warning",
    "response schema",
    "A response enum has a new value.",
    "A client switching over the old values meets one it does not know; whether it copes cannot be told from the contract.",
  ),
  r("response-enum-value-removed", "info", "response schema", "A response enum lost a value.", "The client's handling of it becomes dead code."),
  r("response-enum-added", "info", "response schema", "A free response value became an enum.", "Values are now more constrained."),
  r("response-enum-removed", "warning", "response schema", "A response enum became a free value.", "Any value may come back now."),
  r("response-type-changed", "breaking", "response schema", "A response value's type changed (not a narrowing).", "Clients parse or type it as the old type."),
  r("response-type-narrowed", "info", "response schema", "A response value comes back in fewer types.", "Every value that comes back was already possible."),
  r("response-format-changed", "warning", "response schema", "A response value's format changed.", "Parsers of the old format may fail on the new."),
  r("response-max-length-increased", "warning", "response schema", "A response string's maxLength increased (or was lifted).", "Longer values than the client was told to expect can come back."),
  r("response-max-length-decreased", "info", "response schema", "A response string's maxLength decreased (or was set).", "Values stay within what was documented."),
  r("response-min-length-decreased", "warning", "response schema", "A response string's minLength decreased (or was lifted).", "Shorter values (maybe empty) than before can come back."),
  r("response-min-length-increased", "info", "response schema", "A response string's minLength increased (or was set).", "Values stay within what was documented."),
  r("response-maximum-increased", "warning", "response schema", "A response number's maximum increased (or was lifted).", "Larger values than the client expects can come back."),
  r("response-maximum-decreased", "info", "response schema", "A response number's maximum decreased (or was set).", "Values stay within what was documented."),
  r("response-minimum-decreased", "warning", "response schema", "A response number's minimum decreased (or was lifted).", "Smaller values than the client expects can come back."),
  r("response-minimum-increased", "info", "response schema", "A response number's minimum increased (or was set).", "Values stay within what was documented."),
  r("response-pattern-changed", "warning", "response schema", "A response string's pattern changed or was lifted.", "Values may no longer match what the client validates against."),
  r("response-pattern-added", "info", "response schema", "A response string got a pattern.", "Values are now more constrained."),
  r("response-default-changed", "info", "response schema", "A response value's documented default changed.", "Informative in a response."),
  r("response-schema-keyword-changed", "warning", "response schema", "Another keyword of a response value changed (maxItems, const, …).", "Not classified by a specific rule; review by hand."),
  // ── both sides ────────────────────────────────────────────────────────────────────────────
  r("property-became-sensitive", "info", "either schema", "A value is now marked x-ontap-sensitive.", "Runtimes start redacting it from logs and errors; the wire is unchanged."),
  r(
    "property-no-longer-sensitive",
    "warning",
    "either schema",
    "A value is no longer marked x-ontap-sensitive.",
    "Runtimes stop redacting it: check that it really is not a secret.",
  ),
  r("property-docs-changed", "info", "either schema", "A property's description, title or examples changed.", "Text only.", "docs"),
  // ── ONTAP error codes of an operation ─────────────────────────────────────────────────────
  r(
    "error-code-added",
    "info",
    "errors",
    "An operation documents a new ONTAP error code.",
    "Like a new error status: ONTAP can return codes beyond the documented ones, so clients must already cope with unknown codes; usually the code belongs to a new input old calls never send.",
  ),
  r("error-code-removed", "info", "errors", "An operation no longer documents an ONTAP error code.", "Its handler becomes dead code."),
  r(
    "error-code-message-changed",
    "warning",
    "errors",
    "An operation words an error code's message differently (beyond a catalog change).",
    "Clients matching on message text stop matching.",
  ),
  // ── the error catalog ─────────────────────────────────────────────────────────────────────
  r("catalog-code-added", "info", "catalog", "The error catalog has a new code.", "Additive."),
  r(
    "catalog-code-removed",
    "warning",
    "catalog",
    "A code left the error catalog.",
    "The generated error enums lose the member (code naming it stops compiling), though the wire is unaffected.",
  ),
  r(
    "catalog-code-name-changed",
    "breaking",
    "catalog",
    "A code's symbolic name changed.",
    "The generated error enums name the code differently: code using the old name no longer compiles.",
  ),
  r("catalog-code-status-changed", "breaking", "catalog", "A code comes back with a different HTTP status.", "Clients branching on the status take a different path."),
  r("catalog-code-message-changed", "warning", "catalog", "A code's message changed.", "Clients matching on message text stop matching."),
  r("catalog-code-scope-changed", "info", "catalog", "A code moved between the common codes and a group's codes.", "Bookkeeping; every operation documents its own list."),
  // ── document ──────────────────────────────────────────────────────────────────────────────
  r("security-changed", "warning", "document", "Security requirements or schemes changed.", "Authentication may have to change; review by hand."),
  r("servers-changed", "info", "document", "The servers list changed.", "Clients are configured with their own base URL."),
  r("document-metadata-changed", "info", "document", "Document text changed (info description, tags, license, …).", "Documentation only.", "docs"),
  r(
    "unclassified-change",
    "info",
    "document",
    "The documents differ in a way no other rule describes.",
    "Emitted only when nothing else is found, so that a regenerated package with any change still gets (at least) a patch bump.",
    "docs",
  ),
] as const satisfies readonly RuleDef[];

export type RuleId = (typeof RULES)[number]["id"];

const BY_ID = new Map<string, RuleDef>(RULES.map((x) => [x.id, x]));

export function rule(id: RuleId): RuleDef {
  return BY_ID.get(id)!;
}

export const LEVELS: readonly Level[] = ["breaking", "warning", "info"];

export function levelRank(l: Level): number {
  return LEVELS.indexOf(l);
}
