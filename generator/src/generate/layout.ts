// Kept for speed: pnpm bench --only generation, side by side, pipeline 822 ms with this vs 1663 ms with prettier on the templates' output (bare openapi-typescript 503 ms: 1.64× vs 3.31×, target ≤ 2×).
// Prettier's layout (format.ts options: printWidth 120, 2-space indent, trailing commas), computed
// directly for the few width-dependent constructs the templates emit, so that the templates' output
// is already formatted and skips prettier (test/generator/packages.test.ts checks it stays so).
const PRINT_WIDTH = 120;

/**
 * `head[a, b]tail` on one line when it fits at `indent`, else one element per line with a trailing
 * comma (prettier's layout of an array of strings).
 */
export function tsArray(indent: number, head: string, items: string[], tail: string): string {
  const pad = " ".repeat(indent);
  const flat = `${pad}${head}[${items.join(", ")}]${tail}`;
  if (items.length === 0 || flat.length <= PRINT_WIDTH) return flat;
  return [`${pad}${head}[`, ...items.map((i) => `${pad}  ${i},`), `${pad}]${tail}`].join("\n");
}

/**
 * `export type name = …;` for a union of an optional base type and string literals, each literal
 * followed by a `// comment`. A line comment on any member but the last breaks the union into
 * prettier's leading-`|` layout; otherwise it stays on one line when that fits.
 */
export function tsCommentedUnion(name: string, base: string | undefined, members: { literal: string; comment: string }[]): string {
  const head = `export type ${name} =`;
  if (members.length === 0) return `${head} ${base ?? "never"};`;
  const terms = [...(base ? [base] : []), ...members.map((m) => m.literal)];
  const last = members[members.length - 1]!;
  if (members.length === 1) {
    const flat = `${head} ${terms.join(" | ")};`;
    if (flat.length <= PRINT_WIDTH) return `${flat} // ${last.comment}`;
  }
  const lines = [head];
  if (base) lines.push(`  | ${base}`);
  members.forEach((m, i) => lines.push(`  | ${m.literal}${i === members.length - 1 ? ";" : ""} // ${m.comment}`));
  return lines.join("\n");
}

/**
 * A TS string literal as prettier prints it: double quotes, unless the text holds more double
 * quotes than single ones; only the enclosing quote is escaped.
 */
function tsString(text: string): string {
  const doubles = text.split('"').length - 1;
  const singles = text.split("'").length - 1;
  if (doubles <= singles) return JSON.stringify(text);
  return `'${text
    .split('"')
    .map((piece) => JSON.stringify(piece).slice(1, -1).replace(/'/g, "\\'"))
    .join('"')}'`;
}

/** A TS literal for a JSON-able value: strings as tsString, anything else as JSON. */
export const tsLiteral = (value: unknown) => (typeof value === "string" ? tsString(value) : JSON.stringify(value));

/**
 * `key: value,` at `indent`, or prettier's break after the colon when that line does not fit
 * (its layout for a string literal on the right of a property).
 */
export function tsProperty(indent: number, key: string, value: string): string {
  const pad = " ".repeat(indent);
  const flat = `${pad}${key}: ${value},`;
  return flat.length <= PRINT_WIDTH ? flat : `${pad}${key}:\n${pad}  ${value},`;
}

/**
 * `import { a, b } from "m";` (or `export`, `export type`) on one line when it fits, else one name
 * per line with a trailing comma (prettier's layout of a named import or export list).
 */
export function tsNamedList(head: string, names: readonly string[], spec: string): string {
  const flat = `${head} { ${names.join(", ")} } from ${tsString(spec)};`;
  if (flat.length <= PRINT_WIDTH) return flat;
  return `${head} {\n${names.map((n) => `  ${n},\n`).join("")}} from ${tsString(spec)};`;
}
