// Test fixtures for the runtime: a hand-written `paths` type in openapi-typescript's shape, a tiny
// contract, real HTTPS servers on 127.0.0.1 with certificates from `selfsigned`, and a fake clock.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { generate } from "selfsigned";
import {
  type Clock,
  createOntapClient,
  type CreateOntapClientOptions,
  type Logger,
  type OntapClient,
  type OntapContract,
  type ValidationProblem,
} from "../../packages/runtime/src/index.ts";

// ---------------------------------------------------------------- paths (openapi-typescript shape)

type Href = { href?: string };
type ErrorBody = { error?: { message?: string; code?: string; target?: string; arguments?: { code: string; message: string }[] } };

export interface components {
  schemas: {
    ipsec_policy: {
      readonly uuid?: string;
      name?: string;
      svm?: { name?: string; uuid?: string };
      action?: "bypass" | "discard" | "esp_transport";
      local_endpoint?: { address?: string; netmask?: string; port?: string };
      protocol?: string;
      /** Format: password */
      secret_key?: string;
      readonly _links?: { self?: Href };
    };
    ipsec_policy_create: {
      name: string;
      svm?: { name?: string; uuid?: string };
      action?: "bypass" | "discard" | "esp_transport";
      local_endpoint?: { address?: string; netmask?: string; port?: string };
      protocol?: string;
      secret_key?: string;
    };
    job_link: { job?: { uuid?: string; _links?: { self?: Href } } };
  };
}

type Policy = components["schemas"]["ipsec_policy"];

export interface paths {
  "/security/ipsec/policies": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { fields?: string[]; order_by?: string[]; name?: string; max_records?: number; return_timeout?: number; "svm.name"?: string };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/hal+json": { records?: Policy[]; num_records?: number; _links?: { self?: Href; next?: Href } };
          };
        };
        default: { headers: { [name: string]: unknown }; content: { "application/hal+json": ErrorBody } };
      };
    };
    put?: never;
    post: {
      parameters: { query?: { return_records?: boolean }; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": components["schemas"]["ipsec_policy_create"] } };
      responses: {
        201: { headers: { [name: string]: unknown }; content: { "application/hal+json": { num_records?: number; records?: Policy[] } } };
        default: { headers: { [name: string]: unknown }; content: { "application/hal+json": ErrorBody } };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/security/ipsec/policies/{uuid}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { fields?: string[] }; header?: never; path: { uuid: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/hal+json": Policy } };
        default: { headers: { [name: string]: unknown }; content: { "application/hal+json": ErrorBody } };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: { query?: never; header?: never; path: { uuid: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content?: never };
        default: { headers: { [name: string]: unknown }; content: { "application/hal+json": ErrorBody } };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: { query?: never; header?: never; path: { uuid: string }; cookie?: never };
      requestBody: { content: { "application/json": { name?: string; secret_key?: string; "svm.name"?: string } } };
      responses: {
        200: { headers: { [name: string]: unknown }; content?: never };
        default: { headers: { [name: string]: unknown }; content: { "application/hal+json": ErrorBody } };
      };
    };
    trace?: never;
  };
  "/security": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { fips?: { enabled?: boolean } } } };
      responses: {
        202: { headers: { [name: string]: unknown }; content: { "application/hal+json": components["schemas"]["job_link"] } };
        default: { headers: { [name: string]: unknown }; content: { "application/hal+json": ErrorBody } };
      };
    };
    trace?: never;
  };
}

// ---------------------------------------------------------------- contract

export type ErrorCode = "1" | "2" | "4" | "6" | "262179" | "2621573" | "66257104";

const POLICY_FIELDS = new Set(["name", "svm", "action", "local_endpoint", "protocol", "secret_key"]);
const ACTIONS = ["bypass", "discard", "esp_transport"];

/** A stand-in for a generated guard: unknown fields, enum values and limits, with JSON paths. */
function validatePolicyCreate(value: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (typeof value !== "object" || value === null) return [{ path: "$", message: "must be an object" }];
  const body = value as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (!POLICY_FIELDS.has(key)) problems.push({ path: `$.${key}`, message: "is not a field of ONTAP 9.8" });
  }
  if (typeof body["name"] !== "string") problems.push({ path: "$.name", message: "is required" });
  else if (body["name"].length > 64) problems.push({ path: "$.name", message: "must be at most 64 characters" });
  if (body["action"] !== undefined && !ACTIONS.includes(String(body["action"]))) {
    problems.push({ path: "$.action", message: `must be one of ${ACTIONS.join(", ")}` });
  }
  const port = (body["local_endpoint"] as Record<string, unknown> | undefined)?.["port"];
  if (port !== undefined && !/^\d+(-\d+)?$/.test(String(port))) {
    problems.push({ path: "$.local_endpoint.port", message: "must be a port or a port range" });
  }
  return problems;
}

function validatePolicyCollection(value: unknown): ValidationProblem[] {
  const records = (value as { records?: unknown }).records;
  if (records !== undefined && !Array.isArray(records)) return [{ path: "$.records", message: "must be an array" }];
  const problems: ValidationProblem[] = [];
  (records ?? []).forEach((r: unknown, i: number) => {
    const name = (r as { name?: unknown }).name;
    if (name !== undefined && typeof name !== "string") problems.push({ path: `$.records[${i}].name`, message: "must be a string" });
  });
  return problems;
}

export function makeContract(overrides: Partial<OntapContract<ErrorCode>> = {}): OntapContract<ErrorCode> {
  return {
    release: "9.8",
    errors: {
      "1": { name: "ENTRY_EXISTS", message: "Entry already exists.", status: 409, common: true },
      "2": { name: "INVALID_FIELD", message: "Invalid, missing or extra field.", status: 400, common: true },
      "4": { name: "ENTRY_NOT_FOUND", message: "Entry doesn't exist.", status: 404, common: true },
      "6": { name: "PERMISSION_DENIED", message: "Permission denied.", status: 403, common: true },
      "262179": { name: "UNEXPECTED_ARGUMENT", message: "Unexpected argument.", status: 400, common: true },
      "2621573": { name: "CONFIGURATION_LOCKED", message: "Temporarily locked.", status: 409, common: true },
      "66257104": {
        name: "IPSEC_POLICY_NAME_EXISTS",
        message: "IPsec policy with same name already exists in this SVM.",
        status: 409,
        common: false,
      },
    },
    operations: {
      "GET /security/ipsec/policies": {
        operationId: "ipsec_policy_collection_get",
        method: "GET",
        path: "/security/ipsec/policies",
        validateResponseBody: { "200": validatePolicyCollection },
        errorCodes: [],
      },
      "POST /security/ipsec/policies": {
        operationId: "ipsec_policy_create",
        method: "POST",
        path: "/security/ipsec/policies",
        validateRequestBody: validatePolicyCreate,
        errorCodes: ["66257104"],
      },
      // Every other operation of `paths` above: the runtime refuses one the contract lacks.
      "GET /security/ipsec/policies/{uuid}": { operationId: "ipsec_policy_get", method: "GET", path: "/security/ipsec/policies/{uuid}", errorCodes: [] },
      "PATCH /security/ipsec/policies/{uuid}": { operationId: "ipsec_policy_modify", method: "PATCH", path: "/security/ipsec/policies/{uuid}", errorCodes: [] },
      "DELETE /security/ipsec/policies/{uuid}": { operationId: "ipsec_policy_delete", method: "DELETE", path: "/security/ipsec/policies/{uuid}", errorCodes: [] },
      "PATCH /security": { operationId: "security_config_modify", method: "PATCH", path: "/security", errorCodes: [] },
      // Not in `paths` (typed calls cannot make it); createRequest's own tests call it untyped.
      "GET /security": { operationId: "security_config_get", method: "GET", path: "/security", errorCodes: [] },
    },
    sensitiveFields: ["secret_key"],
    ...overrides,
  };
}

// ---------------------------------------------------------------- certificates

export interface Pki {
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A server certificate signed by nobody but itself. */
  selfSignedCert: string;
  selfSignedKey: string;
}

const SAN = { name: "subjectAltName" as const, altNames: [{ type: 2 as const, value: "localhost" }, { type: 7 as const, ip: "127.0.0.1" }] };

let pki: Promise<Pki> | undefined;
export function getPki(): Promise<Pki> {
  pki ??= (async () => {
    const ca = await generate([{ name: "commonName", value: "ontap-sec test CA" }], {
      keyType: "ec",
      algorithm: "sha256",
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      ],
    });
    const signer = { key: ca.private, cert: ca.cert };
    const server = await generate([{ name: "commonName", value: "localhost" }], {
      keyType: "ec",
      algorithm: "sha256",
      ca: signer,
      extensions: [{ name: "basicConstraints", cA: false }, { name: "extKeyUsage", serverAuth: true }, SAN],
    });
    const client = await generate([{ name: "commonName", value: "admin" }], {
      keyType: "ec",
      algorithm: "sha256",
      ca: signer,
      extensions: [{ name: "basicConstraints", cA: false }, { name: "extKeyUsage", clientAuth: true }],
    });
    const self = await generate([{ name: "commonName", value: "localhost" }], {
      keyType: "ec",
      algorithm: "sha256",
      extensions: [{ name: "basicConstraints", cA: false }, { name: "extKeyUsage", serverAuth: true }, SAN],
    });
    return {
      caCert: ca.cert,
      serverCert: server.cert,
      serverKey: server.private,
      clientCert: client.cert,
      clientKey: client.private,
      selfSignedCert: self.cert,
      selfSignedKey: self.private,
    };
  })();
  return pki;
}

// ---------------------------------------------------------------- servers

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** CN of the client certificate, when one was presented. */
  peerCN?: string;
}

export type Handler = (req: Recorded, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  port: number;
  origin: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startServer(
  handler: Handler,
  tls: { cert: string; key: string; ca?: string; requestCert?: boolean },
): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server = createServer(
    { cert: tls.cert, key: tls.key, ca: tls.ca, requestCert: tls.requestCert ?? false, rejectUnauthorized: tls.requestCert ?? false },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const peer = (req.socket as TLSSocket).getPeerCertificate?.();
        const rec: Recorded = {
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          peerCN: peer && typeof peer.subject?.CN === "string" ? peer.subject.CN : undefined,
        };
        requests.push(rec);
        Promise.resolve(handler(rec, res)).catch((e: unknown) => {
          res.statusCode = 599;
          res.end(String(e));
        });
      });
    },
  );
  // A client that gives up mid-request (timeouts) leaves sockets; `closeAllConnections` ends them.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `https://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON (HAL) answer. */
export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/hal+json", ...headers });
  res.end(text);
}

export function ontapError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  send(res, status, { error: { message, code, ...extra } });
}

// ---------------------------------------------------------------- clock, logger, client

export interface FakeClock extends Clock {
  sleeps: number[];
  time: number;
}

/** Sleeping only advances a counter, so retries and job polling run instantly and deterministically. */
export function fakeClock(start = Date.parse("2025-01-01T00:00:00Z")): FakeClock {
  const clock: FakeClock = {
    sleeps: [],
    time: start,
    now: () => clock.time,
    random: () => 0.5,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      clock.sleeps.push(ms);
      clock.time += ms;
      await new Promise((r) => setImmediate(r));
      signal?.throwIfAborted();
    },
  };
  return clock;
}

export interface CapturedLog {
  logger: Logger;
  lines: string[];
  text(): string;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const put = (level: string) => (message: string, details?: Record<string, unknown>) =>
    lines.push(`${level} ${message}${details ? ` ${JSON.stringify(details)}` : ""}`);
  return { logger: { debug: put("debug"), info: put("info"), warn: put("warn"), error: put("error") }, lines, text: () => lines.join("\n") };
}

export async function makeClient(
  server: TestServer,
  overrides: Partial<CreateOntapClientOptions<ErrorCode>> = {},
): Promise<OntapClient<paths, ErrorCode>> {
  const { caCert } = await getPki();
  return createOntapClient<paths, ErrorCode>({
    host: "127.0.0.1",
    port: server.port,
    auth: { username: "admin", password: "Netapp1!" },
    ca: caCert,
    releaseCheck: "off",
    clock: fakeClock(),
    logger: captureLog().logger,
    contract: makeContract(),
    ...overrides,
  });
}

export async function serve(handler: Handler, opts: { requestCert?: boolean } = {}): Promise<TestServer> {
  const p = await getPki();
  return startServer(handler, { cert: p.serverCert, key: p.serverKey, ca: p.caCert, requestCert: opts.requestCert });
}
