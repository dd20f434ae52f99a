// The fast boolean path: statements that `return false` at the first violation. No allocation
// (for-in over an object in dictionary mode aside), no closures, no try/catch (the exported `isX`
// wraps the call once).
import type { FunctionContext } from "./emit-context.js";
import { groupGuard, literal, typeImpliedByValues } from "./keyword-groups.js";
import { acceptsAnything, patternRegExp, type SchemaNode } from "./schema-node.js";
import { INHERITED } from "./own-property.js";
import { notTypesCondition } from "./type-test.js";

/** Writes the checks of `n` on the variable `v`; returns true when the code always returns (the false schema). */
export function emitCheck(n: SchemaNode, v: string, cx: FunctionContext): boolean {
  const { w } = cx;
  if (n.never) {
    w.writeLine("return false;");
    return true;
  }
  if (n.ref !== undefined) w.writeLine(`if (!${cx.file.fn(n.ref).check}(${v})) return false;`);
  if (n.types && !typeImpliedByValues(n)) w.writeLine(`if (${notTypesCondition(n.types, v)}) return false;`);
  if (n.const) w.writeLine(`if (${v} !== ${literal(n.const.value)}) return false;`);
  if (n.enum) w.writeLine(`if (${n.enum.map((x) => `${v} !== ${literal(x)}`).join(" && ")}) return false;`);

  guarded(n, "string", v, cx, () => checkString(n, v, cx));
  guarded(n, "number", v, cx, () => checkNumber(n, v, cx));
  guarded(n, "object", v, cx, () => checkObject(n, v, cx));
  guarded(n, "array", v, cx, () => checkArray(n, v, cx));

  for (const sub of n.allOf ?? []) if (emitCheck(sub, v, cx)) return true;
  if (n.anyOf) w.writeLine(`if (!(${n.anyOf.map((b) => `${cx.file.branch(b, cx.component)}(${v})`).join(" || ")})) return false;`);
  if (n.oneOf) w.writeLine(`if (${n.oneOf.map((b) => `(${cx.file.branch(b, cx.component)}(${v}) ? 1 : 0)`).join(" + ")} !== 1) return false;`);
  return false;
}

function guarded(n: SchemaNode, g: "string" | "number" | "object" | "array", v: string, cx: FunctionContext, body: () => void) {
  const how = groupGuard(n, g, v);
  if (how === "skip") return;
  if (how === "direct") body();
  else cx.w.write(`if (${how}) `).block(body);
}

function checkString(n: SchemaNode, v: string, cx: FunctionContext) {
  const { w } = cx;
  const s = `(${v} as string)`;
  if (n.minLength !== undefined && n.minLength > 0) {
    cx.file.helpers.add("cpLen");
    // Code points ≤ UTF-16 units ≤ 2 × code points: count only when the unit length is not decisive.
    w.writeLine(`if (${s}.length < ${n.minLength} || (${s}.length < ${2 * n.minLength} && _cpLen(${v} as string) < ${n.minLength})) return false;`);
  }
  if (n.maxLength !== undefined) {
    cx.file.helpers.add("cpLen");
    w.writeLine(`if (${s}.length > ${n.maxLength} && (${s}.length > ${2 * n.maxLength} || _cpLen(${v} as string) > ${n.maxLength})) return false;`);
  }
  if (n.pattern !== undefined) w.writeLine(`if (!${cx.file.regex(patternRegExp(n.pattern))}.test(${s})) return false;`);
  if (n.format?.regex) w.writeLine(`if (!${cx.file.regex(n.format.regex)}.test(${s})) return false;`);
}

function checkNumber(n: SchemaNode, v: string, cx: FunctionContext) {
  const { w } = cx;
  const x = `(${v} as number)`;
  // As ajv: NaN fails every bound.
  const nan = n.types ? "" : ` || ${x} !== ${x}`;
  if (n.minimum !== undefined) w.writeLine(`if (${x} < ${literal(n.minimum)}${nan}) return false;`);
  if (n.maximum !== undefined) w.writeLine(`if (${x} > ${literal(n.maximum)}${nan}) return false;`);
  if (n.exclusiveMinimum !== undefined) w.writeLine(`if (${x} <= ${literal(n.exclusiveMinimum)}${nan}) return false;`);
  if (n.exclusiveMaximum !== undefined) w.writeLine(`if (${x} >= ${literal(n.exclusiveMaximum)}${nan}) return false;`);
}

/** Objects with this many listed properties are read key by key (see keyLoop). */
const KEY_LOOP_MIN = 3;

function checkObject(n: SchemaNode, v: string, cx: FunctionContext) {
  const { w } = cx;
  const o = cx.fresh("o");
  w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
  if ((n.properties ?? []).length >= KEY_LOOP_MIN) return keyLoop(n, o, cx);
  lookups(n, o, cx);
}

/**
 * The properties of `o` found by walking its keys once: wire records come in many shapes (optional
 * and unknown properties), which makes every by-name read megamorphic, while for-in reads through
 * each shape's enum cache. Present = own enumerable and defined; an ordinary object (prototype
 * Object.prototype or null) skips the own test except for names Object.prototype has.
 */
function keyLoop(n: SchemaNode, o: string, cx: FunctionContext) {
  const { w } = cx;
  const proto = cx.fresh("proto");
  const ordinary = cx.fresh("ordinary");
  cx.file.helpers.add("own");
  w.writeLine(`const ${proto} = Object.getPrototypeOf(${o});`);
  w.writeLine(`const ${ordinary} = ${proto} === Object.prototype || ${proto} === null;`);
  const required = new Set(n.required ?? []);
  const count = required.size > 0 ? cx.fresh("n") : undefined;
  if (count) w.writeLine(`let ${count} = 0;`);
  const k = cx.fresh("k");
  const listed = new Set<string>();
  const present = (x: string, name: string) => (INHERITED.has(name) ? `${x} !== undefined && _own(${o}, ${k})` : `${x} !== undefined`);
  w.write(`for (const ${k} in ${o}) `).block(() => {
    w.writeLine(`if (!${ordinary} && !_own(${o}, ${k})) continue;`);
    w.write(`switch (${k}) `).block(() => {
      for (const { name, schema } of n.properties ?? []) {
        if (listed.has(name)) continue;
        listed.add(name);
        const req = required.has(name);
        const key = JSON.stringify(name);
        if (!req && acceptsAnything(schema)) {
          w.writeLine(`case ${key}:`);
          w.indent(() => w.writeLine("break;"));
          continue;
        }
        w.write(`case ${key}: `).block(() => {
          const x = cx.fresh("v");
          w.writeLine(`const ${x} = ${o}[${k}];`);
          w.write(`if (${present(x, name)}) `).block(() => {
            if (count) if (req) w.writeLine(`${count}++;`);
            emitCheck(schema, x, cx);
          });
          w.writeLine("break;");
        });
      }
      const additional = n.additional;
      const checkOthers = !(additional === undefined || (additional !== false && acceptsAnything(additional)));
      // A key `properties` does not list is an additional property, even when `required` names it.
      const other = () => {
        if (!checkOthers) return;
        cx.file.helpers.add("own");
        if (additional === false) w.writeLine(`if (_own(${o}, ${k})) return false;`);
        else
          w.write(`if (_own(${o}, ${k})) `).block(() => {
            const x = cx.fresh("v");
            w.writeLine(`const ${x} = ${o}[${k}];`);
            emitCheck(additional as SchemaNode, x, cx);
          });
      };
      for (const name of required) {
        if (listed.has(name)) continue;
        listed.add(name);
        const x = `${o}[${k}]`;
        w.writeLine(`case ${JSON.stringify(name)}:`);
        w.indent(() => {
          w.writeLine(`if (${present(x, name)}) ${count}++;`);
          other();
          w.writeLine("break;");
        });
      }
      w.writeLine("default:");
      w.indent(() => {
        other();
        w.writeLine("break;");
      });
    });
  });
  if (count) w.writeLine(`if (${count} !== ${required.size}) return false;`);
}

/**
 * The listed properties of `o` read by name. Present = defined and own enumerable, the rule the key
 * loop follows through for…in (a non-enumerable own property is absent in both).
 */
function lookups(n: SchemaNode, o: string, cx: FunctionContext) {
  const { w } = cx;
  const own = (key: string) => `_own(${o}, ${key})`;
  const required = new Set(n.required ?? []);
  const known = new Set<string>();
  for (const { name, schema } of n.properties ?? []) {
    known.add(name);
    const req = required.delete(name);
    if (!req && acceptsAnything(schema)) continue;
    cx.file.helpers.add("own");
    const key = JSON.stringify(name);
    const x = cx.fresh("v");
    w.writeLine(`const ${x} = ${o}[${key}];`);
    if (req) {
      w.writeLine(`if (${x} === undefined || !${own(key)}) return false;`);
      emitCheck(schema, x, cx);
    } else {
      w.write(`if (${x} !== undefined && ${own(key)}) `).block(() => emitCheck(schema, x, cx));
    }
  }
  for (const name of required) {
    cx.file.helpers.add("own");
    const key = JSON.stringify(name);
    w.writeLine(`if (${o}[${key}] === undefined || !${own(key)}) return false;`);
  }
  const additional = n.additional;
  if (additional === undefined || (additional !== false && acceptsAnything(additional))) return;
  cx.file.helpers.add("own");
  const k = cx.fresh("k");
  w.write(`for (const ${k} in ${o}) `).block(() => {
    const other = () => {
      if (additional === false) w.writeLine(`if (_own(${o}, ${k})) return false;`);
      else
        w.write(`if (_own(${o}, ${k})) `).block(() => {
          const x = cx.fresh("v");
          w.writeLine(`const ${x} = ${o}[${k}];`);
          emitCheck(additional, x, cx);
        });
    };
    if (known.size === 0) return other();
    w.write(`switch (${k}) `).block(() => {
      for (const name of known) w.writeLine(`case ${JSON.stringify(name)}:`);
      w.indent(() => w.writeLine("break;"));
      w.writeLine("default:");
      w.indent(() => other());
    });
  });
}

function checkArray(n: SchemaNode, v: string, cx: FunctionContext) {
  const { w } = cx;
  const a = cx.fresh("a");
  w.writeLine(`const ${a} = ${v} as unknown[];`);
  if (n.minItems !== undefined && n.minItems > 0) w.writeLine(`if (${a}.length < ${n.minItems}) return false;`);
  if (n.maxItems !== undefined) w.writeLine(`if (${a}.length > ${n.maxItems}) return false;`);
  const items = n.items;
  if (!items || acceptsAnything(items)) return;
  const i = cx.fresh("i");
  w.write(`for (let ${i} = 0; ${i} < ${a}.length; ${i}++) `).block(() => {
    const x = cx.fresh("v");
    w.writeLine(`const ${x} = ${a}[${i}];`);
    emitCheck(items, x, cx);
  });
}
