import { guardsFigures } from "./figures/guards.ts";
const t = performance.now();
console.log(await guardsFigures(), performance.now() - t);
