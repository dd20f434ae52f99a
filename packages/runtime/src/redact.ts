// Redaction works on two levels because secrets leak in two shapes: as structured values (a body
// logged as an object, `{"secret_key": …}` or the dotted `{"ipsec.secret_key": …}`) and as text a
// server or a library echoes back (`Invalid value "s3cr3t"`, `?secret_key=…`, `Authorization: Basic …`).
// Matching keys alone is what let NetApp's own client log `secret_key` in clear, so every secret
// value this client knows about is also removed literally, wherever it shows up.

export const REDACTED = "<redacted>";

/** Always treated as secret, whatever the release's contract says. */
const DEFAULT_SENSITIVE = ["authorization", "password", "passphrase", "token", "private_key", "cookie"];

export interface Redactor {
  /** Removes every known secret value and every `name=value` / `"name": "value"` of a sensitive field. */
  text(value: string): string;
  /** A redacted deep copy: sensitive keys (any depth, dotted or not) replaced, strings passed through `text`. */
  value<T>(value: T): T;
  /** The same rules plus these literal secret values (e.g. the ones in this request's body). */
  with(secrets: readonly unknown[]): Redactor;
  /** True when a property name (possibly dotted) names a secret. */
  isSensitive(key: string): boolean;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Literal forms a secret takes once it has been URL-encoded or JSON-escaped. */
function variants(secret: string): string[] {
  const url = encodeURIComponent(secret);
  return [secret, url, JSON.stringify(secret).slice(1, -1), url.replace(/%20/g, "+")];
}

export function createRedactor(fields: readonly string[], secrets: readonly unknown[] = []): Redactor {
  const names = new Set([...DEFAULT_SENSITIVE, ...fields].map((f) => f.toLowerCase()));
  const isSensitive = (key: string): boolean => {
    const lower = key.toLowerCase();
    return names.has(lower) || names.has(lower.slice(lower.lastIndexOf(".") + 1));
  };
  const alternation = [...names].map(escapeRe).join("|");
  // `secret_key=…` or `ipsec.secret_key=…` in a query string or form.
  const queryRe = new RegExp(`((?:^|[?&\\s])(?:[\\w-]+\\.)*(?:${alternation})=)[^&#\\s"']*`, "gi");
  // `"secret_key": "…"` / `"x.secret_key":123` in JSON text.
  const jsonRe = new RegExp(`("(?:[\\w-]+\\.)*(?:${alternation})"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|[^,}\\]\\s]+)`, "gi");
  const schemeRe = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/gi;

  // The rules above are built once per client; `with` only adds literal values.
  const make = (known: readonly unknown[]): Redactor => {
    // Values shorter than 3 characters are left to the key-based rules: removing every "1" or "ab"
    // from messages would garble them without protecting anything a guess would not find.
    const literals = [
      ...new Set(
        known
          .filter((s) => typeof s === "string" || typeof s === "number")
          .map(String)
          .filter((s) => s.length >= 3)
          .flatMap(variants),
      ),
    ].sort((a, b) => b.length - a.length); // longest first, so a secret containing another is removed whole

    const text = (input: string): string => {
      let out = input;
      for (const secret of literals) out = out.split(secret).join(REDACTED);
      return out
        .replace(queryRe, `$1${REDACTED}`)
        .replace(jsonRe, `$1"${REDACTED}"`)
        .replace(schemeRe, `$1 ${REDACTED}`);
    };

    const value = <T>(input: T): T => {
      const seen = new WeakSet<object>();
      const walk = (v: unknown, depth: number): unknown => {
        if (typeof v === "string") return text(v);
        if (typeof v !== "object" || v === null) return v;
        if (seen.has(v) || depth > 32) return "[circular or too deep]";
        seen.add(v);
        if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
        if (v instanceof Headers) {
          const plain: Record<string, string> = {};
          v.forEach((value, name) => (plain[name] = value));
          return walk(plain, depth + 1);
        }
        const out: Record<string, unknown> = {};
        for (const [k, inner] of Object.entries(v)) {
          out[k] = isSensitive(k) ? REDACTED : walk(inner, depth + 1);
        }
        return out;
      };
      return walk(input, 0) as T;
    };

    const self: Redactor = { text, value, isSensitive, with: (extra) => (extra.length ? make([...known, ...extra]) : self) };
    return self;
  };
  return make(secrets);
}

/** The values of sensitive fields anywhere in a body, so they can be removed from echoed text too. */
export function collectSecrets(body: unknown, isSensitive: (key: string) => boolean): unknown[] {
  const found: unknown[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (typeof v !== "object" || v === null || depth > 32) return;
    for (const [k, inner] of Object.entries(v)) {
      if (isSensitive(k) && (typeof inner === "string" || typeof inner === "number")) found.push(inner);
      else walk(inner, depth + 1);
    }
  };
  walk(body, 0);
  return found;
}
