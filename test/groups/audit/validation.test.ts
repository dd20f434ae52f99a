// The generated client refuses, before sending, a destination field its release lacks, and sends
// the same body to the release that has it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient as create912, RequestValidationError } from "../../../packages/client-9.12/src/index.ts";
import { createClient as create913 } from "../../../packages/client-9.13/src/index.ts";
import { createClient as create916 } from "../../../packages/client-9.16/src/index.ts";
import { getPki, send, serve, type TestServer } from "../../runtime/helpers.ts";

let server: TestServer;
beforeAll(async () => {
  server = await serve((_req, res) => send(res, 202, { num_records: 0, records: [] }));
});
afterAll(() => server.close());

async function options() {
  const { caCert } = await getPki();
  return {
    host: "127.0.0.1",
    port: server.port,
    auth: { username: "admin", password: "Netapp1!" },
    ca: caCert,
    releaseCheck: "off" as const,
    validation: { request: "throw" as const, response: "off" as const },
  };
}

// A body the types forbid (see types.ts) still comes from JavaScript callers and casts.
const loose = (v: object): never => v as never;

describe("audit destinations: local validation per release", () => {
  it("9.12 refuses message_format (a 9.13 field) and sends nothing", async () => {
    server.requests.length = 0;
    const client = create912(await options());
    const err = await client
      .POST("/security/audit/destinations", { body: loose({ address: "1.1.1.1", message_format: "rfc_5424" }) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    const e = err as RequestValidationError;
    expect(e.operation).toBe("POST /security/audit/destinations");
    expect(e.release).toBe("9.12");
    expect(e.problems.map((p) => p.path)).toEqual(["$.message_format"]);
    expect(e.message).toContain("not valid for ONTAP 9.12: $.message_format: is not a property of this release's request body");
    expect(server.requests).toHaveLength(0);
  });

  it("9.13 sends the same body", async () => {
    server.requests.length = 0;
    const client = create913(await options());
    await client.POST("/security/audit/destinations", { body: { address: "1.1.1.1", message_format: "rfc_5424" } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.url).toBe("/api/security/audit/destinations");
  });

  it("refuses a create-only field in PATCH and a value outside the enum", async () => {
    server.requests.length = 0;
    const client = create916(await options());
    const path = { params: { path: { address: "1.1.1.1", port: 514 } } };
    const err = await client
      .PATCH("/security/audit/destinations/{address}/{port}", { ...path, body: loose({ protocol: "tcp_encrypted", facility: "local9" }) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect((err as RequestValidationError).problems.map((p) => p.path).sort()).toEqual(["$.facility", "$.protocol"]);
    expect(server.requests).toHaveLength(0);
  });
});
