import { Agent, fetch as undiciFetch } from "undici";

/** A fetch the runtime can drive: URL plus a plain init (method, headers, body, signal). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * PEM text or its bytes. A Node `Buffer` is a `Uint8Array`, so it fits; the declaration stays free
 * of Node's types, so a consumer type-checks without @types/node.
 */
export type PemInput = string | Uint8Array;

export interface TlsOptions {
  /** PEM CA certificate(s) to trust for this client only (clusters usually have a private CA or a self-signed cert). */
  ca?: PemInput | PemInput[];
  /** Client certificate and key for certificate (mTLS) login; the certificate's CN is the ONTAP user. */
  cert?: PemInput;
  key?: PemInput;
  passphrase?: string;
  /** Name to verify the certificate against when `host` is an IP the certificate does not list. */
  servername?: string;
  /**
   * Skips certificate verification for THIS client only. Anyone on the path can read and change
   * the traffic, credentials included; prefer `ca`. Never touches other clients or the process.
   */
  dangerouslyAcceptAnyCertificate?: boolean;
}

export interface Transport {
  fetch: FetchLike;
  close(): Promise<void>;
}

// Each client gets its own undici Agent so trust decisions stay per client: verification is never
// switched off through NODE_TLS_REJECT_UNAUTHORIZED or a global dispatcher (what Terraform does),
// and passing `rejectUnauthorized: true` explicitly keeps this client verifying even when someone
// else has set that variable. undici's own fetch is used with it, because Node's bundled fetch may
// be a different undici major that rejects this Agent.
export function createTransport(tls: TlsOptions, custom?: FetchLike): Transport {
  if (custom) {
    if (tls.ca || tls.cert || tls.key || tls.dangerouslyAcceptAnyCertificate) {
      throw new TypeError("TLS options need the built-in transport; configure TLS in your custom fetch");
    }
    return { fetch: custom, close: async () => {} };
  }
  const agent = new Agent({
    connect: {
      ca: Array.isArray(tls.ca) ? tls.ca.map(asNodeInput) : tls.ca && asNodeInput(tls.ca),
      cert: tls.cert && asNodeInput(tls.cert),
      key: tls.key && asNodeInput(tls.key),
      passphrase: tls.passphrase,
      servername: tls.servername,
      rejectUnauthorized: tls.dangerouslyAcceptAnyCertificate !== true,
    },
  });
  return {
    fetch: (url, init) =>
      undiciFetch(url, { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>,
    close: () => agent.close(),
  };
}

/** Node's TLS options are typed as string | Buffer; a plain Uint8Array is viewed as one, not copied. */
function asNodeInput(pem: PemInput): string | Buffer {
  return typeof pem === "string" || Buffer.isBuffer(pem) ? pem : Buffer.from(pem.buffer, pem.byteOffset, pem.byteLength);
}
