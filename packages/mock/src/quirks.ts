// The representation quirks of real clusters: what ONTAP stores and returns is not what was sent.
//   ports  "201" → "201-201", no port → "0-0"
//   netmasks "255.255.255.0" → "24" (prefix length, whatever form was sent)
//   protocol numbers → names (6 tcp, 17 udp, 0 any)
import { isIP } from "node:net";

export class QuirkError extends Error {
  constructor(
    readonly kind: "multiple" | "range" | "out_of_range" | "invalid",
    message = kind,
  ) {
    super(message);
  }
}

/** A port as ONTAP returns it: a range "p-p". Throws QuirkError for lists, real ranges, bad values. */
export function normalizePort(v: string | undefined): string {
  if (v === undefined || v === "") return "0-0";
  const s = v.trim();
  if (s.includes(",")) throw new QuirkError("multiple");
  const m = /^(-?\d+)(?:\s*-\s*(-?\d+))?$/.exec(s);
  if (!m) throw new QuirkError("out_of_range");
  const a = Number(m[1]);
  const b = m[2] !== undefined ? Number(m[2]) : a;
  for (const n of [a, b]) if (!Number.isInteger(n) || n < 0 || n > 65535) throw new QuirkError("out_of_range");
  if (a !== b) throw new QuirkError("range");
  return `${a}-${a}`;
}

const PROTOCOL_NAMES: Record<string, string> = { "6": "tcp", "17": "udp", "0": "any" };

/** A protocol as ONTAP returns it: the name where one exists, else the number string. */
export function normalizeProtocol(v: string | undefined): string {
  if (v === undefined || v === "") return "any";
  const s = v.trim().toLowerCase();
  if (s.includes(",")) throw new QuirkError("multiple");
  if (s === "tcp" || s === "udp" || s === "any") return s;
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    if (n > 255) throw new QuirkError("invalid");
    return PROTOCOL_NAMES[String(n)] ?? String(n);
  }
  throw new QuirkError("invalid");
}

export function familyOf(address: string): "ipv4" | "ipv6" {
  return isIP(address) === 6 ? "ipv6" : "ipv4";
}

export function validAddress(address: string): boolean {
  return isIP(address) !== 0;
}

/** A netmask as ONTAP returns it: the prefix length as a string. */
export function normalizeNetmask(v: string, family: "ipv4" | "ipv6"): string {
  const s = v.trim();
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    if (n < 0 || n > (family === "ipv4" ? 32 : 128)) throw new QuirkError("invalid");
    return String(n);
  }
  if (family === "ipv4" && isIP(s) === 4) {
    const bits = s
      .split(".")
      .map((o) => Number(o).toString(2).padStart(8, "0"))
      .join("");
    if (!/^1*0*$/.test(bits)) throw new QuirkError("invalid");
    return String(bits.indexOf("0") === -1 ? 32 : bits.indexOf("0"));
  }
  throw new QuirkError("invalid");
}
