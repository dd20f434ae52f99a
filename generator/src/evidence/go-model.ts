// Reads the facts out of a go-swagger model file (Trident's ONTAP REST bindings): each struct's
// fields with their JSON keys and the swagger facts go-swagger keeps as field comments, and named
// scalar types (`type X string`) with their enum. Only the comment lines go-swagger writes from
// the swagger are read; descriptions and code are ignored.

export interface GoField {
  /** JSON key of the field (from the struct tag). */
  json: string;
  /** Go type as written, e.g. `*string`, `[]*IpsecPolicy`, `NetworkScopeReadonly`. */
  goType: string;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  readOnly?: boolean;
  /** 1-based line of the field in the file. */
  line: number;
}

export interface GoStruct {
  name: string;
  /** The swagger name of the definition (`swagger:model x`), when given. */
  model?: string;
  fields: GoField[];
  line: number;
}

export interface GoNamedType {
  name: string;
  /** Underlying Go type, e.g. `string`, `int64`. */
  base: string;
  enum?: string[];
  line: number;
}

export interface GoModelFile {
  structs: GoStruct[];
  named: GoNamedType[];
}

const FIELD = /^\s*([A-Z][A-Za-z0-9_]*)\s+(\S+)\s+`json:"([^",]*)[^"]*"/;
const STRUCT = /^type\s+([A-Z][A-Za-z0-9_]*)\s+struct\s*\{/;
const NAMED = /^type\s+([A-Z][A-Za-z0-9_]*)\s+([a-z][a-z0-9]*)\s*$/;
const MODEL = /^\/\/\s*swagger:model\s+(\S+)/;

/** The `// Enum:` list as go-swagger prints it. */
function parseEnumComment(text: string): string[] {
  const t = text.trim();
  // Newer go-swagger prints JSON (`["a","b"]`, `[0,64]`); older prints bare words (`[a b]`).
  if (t.includes(",") || t.includes('"')) {
    try {
      const values = JSON.parse(t) as unknown[];
      if (Array.isArray(values)) return values.map(String);
    } catch {
      // fall through to the bare-word reading
    }
  }
  const inner = t.replace(/^\[/, "").replace(/\]$/, "").trim();
  return inner === "" ? [] : inner.split(/\s+/);
}

export function parseGoModel(text: string): GoModelFile {
  const lines = text.split(/\r?\n/);
  const structs: GoStruct[] = [];
  const named: GoNamedType[] = [];
  let current: GoStruct | undefined;
  let pendingModel: string | undefined;
  // Facts from the comment block just above the next field.
  let facts: Omit<GoField, "json" | "goType" | "line"> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const model = MODEL.exec(line.trim());
    if (model) {
      pendingModel = model[1];
      continue;
    }
    const st = STRUCT.exec(line);
    if (st) {
      current = { name: st[1]!, model: pendingModel, fields: [], line: i + 1 };
      structs.push(current);
      pendingModel = undefined;
      facts = {};
      continue;
    }
    const nt = NAMED.exec(line);
    if (nt) {
      named.push({ name: nt[1]!, base: nt[2]!, line: i + 1 });
      pendingModel = undefined;
      continue;
    }
    if (current) {
      if (/^\}/.test(line)) {
        current = undefined;
        continue;
      }
      const c = /^\s*\/\/\s*(Enum|Max Length|Min Length|Maximum|Minimum|Read Only):\s*(.*)$/.exec(line);
      if (c) {
        const v = c[2]!.trim();
        if (c[1] === "Enum") facts.enum = parseEnumComment(v);
        else if (c[1] === "Max Length") facts.maxLength = Number(v);
        else if (c[1] === "Min Length") facts.minLength = Number(v);
        else if (c[1] === "Maximum") facts.maximum = Number(v.replace(/^< ?/, ""));
        else if (c[1] === "Minimum") facts.minimum = Number(v.replace(/^> ?/, ""));
        else facts.readOnly = v === "true";
        continue;
      }
      const f = FIELD.exec(line);
      if (f) {
        current.fields.push({ json: f[3]!, goType: f[2]!, ...facts, line: i + 1 });
        facts = {};
        continue;
      }
      if (line.trim() === "") facts = {};
    }
  }
  // A named scalar type's values: go-swagger writes them as a JSON array it unmarshals at init.
  for (const n of named) {
    const m = new RegExp(`var\\s+\\w+Enum\\s+\\[\\]interface\\{\\}[\\s\\S]*?var res \\[\\]${n.name}\\s*\\n\\s*if err := json\\.Unmarshal\\(\\[\\]byte\\(\`(\\[[^\`]*\\])\``).exec(
      text,
    );
    if (m) n.enum = JSON.parse(m[1]!) as string[];
  }
  return { structs, named };
}

/** JSON type of a Go type; `undefined` for a struct or named type that needs the model index. */
export function scalarJsonType(goType: string): string | undefined {
  const t = goType.replace(/^\*/, "");
  if (t.startsWith("[]")) return "array";
  // go-swagger gives each string format its own strfmt type (DateTime, UUID, Password, URI, Email …);
  // all of them travel as JSON strings.
  if (t === "string" || (t.startsWith("strfmt.") && t !== "strfmt.Registry")) return "string";
  if (t === "bool") return "boolean";
  if (/^u?int(8|16|32|64)?$/.test(t)) return "integer";
  if (/^float(32|64)$/.test(t)) return "number";
  if (t === "interface{}") return undefined;
  return undefined;
}
