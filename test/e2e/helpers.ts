// End-to-end helpers: a TLS mock of a release and the generated client of that release pointed at it.
import { startMockOntap, type MockOntap, type MockOntapOptions } from "@ontap-sec/mock";

export { RELEASES } from "../releases.js";
import { atLeast } from "../releases.js";
export const PASSWORD = "Sup3r-S3cret-Pw!";
export const SECRET_KEY = "psk-VALUE-0123456789-do-not-leak";
export const AUTH_HEADER = "Basic " + Buffer.from(`admin:${PASSWORD}`).toString("base64");

/** Everything a logger receives, as text. */
export function captureLogger() {
  const lines: string[] = [];
  const log = (level: string) => (message: string, details?: Record<string, unknown>) => lines.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
  return { lines, logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") } };
}

export async function startMock(release: string, opts: Partial<MockOntapOptions> = {}): Promise<MockOntap> {
  // The mock loads the installed @ontap-sec/client-<release>/openapi.json (no spec passed).
  return startMockOntap({ release, tls: true, users: { admin: PASSWORD }, ...opts });
}

export async function clientFor(release: string, mock: MockOntap, extra: Record<string, unknown> = {}): Promise<any> {
  const mod: any = await import(`@ontap-sec/client-${release}`);
  const port = Number(new URL(mock.url).port);
  return mod.createClient({
    host: "127.0.0.1",
    port,
    auth: { username: "admin", password: PASSWORD },
    ca: mock.ca,
    validation: { request: "throw", response: "throw" },
    ...extra,
  });
}

export function policy(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    svm: { name: "vs0" },
    local_endpoint: { address: "10.1.1.1", netmask: "24" },
    remote_endpoint: { address: "10.1.2.1", netmask: "24" },
    action: "esp_transport",
    secret_key: SECRET_KEY,
    ...extra,
  };
}

export function hasCa(release: string): boolean {
  return atLeast(release, "9.10");
}
