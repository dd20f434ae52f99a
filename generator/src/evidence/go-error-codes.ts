// Reads the "ONTAP Error Response Codes" table that go-swagger copied from the swagger into the
// comment of an operation's default response (`<id>_responses.go`): the codes the operation's
// reference page documents, each with its message.

export interface GoErrorCode {
  code: string;
  message: string;
  line: number;
  /** The ONTAP personalities a `<personalities supports=…>` section limits the row to (9.17.1+
   *  bindings); absent = every personality. */
  personalities?: string[];
}

export interface GoErrorTable {
  /** Line of the "ONTAP Error Response Codes" heading; undefined when the file has no table. */
  headingLine?: number;
  codes: GoErrorCode[];
}

const HEADING = /^\s*ONTAP Error Response Codes\s*$/;
// Some rows of NetApp's tables lack the closing "|" (the Azure rows of the 9.16.1 certificate
// create table): the message is then the rest of the line.
const ROW = /^\s*\|\s*([0-9]+)\s*\|\s?(.*?)\s*\|?\s*$/;
const HEADER_OR_RULE = /^\s*\|\s*(Error Code|-+)\s*\|/;
const OPEN_TAG = /<personalities\s+supports=([\w,\s]+?)\s*>/;
const CLOSE_TAG = /<\/personalities>/;

/** The swagger's description is a JSON string, and the comment keeps its escapes (`\"`); the
 *  message ONTAP returns has them undone. Only backslash pairs are escapes here. */
function unescape(text: string): string {
  return text.replace(/\\([\\"])/g, "$1");
}

/**
 * The error table of one responses file. 9.9–9.11 bindings put the table right under a heading at
 * column 1; 9.12+ indent the heading with a tab and leave a blank line before the table. Either
 * way the table is the run of `|` lines after the heading, ended by the first other non-blank line.
 */
export function parseGoErrorTable(text: string): GoErrorTable {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => HEADING.test(l));
  if (start < 0) return { codes: [] };
  const codes: GoErrorCode[] = [];
  let inTable = false;
  let section: string[] | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === "") {
      if (inTable) break;
      continue;
    }
    if (!l.trimStart().startsWith("|")) break;
    inTable = true;
    if (HEADER_OR_RULE.test(l)) continue;
    const m = ROW.exec(l);
    if (!m) throw new Error(`line ${i + 1}: an error table row must be "| <code> | <message> |", got ${JSON.stringify(l.trim())}`);
    // NetApp's markup for personality-specific rows lost its line breaks on the way into the
    // comment: an opening tag at the end of a row starts a section with the next row, a closing
    // tag at the end of a row ends it with that row. Neither is part of the message.
    const opens = [...m[2]!.matchAll(new RegExp(OPEN_TAG.source, "g"))].map((t) => t[1]!.split(",").map((x) => x.trim()));
    const closes = CLOSE_TAG.test(m[2]!);
    const message = unescape(m[2]!.replace(new RegExp(OPEN_TAG.source, "g"), "").replace(new RegExp(CLOSE_TAG.source, "g"), "").trim());
    codes.push({ code: m[1]!, message, line: i + 1, ...(section ? { personalities: section } : {}) });
    if (closes) section = undefined;
    if (opens.length) section = opens[opens.length - 1];
  }
  return { headingLine: start + 1, codes };
}
