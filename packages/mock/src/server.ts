// The HTTP(S) server: faults, Basic auth, routing, and writing answers (collections streamed).
import http from "node:http";
import https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { Errors, OntapError } from "./errors.js";
import type { Fault } from "./faults.js";
import { CLUSTER, JOB } from "./handlers/cluster.js";
import type { Ctx, Env, Reply } from "./handlers/context.js";
import { dispatch } from "./handlers/dispatch.js";
import { Router } from "./router.js";
import type { KeyPair } from "./tls.js";

import type { RequestRecord } from "./request-record.js";

export type { RequestRecord };

const MAX_BODY = 4 * 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class MockServer {
  readonly requests: RequestRecord[] = [];
  private readonly router: Router;
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly env: Env) {
    this.router = new Router([...Object.keys(env.spec.doc.paths), CLUSTER, JOB]);
  }

  async listen(host: string, port: number, tls?: KeyPair): Promise<AddressInfo> {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
      this.handle(req, res).catch((e) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(String((e as Error)?.message ?? e));
      });
    };
    const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handler) : http.createServer(handler);
    server.on(tls ? "secureConnection" : "connection", (s: Socket) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    // TLS handshakes that fail (an untrusting client) must not crash anything.
    server.on("tlsClientError", () => {});
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    return server.address() as AddressInfo;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private record(method: string, url: string, status: number, fault?: Fault) {
    if (this.requests.length >= 10_000) this.requests.shift();
    this.requests.push({ method, url: this.masked(url), status, ...(fault ? { fault: fault.kind } : {}) });
  }

  /** The URL with the values of query parameters the slice marks secret (by their last name segment) masked. */
  private masked(url: string): string {
    const i = url.indexOf("?");
    if (i < 0) return url;
    const secret = this.env.spec.sensitiveNames();
    const parts = url.slice(i + 1).split("&").map((kv) => {
      const eq = kv.indexOf("=");
      const name = decodeURIComponent((eq < 0 ? kv : kv.slice(0, eq)).replace(/\+/g, " "));
      return eq >= 0 && secret.has(name.split(".").pop()!) ? `${kv.slice(0, eq)}=***` : kv;
    });
    return `${url.slice(0, i)}?${parts.join("&")}`;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { env } = this;
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const accept = String(req.headers.accept ?? "");
    const hal = !(/application\/json/.test(accept) && !/application\/hal\+json/.test(accept));
    const bare = url.pathname.replace(/^\/api(?=\/|$)/, "");
    const reqUrl = url.pathname + url.search;

    if (env.settings.latencyMs > 0) await sleep(env.settings.latencyMs);
    const { delayMs, fault } = env.faults.take(method, url.pathname);
    if (delayMs > 0) await sleep(delayMs);

    if (fault?.kind === "reset") {
      this.record(method, reqUrl, 0, fault);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "html") {
      const status = fault.status ?? 502;
      this.record(method, reqUrl, status, fault);
      res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n`);
      return;
    }
    if (fault?.kind === "status") {
      this.record(method, reqUrl, fault.status, fault);
      const message = fault.message ?? (fault.status === 429 ? "Too many requests." : "Service unavailable.");
      this.writeJson(res, fault.status, { error: { message, ...(fault.code ? { code: fault.code } : {}) } }, hal, {
        "Retry-After": String(fault.retryAfter ?? 1),
      });
      return;
    }

    const errors0 = new Errors(env.spec);
    if (!this.authorized(req)) {
      this.record(method, reqUrl, 401, fault);
      const e = errors0.make("6691623", { status: 401 });
      this.writeJson(res, 401, e.body(), hal, { "WWW-Authenticate": 'Basic realm="ontap-sec mock"' });
      req.resume();
      return;
    }

    let body: string;
    try {
      body = await readBody(req);
    } catch {
      this.record(method, reqUrl, 413, fault);
      this.writeJson(res, 413, errors0.make("262199", { status: 413 }).body(), hal);
      return;
    }

    if (fault?.kind === "locked" && ["POST", "PATCH", "DELETE", "PUT"].includes(method)) {
      this.record(method, reqUrl, 409, fault);
      const e = errors0.make("2621573", { status: 409 });
      this.writeJson(res, e.status, e.body(), hal, fault.retryAfter !== undefined ? { "Retry-After": String(fault.retryAfter) } : {});
      return;
    }

    const route = url.pathname.startsWith("/api/") || url.pathname === "/api" ? this.router.match(bare) : undefined;
    let reply: Reply;
    try {
      if (!route) throw new OntapError(404, "4", "API not found", undefined);
      const op = env.spec.op(method, route.template);
      const ctx: Ctx = { method, path: bare, url, query: url.searchParams, hal, body, route, op, errors: new Errors(env.spec, op) };
      reply = await dispatch(ctx, env);
    } catch (e) {
      const err =
        e instanceof OntapError ? e : new OntapError(500, "65562", `Internal RPC error: ${(e as Error)?.message ?? String(e)}`);
      reply = { status: err.status, headers: err.headers, body: err.body() };
    }
    this.record(method, reqUrl, reply.status, fault);
    await this.writeReply(res, reply, hal, fault?.kind === "truncated");
  }

  private authorized(req: http.IncomingMessage): boolean {
    const h = req.headers.authorization;
    if (!h) return false;
    const m = /^Basic\s+(.+)$/i.exec(h);
    if (!m) return false;
    const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
    const i = decoded.indexOf(":");
    if (i < 0) return false;
    const user = decoded.slice(0, i);
    const pass = decoded.slice(i + 1);
    return Object.prototype.hasOwnProperty.call(this.env.settings.users, user) && this.env.settings.users[user] === pass;
  }

  private writeJson(res: http.ServerResponse, status: number, body: unknown, hal: boolean, headers: Record<string, string> = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": hal ? "application/hal+json" : "application/json", "content-length": Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  private async writeReply(res: http.ServerResponse, reply: Reply, hal: boolean, truncate: boolean): Promise<void> {
    const type = hal ? "application/hal+json" : "application/json";
    if (truncate) {
      let text: string;
      if ("stream" in reply) {
        const parts: string[] = [];
        await reply.stream({ write: (c) => void parts.push(c) });
        text = parts.join("");
      } else text = JSON.stringify(reply.body);
      const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      res.writeHead(reply.status, { "content-type": type, "content-length": Buffer.byteLength(cut), ...(reply.headers ?? {}) });
      res.end(cut);
      return;
    }
    if (!("stream" in reply)) {
      this.writeJson(res, reply.status, reply.body, hal, reply.headers);
      return;
    }
    res.writeHead(reply.status, { "content-type": type, ...(reply.headers ?? {}) });
    let buf = "";
    const flush = async () => {
      if (buf === "") return;
      const ok = res.write(buf);
      buf = "";
      if (!ok && !res.destroyed) await new Promise<void>((r) => {
        const done = () => {
          res.off("drain", done);
          res.off("close", done);
          r();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    };
    await reply.stream({
      write: async (c) => {
        if (res.destroyed) return;
        buf += c;
        if (buf.length >= 64 * 1024) await flush();
      },
    });
    await flush();
    res.end();
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("body too large"));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
