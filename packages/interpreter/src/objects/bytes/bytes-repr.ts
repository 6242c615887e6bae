/**
 * `repr(bytes)` / `repr(bytearray)` exactly as CPython: `b'…'`, switching to
 * double quotes when the data contains `'` but no `"`; `\\`, the quote, `\t`,
 * `\n`, `\r` escaped; bytes outside 0x20–0x7e as `\xhh`.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#bytes
 */

export function bytesRepr(b: Uint8Array, alwaysEscapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c === quote || c === 0x5c || (c === 0x27 && alwaysEscapeSingle)) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + (c < 16 ? "0" : "") + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * `repr(bytearray(…))`, or of a subclass named `typeName`. CPython's
 * bytearray repr escapes `'` even inside double quotes: `bytearray(b"\'")`.
 */
export function bytearrayRepr(b: Uint8Array, typeName = "bytearray"): string {
  return `${typeName}(${bytesRepr(b, true)})`;
}
