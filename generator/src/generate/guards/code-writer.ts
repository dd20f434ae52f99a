// The small code writer the guard emitters write function bodies with. It does what ts-morph's
// CodeBlockWriter does for the calls we make (write, writeLine, indent, block, inlineBlock) with
// the same output, but appends strings instead of tracking every character it is given, which
// made the writer the largest cost of generation. `pnpm generate --check` proves the output equal.
export class CodeWriter {
  private readonly out: string[] = [];
  private level = 0;
  /** At the start of a line (nothing written on it yet). */
  private atLineStart = true;
  private empty = true;
  /** A block just closed: the next write starts on a new line. */
  private newLineOnNextWrite = false;

  private raw(text: string): void {
    if (text === "") return;
    this.out.push(text);
    this.empty = false;
  }

  private breakLine(): void {
    this.raw("\n");
    this.atLineStart = true;
  }

  private pendingNewLine(): void {
    if (this.newLineOnNextWrite) {
      this.newLineOnNextWrite = false;
      if (!this.atLineStart) this.breakLine();
    }
  }

  write(text: string): this {
    this.pendingNewLine();
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (i > 0) this.breakLine();
      if (line === "") return;
      if (this.atLineStart) this.raw("  ".repeat(this.level));
      this.raw(line);
      this.atLineStart = false;
    });
    return this;
  }

  writeLine(text: string): this {
    this.pendingNewLine();
    if (!this.atLineStart) this.breakLine();
    this.write(text);
    this.breakLine();
    return this;
  }

  newLine(): this {
    this.newLineOnNextWrite = false;
    this.breakLine();
    return this;
  }

  indent(block: () => void): this {
    this.pendingNewLine();
    if (!this.empty && !this.atLineStart) this.breakLine();
    this.level++;
    block();
    this.level = Math.max(0, this.level - 1);
    return this;
  }

  inlineBlock(block: () => void): this {
    this.pendingNewLine();
    this.write("{");
    this.indent(block);
    this.newLineOnNextWrite = false;
    if (!this.atLineStart) this.breakLine();
    this.write("}");
    return this;
  }

  block(block: () => void): this {
    this.pendingNewLine();
    if (!this.empty && !this.atLineStart && !this.lastIsSpace()) this.raw(" ");
    this.inlineBlock(block);
    this.newLineOnNextWrite = true;
    return this;
  }

  private lastIsSpace(): boolean {
    const last = this.out[this.out.length - 1];
    return last !== undefined && last.endsWith(" ");
  }

  toString(): string {
    return this.out.join("");
  }
}
