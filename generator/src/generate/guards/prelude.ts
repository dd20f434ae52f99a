// The few declarations every guards file carries: the problem type, the assertion error and the
// helpers the checks call. Helpers are emitted only when a check uses them.
import { StructureKind, type StatementStructures } from "ts-morph";
import type { Helper } from "./emit-context.js";
import { messages } from "./messages.js";

export function problemInterface(): StatementStructures {
  return {
    kind: StructureKind.Interface,
    name: "ValidationProblem",
    isExported: true,
    docs: ["One problem found by a guard: where (a JSON path such as `$.local_endpoint.port`) and what."],
    properties: [
      { name: "path", type: "string" },
      { name: "message", type: "string" },
    ],
  };
}

export function guardErrorClass(): StatementStructures {
  return {
    kind: StructureKind.Class,
    name: "GuardError",
    isExported: true,
    extends: "TypeError",
    docs: ["Thrown by the `assertX` guards: names the first problem's path and lists every problem."],
    properties: [
      { name: "schema", type: "string", isReadonly: true, docs: ["The component schema the value was checked against."] },
      { name: "problems", type: "ValidationProblem[]", isReadonly: true },
    ],
    ctors: [
      {
        parameters: [
          { name: "schema", type: "string" },
          { name: "problems", type: "ValidationProblem[]" },
        ],
        statements: [
          `const list = problems.length > 0 ? problems : [{ path: "$", message: ${JSON.stringify(messages.invalid)} }];`,
          'const shown = list.slice(0, 10).map((p) => p.path + " " + p.message);',
          'if (list.length > 10) shown.push("… and " + (list.length - 10) + " more");',
          'super("invalid " + schema + " at " + list[0]!.path + ": " + shown.join("; "));',
          'this.name = "GuardError";',
          "this.schema = schema;",
          "this.problems = list;",
        ],
      },
    ],
  };
}

export function helperFunction(h: Helper): StatementStructures {
  switch (h) {
    case "bad":
      return {
        kind: StructureKind.Function,
        name: "_bad",
        docs: ["Records one problem."],
        parameters: [
          { name: "e", type: "ValidationProblem[]" },
          { name: "path", type: "string" },
          { name: "message", type: "string" },
        ],
        returnType: "void",
        statements: ["e.push({ path, message });"],
      };
    case "own":
      return {
        kind: StructureKind.Function,
        name: "_own",
        docs: ["An own enumerable property (inherited and non-enumerable ones do not count, as in JSON)."],
        parameters: [
          { name: "o", type: "object" },
          { name: "k", type: "string" },
        ],
        returnType: "boolean",
        statements: ["return Object.prototype.propertyIsEnumerable.call(o, k);"],
      };
    case "cpLen":
      return {
        kind: StructureKind.Function,
        name: "_cpLen",
        docs: ["Length in Unicode code points (a surrogate pair counts once), as ajv's ucs2length."],
        parameters: [{ name: "s", type: "string" }],
        returnType: "number",
        statements: [
          [
            "let n = 0;",
            "for (let i = 0; i < s.length; n++) {",
            "  const c = s.charCodeAt(i++);",
            "  if (c >= 0xd800 && c <= 0xdbff && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00) i++;",
            "}",
            "return n;",
          ].join("\n"),
        ],
      };
    case "key":
      return {
        kind: StructureKind.Function,
        name: "_key",
        docs: ["The JSON path of property `k` under `p`."],
        parameters: [
          { name: "p", type: "string" },
          { name: "k", type: "string" },
        ],
        returnType: "string",
        statements: ['return /^[A-Za-z_$][\\w$]*$/.test(k) ? p + "." + k : p + "[" + JSON.stringify(k) + "]";'],
      };
  }
}
