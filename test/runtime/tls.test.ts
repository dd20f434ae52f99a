import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOntapClient, OntapNetworkError, OntapTlsError } from "../../packages/runtime/src/index.ts";
import { captureLog, getPki, makeClient, makeContract, send, serve, startServer, type TestServer } from "./helpers.ts";

const ok = (_req: unknown, res: Parameters<typeof send>[0]) => send(res, 200, { records: [], num_records: 0 });
let privateCa: TestServer; // certificate signed by a private CA
let selfSigned: TestServer; // certificate signed by itself
let mtls: TestServer; // requires a client certificate from the private CA
const envBefore = process.env.NODE_TLS_REJECT_UNAUTHORIZED;

beforeAll(async () => {
  const pki = await getPki();
  privateCa = await serve(ok);
  selfSigned = await startServer(ok, { cert: pki.selfSignedCert, key: pki.selfSignedKey });
  mtls = await serve(ok, { requestCert: true });
});
afterAll(async () => {
  await Promise.all([privateCa.close(), selfSigned.close(), mtls.close()]);
});

describe("TLS trust", () => {
  it("trusts a private CA given with `ca`", async () => {
    const client = await makeClient(privateCa);
    const { response } = await client.GET("/security/ipsec/policies");
    expect(response.status).toBe(200);
  });

  it("trusts a self-signed cluster certificate given as `ca`", async () => {
    const { selfSignedCert } = await getPki();
    const client = await makeClient(selfSigned, { ca: selfSignedCert });
    expect((await client.GET("/security/ipsec/policies")).response.status).toBe(200);
  });

  it("fails with a typed TLS error, without retrying, when the certificate is not trusted", async () => {
    const client = await makeClient(selfSigned, { ca: undefined });
    const before = selfSigned.requests.length;
    const err = await client.GET("/security/ipsec/policies").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OntapTlsError);
    expect(err).toBeInstanceOf(OntapNetworkError);
    const tls = err as OntapTlsError;
    expect(tls.causeCode).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY/);
    expect(tls.message).toContain("`ca`");
    expect(tls.method).toBe("GET");
    expect(tls.path).toBe("/security/ipsec/policies");
    expect(selfSigned.requests.length).toBe(before);
  });

  it("rejects a certificate from another CA", async () => {
    const { selfSignedCert } = await getPki();
    const client = await makeClient(privateCa, { ca: selfSignedCert });
    await expect(client.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapTlsError);
  });

  it("never turns verification off process-wide", async () => {
    const { selfSignedCert } = await getPki();
    const trusting = await makeClient(selfSigned, { ca: selfSignedCert });
    const lax = await makeClient(selfSigned, { ca: undefined, dangerouslyAcceptAnyCertificate: true });
    expect((await trusting.GET("/security/ipsec/policies")).response.status).toBe(200);
    expect((await lax.GET("/security/ipsec/policies")).response.status).toBe(200);
    expect(process.env.NODE_TLS_REJECT_UNAUTHORIZED).toBe(envBefore);
    // Node's own fetch, on the global dispatcher, still refuses the self-signed certificate.
    await expect(fetch(`${selfSigned.origin}/api/security/ipsec/policies`)).rejects.toThrow();
    // And a client without the escape hatch still refuses, even after the lax one ran.
    const strict = await makeClient(selfSigned, { ca: undefined });
    await expect(strict.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapTlsError);
  });

  it("keeps verifying when someone else set NODE_TLS_REJECT_UNAUTHORIZED=0", async () => {
    const client = await makeClient(selfSigned, { ca: undefined });
    const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    const savedEmit = process.emitWarning;
    process.emitWarning = () => {}; // Node warns once about the variable; not our concern here
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
    try {
      await expect(client.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapTlsError);
    } finally {
      if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
      process.emitWarning = savedEmit;
    }
  });

  it("warns loudly when the per-client escape hatch is used", async () => {
    const log = captureLog();
    await makeClient(selfSigned, { ca: undefined, dangerouslyAcceptAnyCertificate: true, logger: log.logger });
    expect(log.text()).toMatch(/^warn TLS verification is OFF/m);
  });

  it("refuses TLS options together with a custom fetch, which could not honour them", () => {
    expect(() =>
      createOntapClient({
        host: "127.0.0.1",
        auth: { username: "a", password: "b" },
        ca: "PEM",
        fetch: (url, init) => fetch(url, init),
        contract: makeContract(),
      }),
    ).toThrow(TypeError);
  });
});

describe("certificate authentication (mTLS)", () => {
  it("presents the client certificate; the server sees its CN as the user", async () => {
    const { clientCert, clientKey } = await getPki();
    const client = await makeClient(mtls, { auth: { cert: clientCert, key: clientKey } });
    await client.GET("/security/ipsec/policies");
    const req = mtls.requests[mtls.requests.length - 1]!;
    expect(req.peerCN).toBe("admin");
    expect(req.headers["authorization"]).toBeUndefined();
  });

  it("cannot connect without a client certificate", async () => {
    const client = await makeClient(mtls, { retry: false });
    await expect(client.GET("/security/ipsec/policies")).rejects.toBeInstanceOf(OntapNetworkError);
  });
});
