/**
 * Factories that build `PySyntaxError`s from positions in a `SourceText`.
 * Callers pass UTF-16 indices (or a line plus byte columns, as found on AST
 * nodes); the factories turn them into CPython's 1-based character offsets
 * and attach the offending line as `text`.
 */
import type { SourceText } from "../tokenizer/source-text.js";
import { PySyntaxError, type SyntaxErrorType } from "./syntax-error.js";

export interface RaiseOptions {
  pyType?: SyntaxErrorType;
  incomplete?: boolean;
}

/** Error spanning UTF-16 indices `[start, end)` of the source. */
export function errorAtIndex(
  src: SourceText,
  msg: string,
  start: number,
  end: number,
  opts: RaiseOptions = {},
): PySyntaxError {
  const lineno = src.lineOf(start);
  const endLineno = src.lineOf(Math.max(start, end));
  return new PySyntaxError({
    pyType: opts.pyType ?? "SyntaxError",
    msg,
    filename: src.filename,
    lineno,
    offset: src.charCol(start, lineno) + 1,
    endLineno,
    endOffset: src.charCol(end, endLineno) + 1,
    text: src.lineText(lineno),
    incomplete: opts.incomplete ?? false,
  });
}

/** Error with explicit line numbers and 1-based character offsets. */
export function errorAtOffsets(
  src: SourceText,
  msg: string,
  lineno: number,
  offset: number,
  endLineno: number,
  endOffset: number,
  opts: RaiseOptions = {},
): PySyntaxError {
  return new PySyntaxError({
    pyType: opts.pyType ?? "SyntaxError",
    msg,
    filename: src.filename,
    lineno,
    offset,
    endLineno,
    endOffset,
    text: lineno >= 1 && lineno <= src.lineStarts.length ? src.lineText(lineno) : null,
    incomplete: opts.incomplete ?? false,
  });
}

/** Error spanning an AST node (byte columns), as CPython's RAISE_*_KNOWN_LOCATION. */
export function errorAtNode(
  src: SourceText,
  msg: string,
  node: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number },
  opts: RaiseOptions = {},
): PySyntaxError {
  return errorAtOffsets(
    src,
    msg,
    node.lineno,
    src.byteToCharCol(node.lineno, node.col_offset) + 1,
    node.end_lineno,
    src.byteToCharCol(node.end_lineno, node.end_col_offset) + 1,
    opts,
  );
}
