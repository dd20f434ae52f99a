// The support every generated guards file imports (packages/runtime/src/guard-support.ts).
import { describe, expect, it } from "vitest";
import { codePointLength, GuardError, hasOwnJsonProperty, propertyPath, recordProblem, type ValidationProblem } from "../../packages/runtime/src/index.ts";

describe("GuardError", () => {
  it("names the schema and the first path, and lists every problem", () => {
    const problems = [
      { path: "$.name", message: "must be a string" },
      { path: "$.svm", message: "must be an object" },
    ];
    const e = new GuardError("ipsec_policy_create", problems);
    expect(e).toBeInstanceOf(TypeError);
    expect(e.name).toBe("GuardError");
    expect(e.schema).toBe("ipsec_policy_create");
    expect(e.problems).toEqual(problems);
    expect(e.message).toBe("invalid ipsec_policy_create at $.name: $.name must be a string; $.svm must be an object");
  });

  it("lists ten problems in its message and counts the rest, keeping all of them", () => {
    const problems = Array.from({ length: 13 }, (_, i) => ({ path: `$[${i}]`, message: "must be a string" }));
    const e = new GuardError("scope", problems);
    expect(e.message).toContain("$[9] must be a string; … and 3 more");
    expect(e.message).not.toContain("$[10]");
    expect(e.problems).toHaveLength(13);
  });

  it("says the value is invalid when given no problem", () => {
    const e = new GuardError("href", []);
    expect(e.problems).toEqual([{ path: "$", message: "is invalid" }]);
    expect(e.message).toBe("invalid href at $: $ is invalid");
  });
});

describe("helpers", () => {
  it("recordProblem appends one problem", () => {
    const list: ValidationProblem[] = [{ path: "$", message: "x" }];
    recordProblem(list, "$.a", "must be an integer");
    expect(list).toEqual([
      { path: "$", message: "x" },
      { path: "$.a", message: "must be an integer" },
    ]);
  });

  it("hasOwnJsonProperty counts own enumerable properties only, as JSON does", () => {
    const o = Object.create({ inherited: 1 }) as Record<string, unknown>;
    o.own = undefined;
    Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
    expect(hasOwnJsonProperty(o, "own")).toBe(true);
    expect(hasOwnJsonProperty(o, "inherited")).toBe(false);
    expect(hasOwnJsonProperty(o, "hidden")).toBe(false);
    expect(hasOwnJsonProperty(o, "toString")).toBe(false);
    expect(hasOwnJsonProperty(JSON.parse('{"__proto__": 1}'), "__proto__")).toBe(true);
  });

  it("codePointLength counts a surrogate pair once and a lone surrogate as one", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("a😀b")).toBe(3); // "😀" is two UTF-16 units
    expect(codePointLength("\ud83d")).toBe(1);
    expect(codePointLength("\ude00\ud83d")).toBe(2); // low then high: no pair
    expect(codePointLength("é")).toBe(1);
  });

  it("propertyPath uses dot notation for identifiers and brackets otherwise", () => {
    expect(propertyPath("$", "local_endpoint")).toBe("$.local_endpoint");
    expect(propertyPath("$.a", "$ref")).toBe("$.a.$ref");
    expect(propertyPath("$", "a-b")).toBe('$["a-b"]');
    expect(propertyPath("$", "9lives")).toBe('$["9lives"]');
    expect(propertyPath("$", 'say "hi"')).toBe('$["say \\"hi\\""]');
    expect(propertyPath("$", "")).toBe('$[""]');
  });
});
