// Figure 2: client overhead. One HTTPS server on loopback (node:https, keep-alive, a fixed JSON
// body: a policy collection of N records) and one undici Agent shared by every contender, so the
// transport is the same: a raw `fetch` + `JSON.parse`, bare openapi-fetch, and the ONTAP client
// (validation off, then response validation on). Targets are ratios to bare openapi-fetch; raw
// fetch is information. Runs are interleaved (A B C D, rotated each
// round); each sample is `inner` sequential requests; medians of the per-request times.
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { Agent, Request as UndiciRequest, fetch as undiciFetch } from "undici";
import { createClient } from "@ontap-sec/client-9.10";
import { selfSignedCertificate } from "../../packages/mock/src/tls.js";
import { fmtMs, interleave, median, pairedRatio, type Figure } from "../lib/stats.js";

/** A realistic `GET /security/ipsec/policies?fields=*` answer of `n` policies. */
export function policyCollection(n: number): unknown {
  const records = Array.from({ length: n }, (_, i) => {
    const hex = i.toString(16).padStart(4, "0");
    return {
      uuid: `1cd8a442-86d1-11e0-ae1c-12347856${hex}`,
      name: `ipsec_policy_${i}`,
      enabled: i % 3 !== 0,
      protocol: i % 2 ? "tcp" : "any",
      scope: "svm",
      action: "esp_transport",
      authentication_method: "psk",
      svm: {
        _links: { self: { href: "/api/svm/svms/02c9e252-41be-11e9-81d5-00a0986138f7" } },
        name: `svm${i % 4}`,
        uuid: "02c9e252-41be-11e9-81d5-00a0986138f7",
      },
      ipspace: { name: "Default", uuid: "1d3199d2-41be-11e9-81d5-00a0986138f7" },
      local_endpoint: { address: `10.10.${i % 250}.7`, family: "ipv4", netmask: "24", port: "any" },
      remote_endpoint: { address: `10.20.${i % 250}.8`, family: "ipv4", netmask: "24", port: "any" },
      _links: { self: { href: `/api/security/ipsec/policies/1cd8a442-86d1-11e0-ae1c-12347856${hex}` } },
    };
  });
  return { records, num_records: n, _links: { self: { href: "/api/security/ipsec/policies?fields=*" } } };
}

async function serve(body: string): Promise<{ server: Server; port: number; ca: string }> {
  const { key, cert } = await selfSignedCertificate();
  const server = createServer({ key, cert, keepAlive: true }, (req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/hal+json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, port: (server.address() as AddressInfo).port, ca: cert };
}

export async function clientFigures(opts: { records?: number; rounds?: number; inner?: number } = {}): Promise<Figure[]> {
  const records = opts.records ?? 20;
  const rounds = opts.rounds ?? 40;
  const inner = opts.inner ?? 100;
  const payload = policyCollection(records);
  const { server, port, ca } = await serve(JSON.stringify(payload));
  const dispatcher = new Agent({ connect: { ca }, keepAliveTimeout: 60_000 });
  const sharedFetch = (url: string, init: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>;
  const base = `https://127.0.0.1:${port}/api`;
  const auth = "Basic " + Buffer.from("admin:netapp1!").toString("base64");
  const url = `${base}/security/ipsec/policies?max_records=${records}`;

  // The root declares the runtime's openapi-fetch range, so this is the copy the runtime runs on.
  const ofetch = (await import("openapi-fetch")).default as unknown as (options: object) => {
    GET(path: string, init: object): Promise<{ data?: unknown }>;
  };
  const bare = ofetch({
    baseUrl: base,
    headers: { accept: "application/hal+json", authorization: auth },
    Request: UndiciRequest as unknown as typeof Request,
    fetch: (req: Request) => undiciFetch(req as unknown as UndiciRequest, { dispatcher }) as unknown as Promise<Response>,
  });
  const make = (response: "off" | "warn") =>
    createClient({
      host: "127.0.0.1",
      port,
      auth: { username: "admin", password: "netapp1!" },
      fetch: sharedFetch,
      releaseCheck: "off",
      validation: { request: "throw", response },
      logger: {},
    });
  const off = make("off");
  const on = make("warn");
  const query = { params: { query: { max_records: records } } } as const;

  // Same answer from everyone (and validation finds nothing to report).
  const expected = JSON.stringify(payload);
  const check = (what: string, data: unknown) => {
    if (JSON.stringify(data) !== expected) throw new Error(`${what} returned another body`);
  };
  const problems = off.contract.operations["GET /security/ipsec/policies"]!.validateResponseBody!["200"]!(payload);
  if (problems.length) throw new Error(`the fixed body is not valid: ${JSON.stringify(problems)}`);
  check("raw", await (await undiciFetch(url, { headers: { accept: "application/hal+json", authorization: auth }, dispatcher })).json());
  check("openapi-fetch", (await bare.GET("/security/ipsec/policies", query)).data);
  check("client", (await off.GET("/security/ipsec/policies", query)).data);

  const t = await interleave(
    {
      raw: async () => JSON.parse(await (await undiciFetch(url, { headers: { accept: "application/hal+json", authorization: auth }, dispatcher })).text()),
      openapiFetch: async () => (await bare.GET("/security/ipsec/policies", query)).data,
      clientOff: async () => (await off.GET("/security/ipsec/policies", query)).data,
      clientOn: async () => (await on.GET("/security/ipsec/policies", query)).data,
    },
    { rounds, inner, warmup: 3 },
  );
  await off.close();
  await on.close();
  await dispatcher.close();
  server.close();
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as Record<keyof typeof t, number>;
  const per = (k: string) => fmtMs(m[k]!);
  // The yardstick is bare openapi-fetch, the floor this client builds on (same transport, same
  // request): what we add on top of it is ours to keep small. Raw fetch skips openapi-fetch's own
  // Request building and is shown for information only. Ratios are paired per round (pairedRatio):
  // the machines are shared, and load that comes and goes then weighs on both sides alike.
  const vsBare = (k: "clientOff" | "clientOn") => pairedRatio(t[k]!, t.openapiFetch!);
  return [
    {
      name: `client: GET ${records} policies, validation off vs bare openapi-fetch`,
      measured: `${per("clientOff")} vs ${per("openapiFetch")}`,
      ratio: vsBare("clientOff"),
      target: "≤ 1.05×",
      ok: vsBare("clientOff") <= 1.05,
    },
    {
      name: `client: GET ${records} policies, response validation on vs bare openapi-fetch`,
      measured: `${per("clientOn")} vs ${per("openapiFetch")}`,
      ratio: vsBare("clientOn"),
      target: "≤ 1.15×",
      ok: vsBare("clientOn") <= 1.15,
    },
    {
      name: `client: bare openapi-fetch vs raw fetch (info)`,
      measured: `${per("openapiFetch")} vs ${per("raw")}; client off vs raw ${pairedRatio(t.clientOff!, t.raw!).toFixed(2)}×`,
      ratio: pairedRatio(t.openapiFetch!, t.raw!),
      target: "info",
    },
  ];
}
