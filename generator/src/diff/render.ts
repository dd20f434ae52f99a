// One diff, four renderings: `ontap-sec diff --format` (repository and published CLI alike).
import type { DiffFormat } from "./formats.js";
import type { DiffResult } from "./model.js";
import { renderHtml } from "./render-html.js";
import { renderJson } from "./render-json.js";
import { renderMarkdown } from "./render-md.js";
import { renderText } from "./render-text.js";

export function renderDiff(d: DiffResult, format: DiffFormat, opts: { colour?: boolean } = {}): string {
  switch (format) {
    case "md":
      return renderMarkdown(d);
    case "json":
      return renderJson(d);
    case "html":
      return renderHtml(d);
    default:
      return renderText(d, opts);
  }
}
