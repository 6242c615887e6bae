/**
 * Renders a `PySyntaxError` the way CPython 3.11's default excepthook prints
 * an uncaught `SyntaxError` (see `print_exception` / `print_error_text` in
 * `Python/pythonrun.c`, and `SyntaxError.__str__`):
 *
 *   File "x.py", line 3
 *     the stripped source line
 *         ^^^^
 *   SyntaxError: msg
 *
 * The source line has its leading whitespace removed and the caret columns
 * are shifted by the same amount (no caret line if the offset falls inside
 * that whitespace). Plain SyntaxErrors underline `offset` up to `endOffset`
 * (or the end of the line when the error spans lines); IndentationError and
 * TabError get a single caret. These rules were derived by feeding chosen
 * attributes to CPython 3.11's `sys.excepthook`.
 */
import type { PySyntaxError } from "./syntax-error.js";

export function formatSyntaxError(err: PySyntaxError): string {
  const out: string[] = [];
  out.push(`  File "${err.filename}", line ${err.lineno}\n`);
  if (err.text !== null) {
    let text = err.text;
    let offset = err.offset;
    let endOffset = err.endOffset;
    // CPython only looks at the first line of a multi-line `text`.
    const nl = text.indexOf("\n");
    if (nl >= 0 && nl < text.length - 1) {
      text = text.slice(0, nl + 1);
    }
    const stripped = text.replace(/^[ \t\f]+/, "");
    const removed = [...text].length - [...stripped].length;
    offset -= removed;
    endOffset -= removed;
    const line = stripped.replace(/\n$/, "");
    out.push(`    ${line}\n`);
    if (offset >= 1) {
      const lineLen = [...line].length;
      const withNewline = [...stripped].length;
      if (offset > lineLen + 1) offset = lineLen + 1;
      let carets = 1;
      if (err.pyType === "SyntaxError") {
        // CPython underlines the range only for plain SyntaxError.
        const end = err.endLineno > err.lineno ? lineLen + 1 : Math.min(endOffset, withNewline + 1);
        if (end > offset) carets = end - offset;
      }
      out.push(`    ${" ".repeat(offset - 1)}${"^".repeat(carets)}\n`);
    }
  }
  out.push(`${err.pyType}: ${err.msg}\n`);
  return out.join("");
}
