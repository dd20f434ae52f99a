import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RETRY, InvalidResponseError, type OntapClientError, OntapError, OntapNetworkError, parseRetryAfter } from "../../packages/runtime/src/index.ts";
import { type AttemptOutcome, mergeRetry, retryDelay } from "../../packages/runtime/src/retry.ts";
import { fakeClock, makeClient, ontapError, send, serve, type TestServer } from "./helpers.ts";

// Each request takes the next scripted answer; when the script runs out, 200.
type Answer = (res: ServerResponse) => void;
let script: Answer[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await serve((req, res) => {
    const answer = script.shift();
    if (answer) return answer(res);
    if (req.method === "POST") return send(res, 201, { num_records: 1 });
    send(res, 200, { records: [], num_records: 0 });
  });
});
afterAll(() => server.close());

const status = (code: number): Answer => (res) => ontapError(res, code, "65552", "busy");
const withHeaders = (code: number, headers: Record<string, string>): Answer => (res) => send(res, code, { error: { code: "65552", message: "busy" } }, headers);
const locked: Answer = (res) => ontapError(res, 409, "2621573", "The operation is temporarily locked by a configuration baseline.");
const hangup: Answer = (res) => res.socket?.destroy();

function given(...answers: Answer[]): void {
  script = answers;
  server.requests.length = 0;
}

describe("retries of idempotent requests", () => {
  it("retries GET on 429, 502, 503 and 504 with full-jitter exponential backoff", async () => {
    given(status(429), status(502), status(503));
    const clock = fakeClock();
    const client = await makeClient(server, { clock, retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 10_000 } });
    const { response } = await client.GET("/security/ipsec/policies");
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(4);
    // random() = 0.5 → half of 100, 200, 400
    expect(clock.sleeps).toEqual([50, 100, 200]);
  });

  it("caps the backoff at maxDelayMs", async () => {
    given(status(504), status(504), status(504));
    const clock = fakeClock();
    clock.random = () => 0.999;
    const client = await makeClient(server, { clock, retry: { attempts: 4, baseDelayMs: 1_000, maxDelayMs: 1_500 } });
    await client.GET("/security/ipsec/policies");
    expect(clock.sleeps).toEqual([999, 1_498, 1_498]);
  });

  it("honours Retry-After in seconds and as an HTTP date, capped", async () => {
    const clock = fakeClock();
    const inThirty = new Date(clock.now() + 30_000).toUTCString();
    given(withHeaders(503, { "retry-after": "2" }), withHeaders(429, { "retry-after": inThirty }), withHeaders(503, { "retry-after": "3600" }));
    const client = await makeClient(server, { clock, retry: { attempts: 4, maxRetryAfterMs: 20_000 } });
    await client.GET("/security/ipsec/policies");
    expect(clock.sleeps).toEqual([2_000, 20_000, 20_000]);
  });

  it("stops after the attempt budget and throws the last answer", async () => {
    given(status(503), status(503), status(503), status(503));
    const clock = fakeClock();
    const client = await makeClient(server, { clock, retry: { attempts: 3 } });
    const err = await client.GET("/security/ipsec/policies").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OntapError);
    expect((err as OntapError).status).toBe(503);
    expect(server.requests).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("stops when the next pause would exceed the total time budget", async () => {
    given(withHeaders(503, { "retry-after": "5" }), withHeaders(503, { "retry-after": "5" }), withHeaders(503, { "retry-after": "5" }));
    const clock = fakeClock();
    const client = await makeClient(server, { clock, retry: { attempts: 10, maxElapsedMs: 12_000 } });
    await expect(client.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapError);
    expect(clock.sleeps).toEqual([5_000, 5_000]);
    expect(server.requests).toHaveLength(3);
  });

  it("retries a GET whose connection dropped, but gives up with OntapNetworkError", async () => {
    given(hangup);
    const client = await makeClient(server);
    expect((await client.GET("/security/ipsec/policies")).response.status).toBe(200);
    expect(server.requests).toHaveLength(2);

    given(hangup, hangup, hangup, hangup);
    await expect(client.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapNetworkError);
    expect(server.requests).toHaveLength(DEFAULT_RETRY.attempts);
  });

  it("retries DELETE like GET", async () => {
    given(status(502));
    const client = await makeClient(server);
    await client.DELETE("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u1" } } });
    expect(server.requests.map((r) => r.method)).toEqual(["DELETE", "DELETE"]);
  });

  it("does not retry 500 or 4xx answers", async () => {
    given(status(500));
    const client = await makeClient(server);
    await expect(client.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapError);
    expect(server.requests).toHaveLength(1);
  });

  it("can be turned off per client and per call", async () => {
    given(status(503));
    const off = await makeClient(server, { retry: false });
    await expect(off.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapError);
    expect(server.requests).toHaveLength(1);

    given(status(503));
    const on = await makeClient(server);
    await expect(on.GET("/security/ipsec/policies", { retry: false })).rejects.toBeInstanceOf(OntapError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("writes", () => {
  it("are not retried on 503 or a dropped connection", async () => {
    given(status(503));
    const client = await makeClient(server);
    await expect(client.POST("/security/ipsec/policies", { body: { name: "p1" } })).rejects.toBeInstanceOf(OntapError);
    expect(server.requests).toHaveLength(1);

    given(hangup);
    await expect(client.PATCH("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u" } }, body: { name: "n" } })).rejects.toBeInstanceOf(
      OntapNetworkError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it("are retried on ONTAP code 2621573 (configuration temporarily locked), same body each time", async () => {
    given(locked, locked);
    const clock = fakeClock();
    const client = await makeClient(server, { clock });
    const { response } = await client.POST("/security/ipsec/policies", { body: { name: "p1", action: "bypass" } });
    expect(response.status).toBe(201);
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((r) => r.body))).toEqual(new Set(['{"name":"p1","action":"bypass"}']));
    expect(clock.sleeps).toHaveLength(2);
  });

  it("give up on 2621573 after the attempt budget", async () => {
    given(locked, locked, locked);
    const client = await makeClient(server, { retry: { attempts: 2 } });
    const err = await client.PATCH("/security/ipsec/policies/{uuid}", { params: { path: { uuid: "u" } }, body: { name: "n" } }).catch((e: unknown) => e);
    expect((err as OntapError).code).toBe("2621573");
    expect(server.requests).toHaveLength(2);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  it("reads delta-seconds and HTTP dates, ignores garbage", () => {
    expect(parseRetryAfter("7", now)).toBe(7_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 00:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("a 5xx page that is not JSON", () => {
  it("is retried for GET and then reported as InvalidResponseError", async () => {
    const html: Answer = (res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html>bad gateway</html>");
    };
    given(html, html);
    const client = await makeClient(server, { retry: { attempts: 2 } });
    const err = await client.GET("/security/ipsec/policies").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as InvalidResponseError).status).toBe(502);
    expect(server.requests).toHaveLength(2);
  });
});

describe("retryDelay (the decision alone)", () => {
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 };
  const at = (status: number, body = "", headers: Record<string, string> = {}) => new Response(body, { status, headers });
  const outcome = (o: Partial<AttemptOutcome>): AttemptOutcome => ({ method: "GET", attempt: 1, started: clock.now(), text: "", ...o });
  const clock = fakeClock();

  it("retries idempotent methods on 429/502/503/504 with full jitter, growing per attempt", () => {
    expect(retryDelay(outcome({ response: at(503) }), policy, clock)).toBe(50); // random 0.5 × 100
    expect(retryDelay(outcome({ response: at(429), attempt: 3 }), policy, clock)).toBe(200); // 0.5 × 400
    expect(retryDelay(outcome({ response: at(500) }), policy, clock)).toBeUndefined();
    expect(retryDelay(outcome({ method: "POST", response: at(503) }), policy, clock)).toBeUndefined();
  });

  it("retries any method on ONTAP's configuration-locked code, and none past the attempts", () => {
    const locked = JSON.stringify({ error: { code: "2621573", message: "locked" } });
    expect(retryDelay(outcome({ method: "POST", response: at(409), text: locked }), policy, clock)).toBe(50);
    expect(retryDelay(outcome({ method: "POST", response: at(409), text: locked, attempt: policy.attempts }), policy, clock)).toBeUndefined();
  });

  it("follows Retry-After up to its cap, and gives up past the elapsed-time bound", () => {
    expect(retryDelay(outcome({ response: at(503, "", { "retry-after": "7" }) }), policy, clock)).toBe(7_000);
    expect(retryDelay(outcome({ response: at(503, "", { "retry-after": "3600" }) }), policy, clock)).toBe(policy.maxRetryAfterMs);
    expect(retryDelay(outcome({ response: at(503), started: clock.now() - policy.maxElapsedMs }), policy, clock)).toBeUndefined();
  });

  it("retries network failures and timeouts of idempotent methods, never TLS failures", () => {
    const failure = (kind: "network" | "tls" | "timeout") => ({ kind }) as unknown as OntapClientError;
    expect(retryDelay(outcome({ failure: failure("network") }), policy, clock)).toBe(50);
    expect(retryDelay(outcome({ failure: failure("timeout") }), policy, clock)).toBe(50);
    expect(retryDelay(outcome({ failure: failure("tls") }), policy, clock)).toBeUndefined();
  });

  it("merges a call's policy over the client's, `false` meaning one attempt", () => {
    expect(mergeRetry(DEFAULT_RETRY, { attempts: 2 })).toEqual({ ...DEFAULT_RETRY, attempts: 2 });
    expect(mergeRetry(DEFAULT_RETRY, false).attempts).toBe(1);
    expect(mergeRetry(DEFAULT_RETRY, undefined)).toEqual(DEFAULT_RETRY);
  });
});
