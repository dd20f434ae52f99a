import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
mkdirSync("/work/main/bench/.tmp/m", { recursive: true });
writeFileSync("/work/main/bench/.tmp/m/c.ts", `export { createOntapClient } from "@ontap-sec/runtime";`);
const out = await build({ entryPoints: ["/work/main/bench/.tmp/m/c.ts"], bundle: true, splitting: true, outdir: "/tmp/bw/mout", minify: true, format: "esm", platform: "node", target: "node20", external: ["undici"], write: true, metafile: true });
for (const [o, v] of Object.entries(out.metafile!.outputs)) { console.log(o, v.bytes); for (const [k, i] of Object.entries(v.inputs)) console.log("   ", i.bytesInOutput, k); }
