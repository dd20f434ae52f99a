// What the emitters share while writing one guards file: names of the components' functions,
// fresh local names, the hoisted regular expressions, helper usage and branch functions.
import type { CodeBlockWriter } from "ts-morph";
import type { GuardNames } from "./naming.js";
import type { SchemaNode } from "./schema-node.js";

export type Helper = "own" | "cpLen" | "key" | "bad";

export interface BranchFunction {
  name: string;
  node: SchemaNode;
}

export class FileContext {
  readonly helpers = new Set<Helper>();
  /** RegExp literal (`/source/flags`) → name of the hoisted RegExp constant */
  readonly regexes = new Map<string, string>();
  readonly branches: BranchFunction[] = [];
  private readonly branchNames = new Map<SchemaNode, string>();

  constructor(readonly names: ReadonlyMap<string, GuardNames>) {}

  fn(component: string): GuardNames {
    const n = this.names.get(component);
    if (!n) throw new Error(`internal: no names for component ${component}`);
    return n;
  }

  /** The name of a hoisted constant holding `re` (one per distinct source and flags). */
  regex(re: RegExp): string {
    const literal = `/${re.source}/${re.flags}`;
    let name = this.regexes.get(literal);
    if (!name) this.regexes.set(literal, (name = `_re${this.regexes.size}`));
    return name;
  }

  /** A boolean function testing `node` (anyOf/oneOf branches): the component check when it is a bare $ref. */
  branch(node: SchemaNode, owner: string): string {
    if (isBareRef(node)) return this.fn(node.ref!).check;
    let name = this.branchNames.get(node);
    if (!name) {
      name = `${this.fn(owner).check}$${this.branches.length}`;
      this.branchNames.set(node, name);
      this.branches.push({ name, node });
    }
    return name;
  }
}

function isBareRef(n: SchemaNode): boolean {
  return n.ref !== undefined && Object.keys(n).every((k) => k === "ref" || k === "where");
}

/** Per generated function: the writer, fresh local names, and the component being written. */
export class FunctionContext {
  private counter = 0;

  constructor(
    readonly file: FileContext,
    readonly w: CodeBlockWriter,
    /** The component whose guard is being written (branch functions are named after it). */
    readonly component: string,
    /** Unknown properties are reported as "not a property of this release's request body". */
    readonly requestShape: boolean,
  ) {}

  fresh(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }
}

/** Request variants made by the slicer: `X_create` (POST bodies) and `X_modify` (PATCH bodies). */
export function isRequestShape(component: string): boolean {
  return /_(create|modify)$/.test(component);
}
