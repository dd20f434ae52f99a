// The collecting path: statements that push every problem, with its JSON path, into `e`.
// Code touching objects or arrays runs under try/catch: a throwing getter or proxy trap becomes a
// problem at that path.
import type { FunctionContext } from "./emit-context.js";
import { groupGuard, literal, mayReadContainer, typeImpliedByValues } from "./keyword-groups.js";
import { messages } from "./messages.js";
import type { PathExpr } from "./path-expr.js";
import { acceptsAnything, patternRegExp, type SchemaNode } from "./schema-node.js";
import { INHERITED } from "./own-property.js";
import { notTypesCondition } from "./type-test.js";
import { pathSegment } from "./naming.js";

function push(cx: FunctionContext, path: PathExpr, message: string): string {
  cx.file.helpers.add("bad");
  return `_bad(e, ${path.render()}, ${JSON.stringify(message)});`;
}

/** Writes the problem-collecting checks of `n` on the variable `v` at `path`. */
export function emitCollect(n: SchemaNode, v: string, path: PathExpr, cx: FunctionContext): void {
  const { w } = cx;
  if (n.never) {
    w.writeLine(push(cx, path, messages.never));
    return;
  }
  if (!mayReadContainer(n)) return body(n, v, path, cx, undefined);
  // `reading` holds the path segment of the property being read, so a throwing getter is reported there.
  const reading = groupGuard(n, "object", v) !== "skip" && (n.properties ?? []).length > 0 ? cx.fresh("r") : undefined;
  if (reading) w.writeLine(`let ${reading} = "";`);
  w.write("try ").inlineBlock(() => body(n, v, path, cx, reading));
  w.write(" catch ").block(() => {
    const at = reading ? `${reading} === "" ? ${path.render()} : ${path.render()} + ${reading}` : path.render();
    cx.file.helpers.add("bad");
    w.writeLine(`_bad(e, ${at}, ${JSON.stringify(messages.unreadable)});`);
  });
}

function body(n: SchemaNode, v: string, path: PathExpr, cx: FunctionContext, reading: string | undefined) {
  const { w } = cx;
  if (n.ref !== undefined) w.writeLine(`${cx.file.fn(n.ref).collect}(${v}, ${path.render()}, e);`);
  const rest = () => {
    if (n.const) w.writeLine(`if (${v} !== ${literal(n.const.value)}) ${push(cx, path, messages.const(n.const.value))}`);
    if (n.enum) w.writeLine(`if (${n.enum.map((x) => `${v} !== ${literal(x)}`).join(" && ")}) ${push(cx, path, messages.enum(n.enum))}`);
    guarded(n, "string", v, cx, () => collectString(n, v, path, cx));
    guarded(n, "number", v, cx, () => collectNumber(n, v, path, cx));
    guarded(n, "object", v, cx, () => collectObject(n, v, path, cx, reading));
    guarded(n, "array", v, cx, () => collectArray(n, v, path, cx));
  };
  if (n.types && !typeImpliedByValues(n)) {
    const fail = () => w.writeLine(push(cx, path, messages.type(n.types!)));
    if (hasMore(n))
      w.write(`if (${notTypesCondition(n.types, v)}) `)
        .inlineBlock(fail)
        .write(" else ")
        .block(rest);
    else w.write(`if (${notTypesCondition(n.types, v)}) `).block(fail);
  } else rest();
  for (const sub of n.allOf ?? []) emitCollect(sub, v, path, cx);
  if (n.anyOf)
    w.writeLine(`if (!(${n.anyOf.map((b) => `${cx.file.branch(b, cx.component)}(${v})`).join(" || ")})) ${push(cx, path, messages.anyOf)}`);
  if (n.oneOf)
    w.writeLine(
      `if (${n.oneOf.map((b) => `(${cx.file.branch(b, cx.component)}(${v}) ? 1 : 0)`).join(" + ")} !== 1) ${push(cx, path, messages.oneOf)}`,
    );
}

function hasMore(n: SchemaNode): boolean {
  return (
    n.const !== undefined || n.enum !== undefined || (["string", "number", "object", "array"] as const).some((g) => groupGuard(n, g, "v") !== "skip")
  );
}

function guarded(n: SchemaNode, g: "string" | "number" | "object" | "array", v: string, cx: FunctionContext, fill: () => void) {
  const how = groupGuard(n, g, v);
  if (how === "skip") return;
  if (how === "direct") fill();
  else cx.w.write(`if (${how}) `).block(fill);
}

function collectString(n: SchemaNode, v: string, path: PathExpr, cx: FunctionContext) {
  const { w } = cx;
  const s = `(${v} as string)`;
  if (n.minLength !== undefined && n.minLength > 0) {
    cx.file.helpers.add("cpLen");
    w.writeLine(
      `if (${s}.length < ${n.minLength} || (${s}.length < ${2 * n.minLength} && _cpLen(${v} as string) < ${n.minLength})) ${push(cx, path, messages.minLength(n.minLength))}`,
    );
  }
  if (n.maxLength !== undefined) {
    cx.file.helpers.add("cpLen");
    w.writeLine(`if (${s}.length > ${n.maxLength} && (${s}.length > ${2 * n.maxLength} || _cpLen(${v} as string) > ${n.maxLength})) ${push(cx, path, messages.maxLength(n.maxLength))}`);
  }
  if (n.pattern !== undefined) w.writeLine(`if (!${cx.file.regex(patternRegExp(n.pattern))}.test(${s})) ${push(cx, path, messages.pattern(n.pattern))}`);
  if (n.format?.regex) w.writeLine(`if (!${cx.file.regex(n.format.regex)}.test(${s})) ${push(cx, path, messages.format(n.format.name))}`);
}

function collectNumber(n: SchemaNode, v: string, path: PathExpr, cx: FunctionContext) {
  const { w } = cx;
  const x = `(${v} as number)`;
  const nan = n.types ? "" : ` || ${x} !== ${x}`;
  if (n.minimum !== undefined) w.writeLine(`if (${x} < ${literal(n.minimum)}${nan}) ${push(cx, path, messages.minimum(n.minimum))}`);
  if (n.maximum !== undefined) w.writeLine(`if (${x} > ${literal(n.maximum)}${nan}) ${push(cx, path, messages.maximum(n.maximum))}`);
  if (n.exclusiveMinimum !== undefined)
    w.writeLine(`if (${x} <= ${literal(n.exclusiveMinimum)}${nan}) ${push(cx, path, messages.exclusiveMinimum(n.exclusiveMinimum))}`);
  if (n.exclusiveMaximum !== undefined)
    w.writeLine(`if (${x} >= ${literal(n.exclusiveMaximum)}${nan}) ${push(cx, path, messages.exclusiveMaximum(n.exclusiveMaximum))}`);
}

/** Objects with this many listed properties are read key by key (see collectKeyLoop), as in emit-check.ts. */
const KEY_LOOP_MIN = 3;

function collectObject(n: SchemaNode, v: string, path: PathExpr, cx: FunctionContext, reading: string | undefined) {
  const { w } = cx;
  const o = cx.fresh("o");
  w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
  if ((n.properties ?? []).length >= KEY_LOOP_MIN) return collectKeyLoop(n, o, path, cx, reading);
  // Same presence rule as the key loop: defined and own enumerable.
  const own = (key: string) => `_own(${o}, ${key})`;
  const required = new Set(n.required ?? []);
  const known = new Set<string>();
  for (const { name, schema } of n.properties ?? []) {
    known.add(name);
    const req = required.delete(name);
    if (!req && acceptsAnything(schema)) continue;
    cx.file.helpers.add("own");
    const key = JSON.stringify(name);
    const at = path.lit(pathSegment(name));
    const x = cx.fresh("v");
    if (reading) w.writeLine(`${reading} = ${JSON.stringify(pathSegment(name))};`);
    w.writeLine(`const ${x} = ${o}[${key}];`);
    if (req) {
      const missing = () => w.writeLine(push(cx, at, messages.required));
      w.write(`if (${x} === undefined || !${own(key)}) `);
      if (acceptsAnything(schema)) w.block(missing);
      else
        w.inlineBlock(missing)
          .write(" else ")
          .block(() => emitCollect(schema, x, at, cx));
    } else {
      w.write(`if (${x} !== undefined && ${own(key)}) `).block(() => emitCollect(schema, x, at, cx));
    }
  }
  for (const name of required) {
    cx.file.helpers.add("own");
    const key = JSON.stringify(name);
    w.writeLine(`if (${o}[${key}] === undefined || !${own(key)}) ${push(cx, path.lit(pathSegment(name)), messages.required)}`);
  }
  if (reading) w.writeLine(`${reading} = "";`);
  const additional = n.additional;
  if (additional === undefined || (additional !== false && acceptsAnything(additional))) return;
  cx.file.helpers.add("own");
  cx.file.helpers.add("key");
  const k = cx.fresh("k");
  w.write(`for (const ${k} in ${o}) `).block(() => {
    const other = () => {
      if (additional === false)
        w.writeLine(`if (_own(${o}, ${k})) ${push(cx, path.key(k), cx.requestShape ? messages.unknownRequestProperty : messages.unknownProperty)}`);
      else
        w.write(`if (_own(${o}, ${k})) `).block(() => {
          const x = cx.fresh("v");
          w.writeLine(`const ${x} = ${o}[${k}];`);
          emitCollect(additional, x, path.key(k), cx);
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

/**
 * The properties of `o` found by walking its keys once, as keyLoop in emit-check.ts does for the
 * boolean path (same presence rule: own enumerable and defined; an ordinary object skips the own
 * test except for names Object.prototype has), so isX and validateX see the same properties. The
 * walk only keeps each listed property's value (and the unknown keys); the checks then run in the
 * listed order, then the unknown keys in key order, so problems come in the same order as when
 * every property was looked up by name.
 */
function collectKeyLoop(n: SchemaNode, o: string, path: PathExpr, cx: FunctionContext, reading: string | undefined) {
  const { w } = cx;
  const proto = cx.fresh("proto");
  const ordinary = cx.fresh("ordinary");
  cx.file.helpers.add("own");
  w.writeLine(`const ${proto} = Object.getPrototypeOf(${o});`);
  w.writeLine(`const ${ordinary} = ${proto} === Object.prototype || ${proto} === null;`);
  const required = new Set(n.required ?? []);
  // The listed (and required) names whose value is kept, in the order they are checked.
  const kept: { name: string; schema: SchemaNode | undefined; x: string }[] = [];
  const seen = new Set<string>();
  for (const { name, schema } of n.properties ?? []) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!required.has(name) && acceptsAnything(schema)) continue;
    kept.push({ name, schema, x: cx.fresh("v") });
  }
  for (const name of required) {
    if (seen.has(name)) continue;
    seen.add(name);
    kept.push({ name, schema: undefined, x: cx.fresh("v") });
  }
  for (const { x } of kept) w.writeLine(`let ${x}: unknown;`);
  const additional = n.additional;
  const checkOthers = !(additional === undefined || (additional !== false && acceptsAnything(additional)));
  const others = checkOthers ? cx.fresh("others") : undefined;
  if (others) w.writeLine(`let ${others}: string[] | undefined;`);
  const k = cx.fresh("k");
  w.write(`for (const ${k} in ${o}) `).block(() => {
    w.writeLine(`if (!${ordinary} && !_own(${o}, ${k})) continue;`);
    w.write(`switch (${k}) `).block(() => {
      const keptNames = new Set(kept.map((p) => p.name));
      for (const name of seen) {
        if (!keptNames.has(name)) w.writeLine(`case ${JSON.stringify(name)}:`);
      }
      if (seen.size > keptNames.size) w.indent(() => w.writeLine("break;"));
      for (const { name, schema, x } of kept) {
        w.write(`case ${JSON.stringify(name)}: `).block(() => {
          if (reading) w.writeLine(`${reading} = ${JSON.stringify(pathSegment(name))};`);
          if (INHERITED.has(name)) w.writeLine(`if (_own(${o}, ${k})) ${x} = ${o}[${k}];`);
          else w.writeLine(`${x} = ${o}[${k}];`);
          // A name only `required` lists is still an additional property.
          if (others && schema === undefined)
            w.write(`if (_own(${o}, ${k})) `).block(() => {
              w.writeLine(`if (${others} === undefined) ${others} = [];`);
              w.writeLine(`${others}.push(${k});`);
            });
          // The walk's own reads (for…in asks a proxy for each key's descriptor) are the object's.
          if (reading) w.writeLine(`${reading} = "";`);
          w.writeLine("break;");
        });
      }
      w.writeLine("default:");
      w.indent(() => {
        if (others) {
          w.write(`if (_own(${o}, ${k})) `).block(() => {
            w.writeLine(`if (${others} === undefined) ${others} = [];`);
            w.writeLine(`${others}.push(${k});`);
          });
        }
        w.writeLine("break;");
      });
    });
  });
  for (const { name, schema, x } of kept) {
    const at = path.lit(pathSegment(name));
    if (required.has(name)) {
      const missing = () => w.writeLine(push(cx, at, messages.required));
      w.write(`if (${x} === undefined) `);
      if (schema === undefined || acceptsAnything(schema)) w.block(missing);
      else
        w.inlineBlock(missing)
          .write(" else ")
          .block(() => emitCollect(schema, x, at, cx));
    } else if (schema !== undefined) {
      w.write(`if (${x} !== undefined) `).block(() => emitCollect(schema, x, at, cx));
    }
  }
  if (!others) return;
  cx.file.helpers.add("key");
  const j = cx.fresh("k");
  w.write(`if (${others} !== undefined) for (const ${j} of ${others}) `).block(() => {
    if (additional === false)
      w.writeLine(push(cx, path.key(j), cx.requestShape ? messages.unknownRequestProperty : messages.unknownProperty));
    else {
      const x = cx.fresh("v");
      w.writeLine(`const ${x} = ${o}[${j}];`);
      emitCollect(additional as SchemaNode, x, path.key(j), cx);
    }
  });
}

function collectArray(n: SchemaNode, v: string, path: PathExpr, cx: FunctionContext) {
  const { w } = cx;
  const a = cx.fresh("a");
  w.writeLine(`const ${a} = ${v} as unknown[];`);
  if (n.minItems !== undefined && n.minItems > 0) w.writeLine(`if (${a}.length < ${n.minItems}) ${push(cx, path, messages.minItems(n.minItems))}`);
  if (n.maxItems !== undefined) w.writeLine(`if (${a}.length > ${n.maxItems}) ${push(cx, path, messages.maxItems(n.maxItems))}`);
  const items = n.items;
  if (!items || acceptsAnything(items)) return;
  const i = cx.fresh("i");
  w.write(`for (let ${i} = 0; ${i} < ${a}.length; ${i}++) `).block(() => {
    const x = cx.fresh("v");
    w.writeLine(`const ${x} = ${a}[${i}];`);
    emitCollect(items, x, path.index(i), cx);
  });
}
