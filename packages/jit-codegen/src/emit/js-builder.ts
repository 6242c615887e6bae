/**
 * A tiny builder for generated JavaScript: lines with indentation, nothing
 * else. Generated code never contains Python data — constants reach it by
 * reference through the factory's parameters — so there is nothing to escape
 * except the few identifiers and comments the compiler itself writes, which
 * `comment()` sanitises.
 */
export class JsBuilder {
  private readonly lines: string[] = [];
  private depth = 0;

  line(text: string): this {
    this.lines.push("  ".repeat(this.depth) + text);
    return this;
  }

  /** A `//` comment; anything that could end the comment or the line is replaced. */
  comment(text: string): this {
    return this.line(`// ${sanitizeComment(text)}`);
  }

  open(text: string): this {
    this.line(text);
    this.depth++;
    return this;
  }

  close(text = "}"): this {
    this.depth--;
    this.line(text);
    return this;
  }

  indent(): this {
    this.depth++;
    return this;
  }

  dedent(): this {
    this.depth--;
    return this;
  }

  toString(): string {
    return `${this.lines.join("\n")}\n`;
  }
}

/** Keep printable ASCII only (no line terminators, no `*​/`). */
export function sanitizeComment(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?").replace(/\*\//g, "*?");
}

/** A file-name-safe rendering of a qualified name for `sourceURL`. */
export function sanitizeUrlPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_.<>-]/g, "_");
}
