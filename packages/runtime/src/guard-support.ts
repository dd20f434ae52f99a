// What every generated guards file (src/guards.ts of @ontap-sec/client-<release>) calls: the error
// its `assertX` throws and the small helpers its checks share. They live here, once, instead of
// being copied into each package. The generated code imports the helpers under short local
// aliases (`_own`, `_cpLen`, `_key`, `_bad`), so its bodies stay compact; each helper is a separate
// export so that a consumer bundling one `isX` gets only the helpers that guard calls.
import type { ValidationProblem } from "./contract.js";

// The problem type the guards report, beside the rest of what they use.
export type { ValidationProblem } from "./contract.js";

/** Shown when an `assertX` fails without a recorded problem (a validator never returns that, but a hand-built call may). */
const NO_PROBLEM_LISTED: ValidationProblem = { path: "$", message: "is invalid" };
/** How many problems the message lists; `problems` keeps them all. */
const LISTED = 10;

/** Thrown by the generated `assertX` guards: names the first problem's path and lists every problem. */
export class GuardError extends TypeError {
  /** The component schema the value was checked against. */
  readonly schema: string;
  readonly problems: ValidationProblem[];

  constructor(schema: string, problems: ValidationProblem[]) {
    const list = problems.length > 0 ? problems : [NO_PROBLEM_LISTED];
    const shown = list.slice(0, LISTED).map((p) => p.path + " " + p.message);
    if (list.length > LISTED) shown.push("… and " + (list.length - LISTED) + " more");
    super("invalid " + schema + " at " + list[0]!.path + ": " + shown.join("; "));
    this.name = "GuardError";
    this.schema = schema;
    this.problems = list;
  }
}

/** Records one problem (a function, so the generated validators stay one call per check). */
export function recordProblem(problems: ValidationProblem[], path: string, message: string): void {
  problems.push({ path, message });
}

/**
 * Whether `key` is an own enumerable property of `o`: inherited and non-enumerable ones do not
 * count, as they would not survive JSON.stringify.
 */
export function hasOwnJsonProperty(o: object, key: string): boolean {
  return Object.prototype.propertyIsEnumerable.call(o, key);
}

/**
 * Length in Unicode code points (a surrogate pair counts once): what JSON Schema's
 * minLength/maxLength count, as ajv's ucs2length does. A lone surrogate counts as one.
 */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = s.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** The JSON path of property `key` under `path`: `$.a.b` for identifiers, `$["a-b"]` otherwise. */
export function propertyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? path + "." + key : path + "[" + JSON.stringify(key) + "]";
}
