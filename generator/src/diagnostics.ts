// A problem found in the curated spec, located precisely enough to jump to it from a terminal.
export interface SpecLocation {
  /** Path of the spec file, relative to the repository root when possible. */
  file: string;
  /** 1-based line in that file (0 when unknown). */
  line: number;
  /** JSON pointer of the offending node inside that file. */
  pointer: string;
}

export interface Diagnostic extends SpecLocation {
  /** Stable rule id, e.g. `unknown-release`. */
  rule: string;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line} #${d.pointer} [${d.rule}] ${d.message}`;
}

/** Thrown when the spec cannot be used at all; carries every problem found. */
export class SpecError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `the spec has ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"}:\n` +
        diagnostics.map((d) => "  " + formatDiagnostic(d)).join("\n"),
    );
    this.name = "SpecError";
  }
}

function escapePointerSegment(seg: string | number): string {
  return String(seg).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function joinPointer(base: string, ...segs: (string | number)[]): string {
  return base + segs.map((s) => "/" + escapePointerSegment(s)).join("");
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
