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
 * are shifted by the same amount. Carets span `offset` to `endOffset` when
 * the error ends on the same line and after its start; otherwise one caret.
 */
import type { PySyntaxError } from "./syntax-error.js";

export function formatSyntaxError(err: PySyntaxError): string {
  const out: string[] = [];
  out.push(`  File "${err.filename}", line ${err.lineno}\n`);
  if (err.text !== null) {
    let text = err.text;
    let offset = err.offset;
    let endOffset = err.endLineno === err.lineno ? err.endOffset : -1;
    // CPython only looks at the first line of a multi-line `text`.
    const nl = text.indexOf("\n");
    if (nl >= 0 && nl < text.length - 1) {
      text = text.slice(0, nl + 1);
    }
    const stripped = text.replace(/^[ \t\f]+/, "");
    const removed = text.length - stripped.length;
    offset -= removed;
    endOffset -= removed;
    const line = stripped.replace(/[\r\n]+$/, "");
    out.push(`    ${line}\n`);
    if (offset >= 1) {
      const lineLen = line.length;
      if (offset > lineLen + 1) offset = lineLen + 1;
      if (endOffset <= offset) endOffset = offset + 1;
      if (endOffset > lineLen + 1) endOffset = lineLen + 1;
      if (endOffset <= offset) endOffset = offset + 1;
      out.push(`    ${" ".repeat(offset - 1)}${"^".repeat(endOffset - offset)}\n`);
    }
  }
  out.push(`${err.pyType}: ${err.msg}\n`);
  return out.join("");
}
