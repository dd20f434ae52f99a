// Formats generated TypeScript with prettier, its configuration pinned here (never read from disk)
// so that output does not depend on the machine or on config files around it.
import * as prettier from "prettier";

const PRETTIER_OPTIONS: prettier.Options = Object.freeze({
  parser: "typescript",
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
});

export async function formatTs(source: string, what: string): Promise<string> {
  try {
    return await prettier.format(source, { ...PRETTIER_OPTIONS });
  } catch (e) {
    throw new Error(`generated ${what} is not valid TypeScript: ${(e as Error).message}`, { cause: e });
  }
}

/** 2-space JSON with a trailing newline. */
export const formatJson = (value: unknown) => JSON.stringify(value, null, 2) + "\n";
