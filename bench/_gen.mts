import { generationFigures } from "./figures/generation.ts";
const t = performance.now();
console.log(await generationFigures({ rounds: 2 }), performance.now() - t);
