import { typecheckFigures } from "./figures/typecheck.ts";
const t = performance.now();
console.log(await typecheckFigures({ rounds: 2 }), performance.now() - t);
