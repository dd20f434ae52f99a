// Whether a property is present: an own enumerable property whose value is not undefined (as in
// JSON; ajv itself reads \`data.prop !== undefined\`). Checking own-ness for every property is costly,
// so an object whose prototype is Object.prototype or null is tested once: its defined properties
// are own unless their name is one of Object.prototype's (those are always checked). Other objects
// (class instances, Object.create(proto), proxies) get the full check for every property.
import type { SchemaNode } from "./schema-node.js";

/** Property names an ordinary object inherits from Object.prototype (`constructor`, `__proto__`, …). */
export const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

export function ownCheckNeeded(n: SchemaNode): boolean {
  return (n.properties ?? []).length > 0 || (n.required ?? []).length > 0;
}

/** `const <plain> = <whether o's prototype is Object.prototype or null>;` */
export function plainObjectTest(plain: string, o: string): string {
  return `const ${plain}$ = Object.getPrototypeOf(${o});\nconst ${plain} = ${plain}$ === Object.prototype || ${plain}$ === null;`;
}

/** A condition: the (defined) value read for `name` is an own enumerable property of `o`. */
export function ownTest(plain: string | undefined, o: string, key: string, name: string): string {
  if (plain === undefined || INHERITED.has(name)) return `_own(${o}, ${key})`;
  return `(${plain} || _own(${o}, ${key}))`;
}
