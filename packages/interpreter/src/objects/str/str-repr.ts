/**
 * `repr(str)` and `ascii(str)` exactly as CPython's `unicode_repr`: single quotes
 * unless the text contains `'` and no `"`; `\\`, `\t`, `\n`, `\r` and the quote
 * escaped; other ASCII controls and DEL as `\xhh`; non-ASCII kept when printable
 * (per CPython 3.11's `isprintable`), else `\xhh` / `\uhhhh` / `\Uhhhhhhhh`.
 * `ascii()` escapes every non-ASCII code point the same way.
 *
 * https://docs.python.org/3.11/library/functions.html#repr
 */

import { isPrintableCp } from "./unicode-props.js";

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

function escapeNonAscii(cp: number): string {
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

function reprImpl(s: string, asciiOnly: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  // Fast path: a run of plain printable ASCII needs no escaping.
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(s) && !s.includes("\\") && !s.includes(quote)) return quote + s + quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x7f) {
      if (ch === quote || ch === "\\") out += "\\" + ch;
      else if (ch === "\t") out += "\\t";
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (cp < 0x20) out += "\\x" + hex(cp, 2);
      else out += ch;
    } else if (cp === 0x7f) {
      out += "\\x7f";
    } else if (!asciiOnly && isPrintableCp(cp)) {
      out += ch;
    } else {
      out += escapeNonAscii(cp);
    }
  }
  return out + quote;
}

/** `repr(s)` for a str. */
export function strRepr(s: string): string {
  return reprImpl(s, false);
}

/** `ascii(s)` for a str. */
export function asciiRepr(s: string): string {
  return reprImpl(s, true);
}

/** The escaping `ascii()` applies to an arbitrary repr (non-ASCII → `\x`/`\u`/`\U`). */
export function asciiEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    out += cp < 0x80 ? ch : escapeNonAscii(cp);
  }
  return out;
}
