import type { ValidationProblem, Validator } from "./contract.js";
import { fail } from "./errors.js";
import type { Log } from "./log.js";
import type { Redactor } from "./redact.js";

export type ValidationMode = "off" | "warn" | "throw";

/** The response a body came with; absent for a request body. */
export interface ValidatedResponse {
  status: number;
  method: string;
  path: string;
}

/**
 * Checks `value` with a generated validator and reports the problems: thrown (RequestValidationError
 * for a request body, InvalidResponseError for a response) in "throw" mode, logged in "warn" mode,
 * redacted either way. Nothing to check (mode "off", no validator, no body) passes.
 */
export function validate(
  { log, release }: { log: Log; release: string },
  mode: ValidationMode,
  check: Validator | undefined,
  value: unknown,
  r: Redactor,
  operation: string,
  response?: ValidatedResponse,
): void {
  if (value === undefined || mode === "off" || !check) return;
  const problems = check(value);
  if (problems.length) report(log, release, mode, problems, r, operation, response);
}

function report(
  log: Log,
  release: string,
  mode: ValidationMode,
  problems: ValidationProblem[],
  r: Redactor,
  operation: string,
  response: ValidatedResponse | undefined,
): void {
  const clean = r.value(problems);
  const what = response ? `${response.status} response of ${operation} does not match` : `request body of ${operation} is not valid for`;
  const text = `${what} ONTAP ${release}: ${clean.map((p) => `${p.path}: ${p.message}`).join("; ")}`;
  if (mode !== "throw") return log("warn", text, { problems: clean }, r);
  if (!response) throw fail(text, { kind: "request-validation", operation, release, problems: clean });
  throw fail(text, { kind: "invalid-response", ...response, path: r.text(response.path), problems: clean });
}

/**
 * An operation (method and path template) the release does not have: a RequestValidationError in
 * "throw" mode, a warning in "warn" mode, nothing when request validation is off.
 */
export function refuseUnknownOperation({ log, release }: { log: Log; release: string }, mode: ValidationMode, operation: string): void {
  if (mode === "off") return;
  const problems: ValidationProblem[] = [{ path: "$", message: `${operation} is not an operation of ONTAP ${release}` }];
  if (mode === "warn") return log("warn", `${operation} is not an operation of ONTAP ${release}; sent anyway (request validation "warn")`, { problems });
  throw fail(`${operation} is not an operation of ONTAP ${release}: nothing was sent`, { kind: "request-validation", operation, release, problems });
}
