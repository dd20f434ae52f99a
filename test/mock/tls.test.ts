// HTTPS with the generated self-signed certificate: trusted through the mock's CA, refused without.
import { describe, expect, it } from "vitest";
import { Agent } from "undici";
import { api, start } from "./helpers.js";

describe("TLS", () => {
  it("serves HTTPS; a client trusting mock.ca connects, others refuse the certificate", async () => {
    const mock = await start("9.10", { tls: true });
    const trusting = new Agent({ connect: { ca: mock.ca } });
    try {
      expect(mock.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(mock.ca).toMatch(/BEGIN CERTIFICATE/);
      const r = await api(mock, { dispatcher: trusting }).get("/api/cluster?fields=version");
      expect(r.status).toBe(200);
      expect(r.body.version.major).toBe(10);
      await expect(api(mock).get("/api/cluster")).rejects.toThrow();
      const localhost = new URL(mock.url);
      localhost.hostname = "localhost";
      const res = await fetch(`${localhost.origin}/api/cluster`, { dispatcher: trusting, headers: { authorization: "Basic " + Buffer.from("admin:netapp1!").toString("base64") } } as any);
      expect(res.status).toBe(200);
    } finally {
      await trusting.close();
      await mock.close();
    }
  });

  it("plain HTTP by default", async () => {
    const mock = await start("9.8");
    try {
      expect(mock.url).toMatch(/^http:\/\//);
      expect(mock.ca).toBeUndefined();
    } finally {
      await mock.close();
    }
  });
});
