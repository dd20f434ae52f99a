// The handlebars templates of templates/, compiled once per directory. Output is never HTML:
// templates are compiled with noEscape and values reach TS/JSON sources through `json`.
import { readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { tsLiteral, tsProperty } from "./layout.js";
import { TEMPLATES_DIR } from "../paths.js";

export type TemplateName = "errors.ts" | "contract.ts" | "client.ts" | "README.md" | "package.json" | "tsconfig.build.json";
export type Render = (name: TemplateName, data: object) => string;

function makeEnv() {
  const hb = Handlebars.create();
  hb.registerHelper("json", (v: unknown) => JSON.stringify(v));
  /** A TS literal, quoted as prettier would (layout.ts). */
  hb.registerHelper("ts", (v: unknown) => tsLiteral(v));
  /** `key: <TS literal>,` at an indent, broken after the colon as prettier would when too wide. */
  hb.registerHelper("prop", (indent: number, key: string, v: unknown) => tsProperty(indent, key, tsLiteral(v)));
  /** Text safe inside a /** … *\/ comment. */
  hb.registerHelper("comment", (v: unknown) => String(v).replace(/\*\//g, "*\\/"));
  /** Text safe inside a Markdown table cell. */
  hb.registerHelper("md", (v: unknown) => String(v).replace(/\|/g, "\\|").replace(/\r?\n/g, " "));
  return hb;
}

const cache = new Map<string, Render>();

export function loadTemplates(dir = TEMPLATES_DIR): Render {
  const hit = cache.get(dir);
  if (hit) return hit;
  const hb = makeEnv();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const render: Render = (name, data) => {
    let t = compiled.get(name);
    if (!t) {
      const file = path.join(dir, `${name}.hbs`);
      t = hb.compile(readFileSync(file, "utf8"), { noEscape: true, strict: true });
      compiled.set(name, t);
    }
    return t(data);
  };
  cache.set(dir, render);
  return render;
}
