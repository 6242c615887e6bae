/**
 * `formatException(exc)`: the text CPython 3.11's default excepthook prints
 * (`Python/pythonrun.c` print_exception_recursive + `Python/traceback.c`).
 *
 * - Chained exceptions first (`__cause__`, else `__context__` unless
 *   suppressed), each followed by the linking sentence, with a seen-set
 *   against cycles.
 * - `Traceback (most recent call last):` then one `File "…", line N, in
 *   name` entry per traceback entry plus the stripped source line; runs of
 *   more than 3 identical entries collapse into
 *   `[Previous line repeated K more times]`.
 * - The 3.11 caret line under the failing instruction's column range, with
 *   `~`/`^` split for binary operators and subscripts (extract_anchors_from_line);
 *   omitted when the range covers the whole stripped line.
 * - `Type: message` (module-qualified unless builtins/__main__), then notes.
 */
import { parse } from "@pyvm/parser";
import type { PyValue } from "../objects/object.js";
import { PyBaseException } from "../objects/exceptions.js";
import * as E from "../objects/exceptions.js";
import { typeOf } from "../objects/type.js";
import { str } from "../protocols/repr.js";
import { PyTraceback, tracebackEntries } from "./traceback.js";
import { formatPythonSyntaxError } from "./syntax-error.js";

/** Source lookup: the lines of a file (1-based access by the caller), or undefined. */
export type SourceLines = (filename: string) => readonly string[] | undefined;

const TB_RECURSIVE_CUTOFF = 3;

export function formatException(exc: PyValue, sources: SourceLines): string {
  const out: string[] = [];
  formatRecursive(exc, sources, out, new Set());
  return out.join("");
}

function formatRecursive(exc: PyValue, sources: SourceLines, out: string[], seen: Set<PyValue>): void {
  seen.add(exc);
  if (exc instanceof PyBaseException) {
    const cause = exc.cause;
    const context = exc.context;
    if (cause instanceof PyBaseException && !seen.has(cause)) {
      formatRecursive(cause, sources, out, seen);
      out.push("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!exc.suppressContext && context instanceof PyBaseException && !seen.has(context)) {
      formatRecursive(context, sources, out, seen);
      out.push("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  formatOne(exc, sources, out);
}

function formatOne(exc: PyValue, sources: SourceLines, out: string[]): void {
  if (exc instanceof PyBaseException && exc.traceback instanceof PyTraceback) {
    out.push("Traceback (most recent call last):\n");
    formatTraceback(tracebackEntries(exc.traceback), sources, out);
  }
  const t = typeOf(exc);
  const mod = t.module;
  const typeName = mod === "builtins" || mod === "__main__" ? t.qualname : `${mod}.${t.qualname}`;
  if (exc instanceof PyBaseException && t.isSubtypeOf(E.SyntaxError)) {
    out.push(formatPythonSyntaxError(exc, typeName));
  } else {
    let msg: string;
    try {
      msg = str(exc);
    } catch {
      msg = "<exception str() failed>";
    }
    out.push(msg === "" ? `${typeName}\n` : `${typeName}: ${msg}\n`);
  }
  if (exc instanceof PyBaseException && exc.notes !== null) {
    for (const n of exc.notes.items) {
      out.push(typeof n === "string" ? `${n}\n` : `${safeStr(n)}\n`);
    }
  }
}

function safeStr(v: PyValue): string {
  try {
    return str(v);
  } catch {
    return "<note str() failed>";
  }
}

export function formatTraceback(entries: readonly PyTraceback[], sources: SourceLines, out: string[]): void {
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (const tb of entries) {
    const code = tb.code;
    const line = tb.lineno;
    if (lastFile === null || code.filename !== lastFile || lastLine === -1 || line !== lastLine || code.name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) repeated(out, cnt);
      lastFile = code.filename;
      lastLine = line;
      lastName = code.name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) displayLine(tb, sources, out);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) repeated(out, cnt);
}

function repeated(out: string[], cnt: number): void {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  out.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`);
}

function displayLine(tb: PyTraceback, sources: SourceLines, out: string[]): void {
  const code = tb.code;
  const lineno = tb.lineno;
  out.push(`  File "${code.filename}", line ${lineno}, in ${code.name}\n`);
  const lines = sources(code.filename);
  const full = lines?.[lineno - 1];
  if (full === undefined) return;
  const ws = /^[ \t\f]*/.exec(full)?.[0].length ?? 0;
  const stripped = full.slice(ws);
  if (stripped.trim() === "") return;
  out.push(`    ${stripped}\n`);
  const carets = caretLine(tb, full, ws);
  if (carets !== null) out.push(carets);
}

/** UTF-8 byte column → character offset within `line` (CPython's _PyPegen_byte_offset_to_character_offset). */
function byteToChar(line: string, col: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < col) {
    const cp = line.codePointAt(i) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function caretLine(tb: PyTraceback, full: string, ws: number): string | null {
  const pos = tb.code.positions;
  const i = tb.lasti * 4;
  const startLine = pos[i] ?? -1;
  const endLine = pos[i + 1] ?? -1;
  const startCol = pos[i + 2] ?? -1;
  const endCol = pos[i + 3] ?? -1;
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return null;
  if (startLine !== tb.lineno) return null;
  const start = byteToChar(full, startCol);
  let end = byteToChar(full, endCol);
  let anchors: { left: number; right: number } | null = null;
  if (startLine === endLine) {
    anchors = extractAnchors(full.slice(start, end));
    if (anchors !== null) anchors = { left: anchors.left + start, right: anchors.right + start };
  } else {
    let k = full.length;
    while (--k >= 0) if (!/\s/.test(full[k] as string)) break;
    end = k + 1;
  }
  const strippedLen = full.length - ws;
  if (end - start === strippedLen && anchors === null) return null;
  if (end <= start) return null;
  let s = "    ";
  for (let off = ws; off < start; off++) s += " ";
  for (let off = start + 1; off <= end; off++) {
    if (anchors !== null && anchors.left < off && off <= anchors.right) s += "^";
    else s += anchors !== null ? "~" : "^";
  }
  return `${s}\n`;
}

/**
 * CPython 3.11's extract_anchors_from_line: parse the segment; for a lone
 * expression statement that is a BinOp, the operator is `^` and the operands
 * `~`; for a Subscript, `[…]` is `^` and the value `~`. Offsets are
 * characters within the segment.
 */
function extractAnchors(segment: string): { left: number; right: number } | null {
  let mod;
  try {
    mod = parse(segment, { filename: "<segment>", mode: "exec" });
  } catch {
    return null;
  }
  if (mod.type !== "Module" || mod.body.length !== 1) return null;
  const stmt = mod.body[0];
  if (stmt === undefined || stmt.type !== "Expr") return null;
  const e = stmt.value;
  if (e.type === "BinOp") {
    const leftEnd = byteToChar(segment, e.left.end_col_offset);
    const rightStart = byteToChar(segment, e.right.col_offset);
    for (let i = leftEnd; i < rightStart; i++) {
      const ch = segment[i] as string;
      if (/\s/.test(ch)) continue;
      let right = i + 1;
      if (i + 1 < rightStart && !/\s/.test(segment[i + 1] as string)) right++;
      return { left: i, right };
    }
    return null;
  }
  if (e.type === "Subscript") {
    return { left: byteToChar(segment, e.value.end_col_offset), right: byteToChar(segment, e.slice.end_col_offset) + 1 };
  }
  return null;
}
