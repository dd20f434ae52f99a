import { clientFigures } from "./figures/client.ts";
const t = performance.now();
console.log(await clientFigures(), performance.now() - t);
