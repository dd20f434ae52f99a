// ONTAP error bodies: {"error": {"message", "code" (a string of digits), "target"?}}.
import type { CatalogEntry, SliceOperation, SpecModel } from "./spec-model.js";

export class OntapError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly target?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { error: { message: string; code: string; target?: string } } {
    return { error: { message: this.message, code: this.code, ...(this.target !== undefined ? { target: this.target } : {}) } };
  }
}

/**
 * Codes real clusters return that the curated catalog does not (yet) carry. Messages as observed
 * on clusters (see README).
 */
const BUILTIN: Record<string, CatalogEntry> = {
  "262196": { name: "FIELD_CANNOT_BE_SET", message: 'Field "{field}" cannot be set in this operation.', status: 400 },
  "6691623": { name: "NOT_AUTHORIZED", message: "User is not authorized.", status: 401 },
};

/** Real wording for some common codes, used when a field is known (the catalog has generic text). */
const DETAILED: Record<string, string> = {
  "262197": 'The value "{value}" is invalid for field "{field}" ({allowed})',
  "262177": 'Missing value for required field "{field}".',
};

function fill(template: string, args: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
}

/** Builds errors for one request: operation-specific messages first, then the release catalog. */
export class Errors {
  constructor(
    private readonly spec: SpecModel,
    private readonly op?: SliceOperation,
  ) {}

  /** Whether the operation documents this code (release-gated semantics use it). */
  documents(code: string): boolean {
    return !!this.op?.errors.has(code);
  }

  entry(code: string): CatalogEntry | undefined {
    return this.op?.errors.get(code) ?? this.spec.catalog[code] ?? BUILTIN[code];
  }

  make(code: string, opts: { target?: string; args?: Record<string, unknown>; detailed?: boolean; status?: number } = {}): OntapError {
    const e = this.entry(code);
    const args = { argument: opts.target, field: opts.target, ...(opts.args ?? {}) };
    const template = opts.detailed && DETAILED[code] ? DETAILED[code]! : (e?.message ?? "Error.");
    return new OntapError(opts.status ?? e?.status ?? 400, code, fill(template, args), opts.target);
  }

  /**
   * The operation's own code when it documents it, else the generic fallback code. Several codes:
   * one condition numbered differently across releases (the first the operation documents wins).
   */
  pick(code: string | readonly string[], fallback: string, opts: { target?: string; args?: Record<string, unknown>; detailed?: boolean } = {}): OntapError {
    const own = (typeof code === "string" ? [code] : code).find((c) => this.documents(c));
    return own !== undefined ? this.make(own, { target: opts.target, args: opts.args }) : this.make(fallback, opts);
  }

  unexpected(field: string): OntapError {
    return this.make("262179", { target: field, args: { argument: field } });
  }

  cannotSet(field: string): OntapError {
    return this.make("262196", { target: field });
  }

  invalid(field: string, value: unknown, allowed?: unknown[]): OntapError {
    const shown = typeof value === "string" ? value : JSON.stringify(value);
    return this.make("262197", {
      target: field,
      detailed: true,
      args: { value: shown, allowed: allowed ? `<${allowed.join(",")}>` : "<value>" },
    });
  }

  missing(field: string): OntapError {
    return this.make("262177", { target: field, detailed: true });
  }

  notFound(target = "uuid"): OntapError {
    return this.make("4", { target });
  }
}
