/**
 * Compile-time SyntaxErrors. The symbol table and code generator report errors
 * with CPython's wording and location conventions: `lineno`/`offset` are the
 * node's line and 1-based column (CPython's compiler passes the UTF-8 byte
 * column + 1 without converting it to characters, and so do we), `text` is the
 * offending source line when the source is known.
 */
import { PySyntaxError } from "@pyvm/parser";

export interface Loc {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

export class ErrorReporter {
  private lines: string[] | undefined;
  constructor(
    readonly filename: string,
    private readonly source: string | undefined,
  ) {}

  private lineText(lineno: number): string | null {
    if (this.source === undefined) return null;
    this.lines ??= this.source.split(/(?<=\n)/);
    return this.lines[lineno - 1] ?? null;
  }

  error(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError({
      msg,
      filename: this.filename,
      lineno: loc.lineno,
      offset: loc.col_offset + 1,
      endLineno: loc.end_lineno,
      endOffset: loc.end_col_offset + 1,
      text: this.lineText(loc.lineno),
    });
  }
}

/** CPython's `_Py_Mangle`: private names in a class body become `_Class__name`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}
