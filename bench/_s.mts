import { sizeFigures } from "/work/main/bench/figures/size.ts";
const r = await sizeFigures();
console.log(r.figures, Object.fromEntries(Object.entries(r.details).map(([k, v]) => [k, { min: v.min, gzip: v.gzip }])));
