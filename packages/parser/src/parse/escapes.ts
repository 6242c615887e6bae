/**
 * Backslash-escape decoding for str and bytes literals, as in CPython's
 * `_PyUnicode_DecodeUnicodeEscapeInternal` / `_PyBytes_DecodeEscape`.
 * Unknown escapes (`\d`) are kept verbatim, as CPython does (it only warns).
 *
 * Limitation: `\N{name}` only knows the small table below (common
 * punctuation, Greek letters, a few symbols) plus ASCII letters and digits; other names raise the same
 * "unknown Unicode character name" error CPython gives for a bad name.
 */

const NAMED: Readonly<Record<string, number>> = {
  "SPACE": 0x20, "NULL": 0x0, "LINE FEED": 0x0a, "CARRIAGE RETURN": 0x0d, "CHARACTER TABULATION": 0x09,
  "NO-BREAK SPACE": 0xa0, "EN DASH": 0x2013, "EM DASH": 0x2014, "BULLET": 0x2022,
  "HORIZONTAL ELLIPSIS": 0x2026, "LEFT SINGLE QUOTATION MARK": 0x2018, "RIGHT SINGLE QUOTATION MARK": 0x2019,
  "LEFT DOUBLE QUOTATION MARK": 0x201c, "RIGHT DOUBLE QUOTATION MARK": 0x201d, "DEGREE SIGN": 0xb0,
  "COPYRIGHT SIGN": 0xa9, "REGISTERED SIGN": 0xae, "EURO SIGN": 0x20ac, "POUND SIGN": 0xa3, "YEN SIGN": 0xa5,
  "SECTION SIGN": 0xa7, "PILCROW SIGN": 0xb6, "MICRO SIGN": 0xb5, "MULTIPLICATION SIGN": 0xd7, "DIVISION SIGN": 0xf7,
  "PLUS-MINUS SIGN": 0xb1, "INFINITY": 0x221e, "RIGHTWARDS ARROW": 0x2192, "LEFTWARDS ARROW": 0x2190,
  "CHECK MARK": 0x2713, "BLACK STAR": 0x2605, "WHITE STAR": 0x2606, "SNOWMAN": 0x2603, "BLACK HEART SUIT": 0x2665,
  "ZERO WIDTH SPACE": 0x200b, "BOX DRAWINGS LIGHT HORIZONTAL": 0x2500, "BOX DRAWINGS LIGHT VERTICAL": 0x2502,
  "FULL BLOCK": 0x2588, "LATIN SMALL LETTER E WITH ACUTE": 0xe9, "LATIN SMALL LETTER A WITH GRAVE": 0xe0,
  "LATIN SMALL LETTER U WITH DIAERESIS": 0xfc, "LATIN SMALL LETTER SHARP S": 0xdf, "LATIN SMALL LETTER N WITH TILDE": 0xf1,
  "GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER BETA": 0x3b2, "GREEK SMALL LETTER GAMMA": 0x3b3,
  "GREEK SMALL LETTER DELTA": 0x3b4, "GREEK SMALL LETTER EPSILON": 0x3b5, "GREEK SMALL LETTER LAMDA": 0x3bb,
  "GREEK SMALL LETTER MU": 0x3bc, "GREEK SMALL LETTER PI": 0x3c0, "GREEK SMALL LETTER SIGMA": 0x3c3,
  "GREEK SMALL LETTER THETA": 0x3b8, "GREEK SMALL LETTER OMEGA": 0x3c9, "GREEK CAPITAL LETTER DELTA": 0x394,
  "GREEK CAPITAL LETTER SIGMA": 0x3a3, "GREEK CAPITAL LETTER OMEGA": 0x3a9, "GREEK CAPITAL LETTER PI": 0x3a0,
  "SNAKE": 0x1f40d, "GRINNING FACE": 0x1f600, "THUMBS UP SIGN": 0x1f44d, "PILE OF POO": 0x1f4a9,
};

/** Looks up a `\N{...}` name: the table above plus ASCII letters and digits. */
export function lookupName(name: string): number | undefined {
  const direct = NAMED[name];
  if (direct !== undefined) return direct;
  const letter = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(name);
  if (letter?.[2]) return (letter[1] === "SMALL" ? 0x61 : 0x41) + letter[2].charCodeAt(0) - 65;
  const digits = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];
  const digit = /^DIGIT ([A-Z]+)$/.exec(name);
  if (digit?.[1]) {
    const d = digits.indexOf(digit[1]);
    if (d >= 0) return 0x30 + d;
  }
  return undefined;
}

export class EscapeError extends Error {}

function hexValue(s: string, from: number, count: number): number {
  if (from + count > s.length) return -1;
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const d = parseInt(s.charAt(i), 16);
    if (Number.isNaN(d)) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Decodes escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(s: string): string {
  if (s.indexOf("\\") < 0) return s;
  const out: string[] = [];
  let i = 0;
  let chunk = 0;
  while (i < s.length) {
    const bs = s.indexOf("\\", i);
    if (bs < 0) break;
    out.push(s.slice(chunk, bs));
    const c = s.charAt(bs + 1);
    i = bs + 2;
    switch (c) {
      case "\n": break;
      case "\\": out.push("\\"); break;
      case "'": out.push("'"); break;
      case '"': out.push('"'); break;
      case "a": out.push("\x07"); break;
      case "b": out.push("\b"); break;
      case "f": out.push("\f"); break;
      case "n": out.push("\n"); break;
      case "r": out.push("\r"); break;
      case "t": out.push("\t"); break;
      case "v": out.push("\v"); break;
      case "x":
      case "u":
      case "U": {
        const n = c === "x" ? 2 : c === "u" ? 4 : 8;
        const v = hexValue(s, i, n);
        if (v < 0) {
          const what = c === "x" ? "truncated \\xXX escape" : c === "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
          throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${bs}-${Math.min(s.length, i + n) - 1}: ${what}`);
        }
        if (v > 0x10ffff) {
          throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${bs}-${i + n - 1}: illegal Unicode character`);
        }
        out.push(String.fromCodePoint(v));
        i += n;
        break;
      }
      case "N": {
        const close = s.charAt(i) === "{" ? s.indexOf("}", i) : -1;
        const cp = close > 0 ? lookupName(s.slice(i + 1, close).toUpperCase()) : undefined;
        if (cp === undefined) {
          const end = close > 0 ? close : bs + 1;
          const reason = close > 0 ? "unknown Unicode character name" : "malformed \\N character escape";
          throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${bs}-${end}: ${reason}`);
        }
        out.push(String.fromCodePoint(cp));
        i = close + 1;
        break;
      }
      default:
        if (c >= "0" && c <= "7") {
          let v = c.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && s.charAt(i) >= "0" && s.charAt(i) <= "7"; k++, i++) v = v * 8 + (s.charCodeAt(i) - 48);
          out.push(String.fromCodePoint(v));
        } else {
          out.push("\\" + c);
        }
    }
    chunk = i;
  }
  out.push(s.slice(chunk));
  return out.join("");
}

/** Decodes a bytes literal body (raw or not) into bytes. */
export function decodeBytes(s: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 128) throw new EscapeError("bytes can only contain ASCII literal characters");
    if (code !== 92 || raw) {
      out.push(code);
      continue;
    }
    const c = s.charAt(i + 1);
    i += 1;
    switch (c) {
      case "\n": break;
      case "\\": out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case "a": out.push(7); break;
      case "b": out.push(8); break;
      case "f": out.push(12); break;
      case "n": out.push(10); break;
      case "r": out.push(13); break;
      case "t": out.push(9); break;
      case "v": out.push(11); break;
      case "x": {
        const v = hexValue(s, i + 1, 2);
        if (v < 0) throw new EscapeError(`(value error) invalid \\x escape at position ${i - 1}`);
        out.push(v);
        i += 2;
        break;
      }
      default:
        if (c >= "0" && c <= "7") {
          let v = c.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && s.charAt(i + 1) >= "0" && s.charAt(i + 1) <= "7"; k++, i++) {
            v = v * 8 + (s.charCodeAt(i + 1) - 48);
          }
          out.push(v & 0xff);
        } else {
          out.push(92);
          if (c !== "") out.push(c.charCodeAt(0));
        }
    }
  }
  return Uint8Array.from(out);
}
