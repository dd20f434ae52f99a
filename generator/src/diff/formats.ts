// The output formats of `ontap-sec diff` (a module of its own: the CLI's command table and the
// published library's types use the names without loading any renderer).
export const DIFF_FORMATS = ["text", "md", "json", "html"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
