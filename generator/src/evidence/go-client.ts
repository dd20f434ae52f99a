// Reads the operations of a go-swagger client (`<tag>_client.go`: id, method, path of each
// operation) and the query parameters of one operation (`<id>_parameters.go`).

export interface GoOperation {
  id: string;
  method: string;
  path: string;
  line: number;
}

export function parseGoClientOperations(text: string): GoOperation[] {
  const out: GoOperation[] = [];
  const re = /ID:\s*"([^"]+)",\s*\n\s*Method:\s*"([A-Z]+)",\s*\n\s*PathPattern:\s*"([^"]+)"/g;
  for (const m of text.matchAll(re)) {
    const line = text.slice(0, m.index).split("\n").length;
    out.push({ id: m[1]!, method: m[2]!.toLowerCase(), path: m[3]!, line });
  }
  return out;
}

export interface GoQueryParameter {
  name: string;
  /** JSON type of the parameter value (`array` for csv lists). */
  type: string;
  line: number;
}

const PARAM_TYPES: Record<string, string> = {
  "*string": "string",
  "*bool": "boolean",
  "*int64": "integer",
  "*int32": "integer",
  "*float64": "number",
  "*strfmt.DateTime": "string",
  "[]string": "array",
};

/** Query parameters an operation sends: each `SetQueryParam("name", <var>)` with its struct field's type. */
export function parseGoQueryParameters(text: string): GoQueryParameter[] {
  const fieldTypes = new Map<string, string>();
  const struct = /type\s+\w+Params\s+struct\s*\{([\s\S]*?)\n\}/.exec(text);
  if (struct) for (const m of struct[1]!.matchAll(/^\s*([A-Z]\w*)\s+(\S+)\s*$/gm)) fieldTypes.set(m[1]!, m[2]!);
  const out: GoQueryParameter[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/SetQueryParam\("([^"]+)",\s*(?:q|joined)(\w+?)(?:\.\.\.)?\)/g)) {
    if (seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    // Older bindings suffix the struct field with QueryParameter.
    const goType = fieldTypes.get(m[2]!) ?? fieldTypes.get(`${m[2]!}QueryParameter`) ?? "";
    out.push({ name: m[1]!, type: PARAM_TYPES[goType] ?? "string", line: text.slice(0, m.index).split("\n").length });
  }
  return out;
}
