/**
 * Conversion between the parser's JS `PySyntaxError` and Python
 * `SyntaxError` objects (with CPython's attributes `msg`, `filename`,
 * `lineno`, `offset`, `text`, `end_lineno`, `end_offset`), and formatting of
 * a Python SyntaxError through the parser's `formatSyntaxError`.
 */
import { PySyntaxError, formatSyntaxError } from "@pyvm/parser";
import type { PyValue } from "../objects/object.js";
import { PyBaseException } from "../objects/exceptions.js";
import * as E from "../objects/exceptions.js";
import { newTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { instanceSet } from "../protocols/attribute.js";
import { getAttrOrUndefined } from "../protocols/attribute.js";

/** A Python SyntaxError/IndentationError/TabError for a parser error. */
export function syntaxErrorFromParser(e: PySyntaxError): PyBaseException {
  const t = e.pyType === "IndentationError" ? E.IndentationError : e.pyType === "TabError" ? E.TabError : E.SyntaxError;
  const text: PyValue = e.text === null ? None : e.text;
  const details = newTuple([e.filename, e.lineno, e.offset, text, e.endLineno, e.endOffset]);
  const exc = new PyBaseException(t, newTuple([e.msg, details]));
  instanceSet(exc, "msg", e.msg);
  instanceSet(exc, "filename", e.filename);
  instanceSet(exc, "lineno", e.lineno);
  instanceSet(exc, "offset", e.offset);
  instanceSet(exc, "text", text);
  instanceSet(exc, "end_lineno", e.endLineno);
  instanceSet(exc, "end_offset", e.endOffset);
  instanceSet(exc, "print_file_and_line", None);
  return exc;
}

function intAttr(exc: PyBaseException, name: string, dflt: number): number {
  const v = getAttrOrUndefined(exc, name);
  return typeof v === "number" ? v : dflt;
}

/** The excepthook's rendering of a Python SyntaxError (location block + `Type: msg`). */
export function formatPythonSyntaxError(exc: PyBaseException, typeName: string): string {
  const msgV = getAttrOrUndefined(exc, "msg");
  const fileV = getAttrOrUndefined(exc, "filename");
  const textV = getAttrOrUndefined(exc, "text");
  const msg = typeof msgV === "string" ? msgV : "";
  const filename = typeof fileV === "string" ? fileV : "<string>";
  const lineno = intAttr(exc, "lineno", 0);
  const pe = new PySyntaxError({
    pyType: "SyntaxError",
    msg,
    filename,
    lineno,
    offset: intAttr(exc, "offset", 0),
    endLineno: intAttr(exc, "end_lineno", lineno),
    endOffset: intAttr(exc, "end_offset", 0),
    text: typeof textV === "string" ? textV : null,
  });
  const out = formatSyntaxError(pe);
  // formatSyntaxError ends with "SyntaxError: msg\n"; use the real type name.
  const lines = out.split("\n");
  lines[lines.length - 2] = msg === "" ? typeName : `${typeName}: ${msg}`;
  return lines.join("\n");
}
