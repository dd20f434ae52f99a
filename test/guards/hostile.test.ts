// Hostile inputs: the emitted isX / validateX never throw, whatever they are given, and a value
// that cannot be read is invalid with a problem where it could not be read.
import { beforeAll, describe, expect, it } from "vitest";
import { typeName } from "../../generator/src/generate/guards/index.js";
import { guardsFor, type GuardsModule, realSlices } from "./helpers/load-guards.js";

const slices = await realSlices();
const RELEASES = [...slices.keys()];
const NEWEST = RELEASES.at(-1)!;
const mods = new Map<string, GuardsModule>();
beforeAll(async () => {
  for (const r of RELEASES) mods.set(r, (await guardsFor(slices.get(r)!)).mod);
});

const boom = () => {
  throw new Error("boom");
};
const throwingHandler: ProxyHandler<object> = { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom };

function hostileValues(): [string, () => unknown][] {
  return [
    [
      "a cycle",
      () => {
        const o: any = { name: "p", num_records: 1 };
        o.self = o;
        o.local_endpoint = o;
        o.records = [o, o];
        o.svm = o;
        o._links = { self: o, next: o };
        o.error = o;
        return o;
      },
    ],
    [
      "an array cycle",
      () => {
        const a: any[] = [];
        a.push(a);
        return { records: a, arguments: a };
      },
    ],
    ["an object without prototype", () => Object.assign(Object.create(null), { name: "policy", uuid: "u", svm: Object.create(null) })],
    ["__proto__ keys from JSON", () => JSON.parse('{"__proto__": {"name": "x", "polluted": true}, "name": "n", "svm": {"__proto__": null}}')],
    ["a proxy whose traps throw", () => new Proxy({}, throwingHandler)],
    ["a proxy array whose traps throw", () => new Proxy([], throwingHandler)],
    [
      "a revoked proxy",
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
    [
      "properties holding revoked proxies",
      () => {
        const { proxy, revoke } = Proxy.revocable([], {});
        revoke();
        return { name: proxy, svm: proxy, records: proxy, local_endpoint: proxy, _links: proxy, error: proxy };
      },
    ],
    [
      "getters that throw",
      () => {
        const o = {};
        for (const k of ["name", "svm", "records", "local_endpoint", "error", "_links", "uuid", "enabled", "action"])
          Object.defineProperty(o, k, { get: boom, enumerable: true });
        return o;
      },
    ],
    [
      "a getter throwing a proxy",
      () => {
        const thrown = new Proxy({}, throwingHandler);
        return Object.defineProperty({}, "name", {
          get: () => {
            throw thrown;
          },
          enumerable: true,
        });
      },
    ],
    ["huge strings", () => ({ name: "a".repeat(2_000_000), uuid: "😀".repeat(1_000_000), local_identity: "x".repeat(3_000_000) })],
    [
      "deep nesting",
      () => {
        let deep: any = {};
        for (let i = 0; i < 100_000; i++) deep = { records: [deep], svm: deep, error: deep };
        return deep;
      },
    ],
    ["inherited properties", () => Object.create({ name: "x", uuid: "y" })],
    ["a function", () => Object.defineProperty(() => 1, "uuid", { value: "f", enumerable: true })],
    ["symbols and bigints", () => ({ name: Symbol("n"), num_records: 10n, [Symbol("k")]: 1 })],
  ];
}

describe.each(RELEASES)("release %s", (release) => {
  const components = Object.keys(slices.get(release)!.components.schemas);
  it.each(hostileValues())("%s: isX / validateX / assertX never misbehave", (_, make) => {
    const mod = mods.get(release)!;
    for (const c of components) {
      const t = typeName(c);
      const value = make();
      let verdict: unknown;
      let problems: any;
      expect(() => (verdict = mod[`is${t}`](value)), `is${t}`).not.toThrow();
      expect(() => (problems = mod[`validate${t}`](value)), `validate${t}`).not.toThrow();
      expect(typeof verdict).toBe("boolean");
      expect(Array.isArray(problems)).toBe(true);
      expect(problems.length === 0, `validate${t} vs is${t}`).toBe(verdict);
      for (const p of problems) {
        expect(typeof p.path).toBe("string");
        expect(p.path.startsWith("$")).toBe(true);
        expect(typeof p.message).toBe("string");
      }
      if (verdict) expect(() => mod[`assert${t}`](value)).not.toThrow();
      else expect(() => mod[`assert${t}`](value)).toThrow(mod.GuardError);
    }
  });
});

describe("where unreadable values are reported", () => {
  it("a throwing getter is a problem at its property", () => {
    const mod = mods.get(NEWEST)!;
    const body = { name: "p", local_endpoint: { address: "10.0.0.1" }, remote_endpoint: { address: "10.0.0.2" } };
    Object.defineProperty(body.local_endpoint, "port", { get: boom, enumerable: true });
    expect(mod.isIpsecPolicyCreate(body)).toBe(false);
    expect(mod.validateIpsecPolicyCreate(body)).toEqual([{ path: "$.local_endpoint.port", message: expect.stringMatching(/^could not be read/) }]);
  });

  it("a proxy whose traps throw is a problem where the first read failed", () => {
    const mod = mods.get(NEWEST)!;
    const body = { name: "p", local_endpoint: new Proxy({}, throwingHandler), remote_endpoint: { address: "10.0.0.2" } };
    // Its getPrototypeOf trap (the plain-object test) throws before any property is read.
    expect(mod.validateIpsecPolicyCreate(body).map((p: any) => p.path)).toEqual(["$.local_endpoint"]);
    // Only the get trap throws, on an empty target: objects with several listed properties are read
    // key by key (for…in), which sees the target's keys, none here, exactly as JSON.stringify would
    // ("{}"), so no property is read and the trap never runs. isX and validateX walk keys alike, so
    // they must agree on it, and validateX must not throw.
    const getOnly = { ...body, local_endpoint: new Proxy({}, { get: boom }) };
    let problems: any;
    expect(() => (problems = mod.validateIpsecPolicyCreate(getOnly))).not.toThrow();
    expect(problems.length === 0).toBe(mod.isIpsecPolicyCreate(getOnly));
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    // A revoked proxy fails its type test already (Array.isArray throws).
    expect(mod.validateIpsecPolicyCreate({ ...body, local_endpoint: proxy }).map((p: any) => p.path)).toEqual(["$.local_endpoint"]);
    expect(mod.validateIpsecPolicyCreate(proxy)).toEqual([{ path: "$", message: expect.stringMatching(/^could not be read/) }]);
  });

  it("__proto__ parsed from JSON is an own property: unknown in a request body, never a prototype", () => {
    const mod = mods.get(NEWEST)!;
    const body = JSON.parse('{"name": "p", "local_endpoint": {}, "remote_endpoint": {}, "__proto__": {"secret_key": 1}}');
    expect(mod.validateIpsecPolicyCreate(body)).toEqual([{ path: "$.__proto__", message: "is not a property of this release's request body" }]);
    // Inherited (e.g. polluted) properties do not count as present.
    const inherited = Object.create({ name: "p", local_endpoint: {}, remote_endpoint: {} });
    expect(mod.validateIpsecPolicyCreate(inherited).map((p: any) => p.message)).toEqual(["is required", "is required", "is required"]);
  });
});
