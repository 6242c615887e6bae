/**
 * Line bookkeeping for one source string. The tokenizer works on UTF-16
 * indices into the JS string; CPython reports AST columns in UTF-8 bytes and
 * `SyntaxError.offset` in characters (code points). `SourceText` converts
 * between them. Sources that are pure ASCII (the common case) take a fast
 * path where all three measures coincide.
 */
export class SourceText {
  readonly text: string;
  readonly filename: string;
  /** Index of the first character of each line; `lineStarts[0]` is line 1. */
  readonly lineStarts: number[];
  private readonly ascii: boolean;

  constructor(text: string, filename: string) {
    this.text = text;
    this.filename = filename;
    const starts = [0];
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c > 127) ascii = false;
    }
    this.lineStarts = starts;
    this.ascii = ascii;
  }

  /** 1-based line containing `index`. */
  lineOf(index: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(lineno: number): number {
    return this.lineStarts[lineno - 1] ?? this.text.length;
  }

  /** The text of line `lineno`, including its newline if any. */
  lineText(lineno: number): string {
    const start = this.lineStart(lineno);
    const next = this.lineStarts[lineno];
    return this.text.slice(start, next ?? this.text.length);
  }

  /** UTF-8 byte column of `index`, which lies on line `lineno`. */
  byteCol(index: number, lineno: number): number {
    const start = this.lineStart(lineno);
    if (this.ascii) return index - start;
    let n = 0;
    for (let i = start; i < index; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  /** 0-based code-point column of `index`, which lies on line `lineno`. */
  charCol(index: number, lineno: number): number {
    const start = this.lineStart(lineno);
    if (this.ascii) return index - start;
    let n = 0;
    for (let i = start; i < index; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
      n++;
    }
    return n;
  }

  /** Character column (0-based) for a UTF-8 byte column on a line. */
  byteToCharCol(lineno: number, byteCol: number): number {
    if (this.ascii) return byteCol;
    const start = this.lineStart(lineno);
    let bytes = 0;
    let chars = 0;
    for (let i = start; i < this.text.length && bytes < byteCol; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        bytes += 4;
        i++;
      } else bytes += 3;
      chars++;
    }
    return chars;
  }
}
