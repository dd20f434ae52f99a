// A JSON path (`$.records[3].name`) as a JavaScript expression built at run time only where it is used.
type Part = { lit: string } | { code: string };

export class PathExpr {
  private constructor(private readonly parts: readonly Part[]) {}

  /** The path held by the variable `name` (a parameter of the collecting function). */
  static variable(name: string): PathExpr {
    return new PathExpr([{ code: name }]);
  }

  /** This path followed by a constant segment such as `.name`. */
  lit(segment: string): PathExpr {
    return new PathExpr([...this.parts, { lit: segment }]);
  }

  /** This path followed by `[<index>]` for an index variable. */
  index(variable: string): PathExpr {
    return new PathExpr([...this.parts, { lit: "[" }, { code: variable }, { lit: "]" }]);
  }

  /** The path of the property named by the run-time key `variable` (`_key` formats it). */
  key(variable: string): PathExpr {
    return new PathExpr([{ code: `_key(${this.render()}, ${variable})` }]);
  }

  /** The JavaScript expression: adjacent constant segments are merged into one literal. */
  render(): string {
    const merged: Part[] = [];
    for (const p of this.parts) {
      const last = merged[merged.length - 1];
      if ("lit" in p && last && "lit" in last) merged[merged.length - 1] = { lit: last.lit + p.lit };
      else merged.push(p);
    }
    return merged.map((p) => ("lit" in p ? JSON.stringify(p.lit) : p.code)).join(" + ");
  }
}
