// Whether a property is present: an own enumerable property whose value is not undefined (as in
// JSON). The key loop finds properties through for…in, which already yields enumerable keys only; an
// object whose prototype is Object.prototype or null then needs the own test only for names that
// Object.prototype has. Properties read by name always get the own-enumerable test.

/** Property names an ordinary object inherits from Object.prototype (`constructor`, `__proto__`, …). */
export const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
