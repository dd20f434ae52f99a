// Reads the facts out of a netapp_ontap (NetApp's Python client) resource or model module: the
// marshmallow schema's fields (data key, type, enum and length validators, nested schema) and the
// generated gettable / postable / patchable field lists. Nothing else of the module is read.

export interface PyField {
  attr: string;
  /** JSON key (data_key). */
  key: string;
  type: string;
  enum?: (string | number)[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** Module of a nested schema, e.g. `netapp_ontap.models.ipsec_endpoint`. */
  nested?: string;
  line: number;
}

export interface PySchema {
  name: string;
  fields: PyField[];
  lists: Partial<Record<"get" | "post" | "patch", string[]>>;
  line: number;
}

const TYPES: Record<string, string> = { Str: "string", String: "string", Boolean: "boolean", Integer: "integer", Number: "number", Float: "number", Nested: "object", List: "array", Dict: "object", ImpreciseDateTime: "string", Size: "integer", DateTime: "string" };
const LISTS = { gettable_fields: "get", postable_fields: "post", patchable_fields: "patch" } as const;

function pyList(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of text.matchAll(/'([^']*)'|"([^"]*)"|(-?\d+)/g)) out.push(m[3] !== undefined ? Number(m[3]) : (m[1] ?? m[2])!);
  return out;
}

export function parsePythonSchemas(text: string): PySchema[] {
  const lines = text.split(/\r?\n/);
  const schemas: PySchema[] = [];
  let current: PySchema | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Docstrings (which may start at column 0) are prose: skip them whole.
    const opener = /^\s*r?"""/.exec(line);
    if (opener && (line.match(/"""/g)?.length ?? 0) === 1) {
      while (i + 1 < lines.length && !lines[++i]!.includes('"""'));
      continue;
    }
    const cls = /^class\s+(\w+Schema)\s*\(/.exec(line);
    if (cls) {
      current = { name: cls[1]!, fields: [], lists: {}, line: i + 1 };
      schemas.push(current);
      continue;
    }
    if (/^\S/.test(line)) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    const f = /^ {4}(\w+)\s*=\s*(?:(?:marshmallow_)?fields\.)?(Str|String|Boolean|Integer|Number|Float|Nested|List|Dict|ImpreciseDateTime|Size|DateTime|Raw)\(/.exec(line);
    if (f) {
      // The call may span lines: read until the parentheses balance.
      let call = line.slice(line.indexOf("=") + 1);
      let j = i;
      const depth = (s: string) => (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);
      while (depth(call) > 0 && j + 1 < lines.length) call += "\n" + lines[++j];
      const key = /data_key="([^"]+)"/.exec(call)?.[1] ?? f[1]!;
      const field: PyField = { attr: f[1]!, key, type: TYPES[f[2]!] ?? "unknown", line: i + 1 };
      const en = /enum_validation\(\s*\[([^\]]*)\]/.exec(call);
      if (en) field.enum = pyList(en[1]!);
      const len = /len_validation\(\s*minimum=(\d+)(?:,\s*maximum=(\d+))?/.exec(call);
      if (len) {
        field.minLength = Number(len[1]);
        if (len[2] !== undefined) field.maxLength = Number(len[2]);
      }
      const iv = /integer_validation\(\s*minimum=(-?\d+)(?:,\s*maximum=(-?\d+))?/.exec(call);
      if (iv) {
        field.minimum = Number(iv[1]);
        if (iv[2] !== undefined) field.maximum = Number(iv[2]);
      }
      const nested = /fields\.Nested\(\s*"([\w.]+)\.\w+Schema"/.exec(call);
      if (nested) field.nested = nested[1];
      if (f[2] === "List" && /fields\.Nested\(/.test(call) && nested) field.nested = nested[1];
      current.fields.push(field);
      i = j;
      continue;
    }
    const l = /^ {4}(gettable_fields|postable_fields|patchable_fields)\s*=\s*\[/.exec(line);
    if (l) {
      let body = line.slice(line.indexOf("[") + 1);
      let j = i;
      while (!body.includes("]") && j + 1 < lines.length) body += "\n" + lines[++j];
      current.lists[LISTS[l[1] as keyof typeof LISTS]] = pyList(body.slice(0, body.indexOf("]"))).map(String);
      i = j;
    }
  }
  return schemas;
}
