import { build } from "esbuild";
const out = await build({ stdin: { contents: `export { createOntapClient } from "@ontap-sec/runtime";`, resolveDir: "/work/main", loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "node", target: "node20", external: ["undici"], write: false, metafile: true });
for (const [k, v] of Object.entries(Object.values(out.metafile!.outputs)[0]!.inputs)) console.log(v.bytesInOutput, k);
(await import("node:fs")).writeFileSync("/tmp/bw/rt.js", out.outputFiles[0]!.text);
