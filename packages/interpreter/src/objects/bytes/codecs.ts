/**
 * The builtin codecs `str.encode` / `bytes.decode` need without a codec
 * registry: utf-8, ascii and latin-1 (and the UTF-16/32 family, codecs-utf16-32.ts), with the error handlers `strict`,
 * `ignore`, `replace`, `backslashreplace`, `surrogateescape`, `surrogatepass`
 * (utf-8) and `xmlcharrefreplace` (encoding). Error ranges and messages follow
 * CPython 3.11: a strict UTF-8 decode error covers the maximal invalid subpart
 * ("invalid start byte", "invalid continuation byte", "unexpected end of
 * data"); a strict encode error covers the run of consecutive unencodable
 * characters. Positions are code-point indices.
 *
 * The fast paths use `TextDecoder` (fatal, BOM kept) and `TextEncoder`.
 *
 * https://docs.python.org/3.11/library/codecs.html#standard-encodings
 */

import { StrLibError } from "../str/str-error.js";
import { WIDE_ALIASES, decodeWide, encodeWide, type WideCodec } from "./codecs-utf16-32.js";

export type CodecName = "utf-8" | "ascii" | "latin-1";

const ALIASES: Record<string, CodecName> = {
  utf_8: "utf-8",
  utf8: "utf-8",
  u8: "utf-8",
  utf: "utf-8",
  cp65001: "utf-8",
  utf8_ucs2: "utf-8",
  utf8_ucs4: "utf-8",
  ascii: "ascii",
  us_ascii: "ascii",
  "646": "ascii",
  "ansi_x3.4_1968": "ascii",
  latin_1: "latin-1",
  latin1: "latin-1",
  latin: "latin-1",
  iso_8859_1: "latin-1",
  iso8859_1: "latin-1",
  "8859": "latin-1",
  cp819: "latin-1",
  l1: "latin-1",
  iso_ir_100: "latin-1",
};

/** The canonical codec for `encoding`, or LookupError "unknown encoding: x". */
export function lookupCodec(encoding: string): CodecName | WideCodec {
  const key = encoding.toLowerCase().replace(/[\s-]+/g, "_");
  // Own properties only: a name such as "constructor" must not find Object.prototype members.
  const c = Object.hasOwn(ALIASES, key) ? ALIASES[key] : Object.hasOwn(WIDE_ALIASES, key) ? WIDE_ALIASES[key] : undefined;
  if (c === undefined) throw new StrLibError("LookupError", `unknown encoding: ${encoding}`);
  return c;
}

function isNarrow(c: CodecName | WideCodec): c is CodecName {
  return c === "utf-8" || c === "ascii" || c === "latin-1";
}

function unknownHandler(errors: string): StrLibError {
  return new StrLibError("LookupError", `unknown error handler name '${errors}'`);
}

function escapeChar(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

// ---------------------------------------------------------------- encoding

function encodeError(encoding: CodecName, s: string, cps: readonly number[], start: number, end: number, reason: string): StrLibError {
  const what =
    end - start === 1
      ? `character '${escapeChar(cps[start] as number)}' in position ${start}`
      : `characters in position ${start}-${end - 1}`;
  return new StrLibError("UnicodeEncodeError", `'${encoding}' codec can't encode ${what}: ${reason}`, undefined, {
    encoding,
    object: s,
    start,
    end,
    reason,
  });
}

class ByteSink {
  private buf = new Uint8Array(64);
  length = 0;
  push(b: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = b;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const encoder = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `s.encode(encoding, errors)`. */
export function encodeStr(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  const codec = lookupCodec(encoding);
  if (!isNarrow(codec)) return encodeWide(s, codec, errors);
  if (codec === "utf-8" && !LONE_SURROGATE.test(s)) return encoder.encode(s);
  // eslint-disable-next-line no-control-regex
  if (codec !== "utf-8" && /^[\x00-\x7f]*$/.test(s)) return encoder.encode(s);
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0) as number);
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const bad = (cp: number): boolean => (codec === "utf-8" ? cp >= 0xd800 && cp <= 0xdfff : cp >= limit);
  const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  const out = new ByteSink();
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i] as number;
    if (!bad(cp)) {
      if (codec === "utf-8") for (const b of encoder.encode(String.fromCodePoint(cp))) out.push(b);
      else out.push(cp);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end] as number)) end++;
    switch (errors) {
      case "strict":
        throw encodeError(codec, s, cps, i, end, reason);
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < end; k++) out.push(0x3f);
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) out.pushAscii(escapeChar(cps[k] as number));
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) out.pushAscii(`&#${cps[k] as number};`);
        break;
      case "surrogateescape":
        for (let k = i; k < end; k++) {
          const c = cps[k] as number;
          if (c < 0xdc80 || c > 0xdcff) throw encodeError(codec, s, cps, i, end, reason);
        }
        for (let k = i; k < end; k++) out.push((cps[k] as number) - 0xdc00);
        break;
      case "surrogatepass":
        if (codec !== "utf-8") throw encodeError(codec, s, cps, i, end, reason);
        for (let k = i; k < end; k++) {
          const c = cps[k] as number;
          out.push(0xe0 | (c >> 12));
          out.push(0x80 | ((c >> 6) & 0x3f));
          out.push(0x80 | (c & 0x3f));
        }
        break;
      default:
        throw unknownHandler(errors);
    }
    i = end;
  }
  return out.result();
}

// ---------------------------------------------------------------- decoding

function decodeError(encoding: CodecName, b: Uint8Array, start: number, end: number, reason: string): StrLibError {
  const what =
    end - start === 1
      ? `byte 0x${(b[start] as number).toString(16).padStart(2, "0")} in position ${start}`
      : `bytes in position ${start}-${end - 1}`;
  return new StrLibError("UnicodeDecodeError", `'${encoding}' codec can't decode ${what}: ${reason}`, undefined, {
    encoding,
    object: b,
    start,
    end,
    reason,
  });
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The invalid UTF-8 sequence at `i`: `[end, reason]`, or `[end, ""]` with the
 * decoded code point's length when valid (then `cp` holds it).
 */
function utf8Step(b: Uint8Array, i: number): { end: number; reason: string; cp: number } {
  const c = b[i] as number;
  if (c < 0x80) return { end: i + 1, reason: "", cp: c };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  let cp: number;
  if (c >= 0xc2 && c <= 0xdf) {
    need = 1;
    cp = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    cp = c & 0x0f;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    cp = c & 0x07;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else {
    return { end: i + 1, reason: "invalid start byte", cp: 0 };
  }
  let j = i + 1;
  for (let k = 0; k < need; k++, j++) {
    if (j >= b.length) return { end: b.length, reason: "unexpected end of data", cp: 0 };
    const d = b[j] as number;
    if (d < lo || d > hi) return { end: j, reason: "invalid continuation byte", cp: 0 };
    cp = (cp << 6) | (d & 0x3f);
    lo = 0x80;
    hi = 0xbf;
  }
  return { end: j, reason: "", cp };
}

function decodeWithHandler(codec: CodecName, b: Uint8Array, errors: string): string {
  const parts: string[] = [];
  let run = "";
  for (let i = 0; i < b.length; ) {
    let end: number;
    let reason: string;
    if (codec === "utf-8") {
      const st = utf8Step(b, i);
      if (st.reason === "") {
        run += String.fromCodePoint(st.cp);
        i = st.end;
        continue;
      }
      end = st.end;
      reason = st.reason;
    } else {
      const c = b[i] as number;
      if (c < 0x80 || codec === "latin-1") {
        run += String.fromCharCode(c);
        i++;
        continue;
      }
      end = i + 1;
      reason = "ordinal not in range(128)";
    }
    switch (errors) {
      case "strict":
        throw decodeError(codec, b, i, end, reason);
      case "ignore":
        break;
      case "replace":
        run += "\ufffd";
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) run += escapeChar(b[k] as number);
        break;
      case "surrogateescape":
        for (let k = i; k < end; k++) {
          const v = b[k] as number;
          if (v < 0x80) throw decodeError(codec, b, k, k + 1, reason);
          run += String.fromCharCode(0xdc00 + v);
        }
        break;
      case "surrogatepass": {
        // A UTF-8 encoded surrogate (ED A0..BF xx) decodes to the lone surrogate.
        const x = b[i + 1] ?? 0;
        const y = b[i + 2] ?? 0;
        if (codec === "utf-8" && b[i] === 0xed && x >= 0xa0 && x <= 0xbf && y >= 0x80 && y <= 0xbf) {
          run += String.fromCharCode(0xd000 | ((x & 0x3f) << 6) | (y & 0x3f));
          end = i + 3;
          break;
        }
        throw decodeError(codec, b, i, end, reason);
      }
      default:
        throw unknownHandler(errors);
    }
    i = end;
    if (run.length > 4096) {
      parts.push(run);
      run = "";
    }
  }
  parts.push(run);
  return parts.join("");
}

/** `b.decode(encoding, errors)`. */
export function decodeBytes(b: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  // CPython returns '' for empty input before looking the codec up.
  if (b.length === 0) return "";
  const codec = lookupCodec(encoding);
  if (!isNarrow(codec)) return decodeWide(b, codec, errors);
  if (codec === "latin-1") return decodeWithHandler(codec, b, errors);
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if ((b[i] as number) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return decodeWithHandler("latin-1", b, errors);
  if (codec === "utf-8") {
    try {
      return utf8Decoder.decode(b);
    } catch {
      // Invalid data: fall through to the exact decoder for CPython's error or handler.
    }
  }
  return decodeWithHandler(codec, b, errors);
}
