/**
 * The error the parser and tokenizer throw, shaped like CPython's
 * `SyntaxError` (and its subclasses `IndentationError` and `TabError`).
 *
 * Positions follow CPython's exception attributes: `lineno`/`endLineno` are
 * 1-based lines and `offset`/`endOffset` are 1-based *character* columns
 * (CPython converts its internal UTF-8 byte offsets to characters before
 * raising). `endOffset` may be 0 or -1 where CPython leaves it that way.
 * `incomplete` is our addition for the REPL: it is true when the input ended
 * while something was still open (bracket, block after `:`, triple-quoted
 * string, trailing backslash), so that more lines could complete it.
 */

export const SyntaxErrorType = {
  SyntaxError: "SyntaxError",
  IndentationError: "IndentationError",
  TabError: "TabError",
} as const;
export type SyntaxErrorType = (typeof SyntaxErrorType)[keyof typeof SyntaxErrorType];

export interface SyntaxErrorInit {
  pyType?: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
  text: string | null;
  incomplete?: boolean;
}

export class PySyntaxError extends Error {
  readonly pyType: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno: number;
  readonly endOffset: number;
  /** The offending source line, including its trailing newline if it had one. */
  readonly text: string | null;
  readonly incomplete: boolean;

  constructor(init: SyntaxErrorInit) {
    super(`${init.msg} (${init.filename}, line ${init.lineno})`);
    this.name = init.pyType ?? "SyntaxError";
    this.pyType = init.pyType ?? "SyntaxError";
    this.msg = init.msg;
    this.filename = init.filename;
    this.lineno = init.lineno;
    this.offset = init.offset;
    this.endLineno = init.endLineno;
    this.endOffset = init.endOffset;
    this.text = init.text;
    this.incomplete = init.incomplete ?? false;
  }
}
