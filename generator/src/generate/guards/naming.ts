// Names the generated code uses for one component schema. The package's types module exports
// `export type <TypeName> = components["schemas"]["<component>"]`; the guards refer to the same name.
import { GuardGenerationError } from "./errors.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** PascalCase of a component name, splitting on `_`, `-` and `.`: `ipsec_policy_create` → `IpsecPolicyCreate`. */
export function typeName(component: string): string {
  const name = component
    .split(/[_.-]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
  if (!IDENTIFIER.test(name) || /^\d/.test(name))
    throw new GuardGenerationError(component, "name", `component name "${component}" does not give a TypeScript identifier ("${name}")`);
  return name;
}

export interface GuardNames {
  component: string;
  /** The type exported by the types module. */
  type: string;
  is: string;
  assert: string;
  validate: string;
  /** Internal boolean check (no try/catch, no allocation). */
  check: string;
  /** Internal problem collector: (value, path, problems) => void. */
  collect: string;
}

export function guardNames(component: string): GuardNames {
  const type = typeName(component);
  return { component, type, is: `is${type}`, assert: `assert${type}`, validate: `validate${type}`, check: `_is${type}`, collect: `_check${type}` };
}

/** Names for every component, refusing two components that map to the same TypeScript name. */
export function namesFor(components: readonly string[]): Map<string, GuardNames> {
  const out = new Map<string, GuardNames>();
  const seen = new Map<string, string>();
  for (const c of components) {
    const n = guardNames(c);
    const clash = seen.get(n.type);
    if (clash !== undefined) throw new GuardGenerationError(c, "name", `components "${clash}" and "${c}" both map to the type name ${n.type}`);
    seen.set(n.type, c);
    out.set(c, n);
  }
  return out;
}

/** The JSON-path segment for a property name: `.name`, or `["odd key"]` when it is no identifier. */
export function pathSegment(property: string): string {
  return IDENTIFIER.test(property) ? `.${property}` : `[${JSON.stringify(property)}]`;
}

/** A property key as written in an object literal. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) && name !== "__proto__" ? name : JSON.stringify(name);
}
