// Child process of the pagination figure (run with --expose-gc): iterates a collection of the mock
// with the runtime's paginator, or collects it all, and reports the peak heap above the start.
// argv: mode ("stream" | "collect"), page size. env: MOCK_URL, MOCK_CA.
import { createClient } from "@ontap-sec/client-9.10";

const [mode, pageArg] = process.argv.slice(2);
const pageSize = Number(pageArg);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const url = new URL(process.env.MOCK_URL!);
const client = createClient({
  host: url.hostname,
  port: Number(url.port),
  auth: { username: "admin", password: "netapp1!" },
  ca: process.env.MOCK_CA!,
  releaseCheck: "off",
  validation: { request: "throw", response: "off" },
});
const path = "/security/ipsec/security-associations" as const;
const init = { params: { query: { max_records: pageSize, fields: ["*"] } } };
// Warm up (connection, TLS, JIT) on one page, then measure from a collected heap.
for await (const _ of client.paginate(path, { params: { query: { max_records: pageSize } } })) break;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const base = heap();
let peak = base;
let n = 0;
const every = Math.max(1, Math.floor(pageSize / 2));
const t0 = performance.now();
const kept: unknown[] = [];
for await (const record of client.paginate(path, init)) {
  if (mode === "collect") kept.push(record);
  if (++n % every === 0) peak = Math.max(peak, heap());
}
peak = Math.max(peak, heap());
await client.close();
process.stdout.write(JSON.stringify({ records: n, kept: kept.length, peakAboveStart: peak - base, ms: performance.now() - t0 }));
