/**
 * The UTF-16 and UTF-32 codecs (`utf-16`, `utf-16-le`, `utf-16-be`,
 * `utf-32`, `utf-32-le`, `utf-32-be`). The BOM-less names fix the byte order;
 * `utf-16`/`utf-32` write a little-endian BOM when encoding (as CPython does
 * on little-endian machines) and, when decoding, honour and strip a leading
 * BOM, defaulting to little-endian. Decode errors name the resolved codec
 * ("'utf-16-le' codec can't decode …"), with CPython's reasons: "truncated
 * data", "illegal UTF-16 surrogate", "illegal encoding", "code point not in
 * range(0x110000)", "code point in surrogate code point range(0xd800, 0xe000)".
 *
 * https://docs.python.org/3.11/library/codecs.html#standard-encodings
 */

import { StrLibError } from "../str/str-error.js";

export type WideCodec = "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";

export const WIDE_ALIASES: Record<string, WideCodec> = {
  utf_16: "utf-16",
  utf16: "utf-16",
  u16: "utf-16",
  utf_16_le: "utf-16-le",
  utf_16le: "utf-16-le",
  utf_16_be: "utf-16-be",
  utf_16be: "utf-16-be",
  utf_32: "utf-32",
  utf32: "utf-32",
  u32: "utf-32",
  utf_32_le: "utf-32-le",
  utf_32le: "utf-32-le",
  utf_32_be: "utf-32-be",
  utf_32be: "utf-32-be",
};

function escapeChar(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

const unknownHandler = (errors: string): StrLibError => new StrLibError("LookupError", `unknown error handler name '${errors}'`);

/** `s.encode(codec, errors)` for the wide codecs. */
export function encodeWide(s: string, codec: WideCodec, errors: string): Uint8Array {
  const wide32 = codec.startsWith("utf-32");
  const little = !codec.endsWith("-be");
  const unit = wide32 ? 4 : 2;
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0) as number);
  const out: number[] = [];
  const put = (v: number): void => {
    if (little) for (let k = 0; k < unit; k++) out.push((v >>> (8 * k)) & 0xff);
    else for (let k = unit - 1; k >= 0; k--) out.push((v >>> (8 * k)) & 0xff);
  };
  const putCp = (cp: number): void => {
    if (wide32 || cp < 0x10000) put(cp);
    else {
      const c = cp - 0x10000;
      put(0xd800 | (c >> 10));
      put(0xdc00 | (c & 0x3ff));
    }
  };
  const putAscii = (t: string): void => {
    for (let k = 0; k < t.length; k++) put(t.charCodeAt(k));
  };
  if (codec === "utf-16" || codec === "utf-32") put(0xfeff);
  const isSur = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i] as number;
    if (!isSur(cp)) {
      putCp(cp);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSur(cps[end] as number)) end++;
    switch (errors) {
      case "strict": {
        const what = end - i === 1 ? `character '${escapeChar(cp)}' in position ${i}` : `characters in position ${i}-${end - 1}`;
        throw new StrLibError("UnicodeEncodeError", `'${codec}' codec can't encode ${what}: surrogates not allowed`, undefined, {
          encoding: codec,
          object: s,
          start: i,
          end,
          reason: "surrogates not allowed",
        });
      }
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < end; k++) put(0x3f);
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) putAscii(escapeChar(cps[k] as number));
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) putAscii(`&#${cps[k] as number};`);
        break;
      case "surrogatepass":
        for (let k = i; k < end; k++) put(cps[k] as number);
        break;
      default:
        throw unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** `b.decode(codec, errors)` for the wide codecs. */
export function decodeWide(b: Uint8Array, codec: WideCodec, errors: string): string {
  const wide32 = codec.startsWith("utf-32");
  const unit = wide32 ? 4 : 2;
  let little = !codec.endsWith("-be");
  let pos = 0;
  if (codec === "utf-16" && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) pos = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      pos = 2;
      little = false;
    }
  } else if (codec === "utf-32" && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) pos = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      pos = 4;
      little = false;
    }
  }
  const name = `${wide32 ? "utf-32" : "utf-16"}-${little ? "le" : "be"}`;
  const read = (i: number): number => {
    let v = 0;
    if (little) for (let k = unit - 1; k >= 0; k--) v = v * 256 + (b[i + k] as number);
    else for (let k = 0; k < unit; k++) v = v * 256 + (b[i + k] as number);
    return v;
  };
  let out = "";
  const fail = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case "strict": {
        const what =
          end - start === 1
            ? `byte 0x${(b[start] as number).toString(16).padStart(2, "0")} in position ${start}`
            : `bytes in position ${start}-${end - 1}`;
        throw new StrLibError("UnicodeDecodeError", `'${name}' codec can't decode ${what}: ${reason}`, undefined, {
          encoding: name,
          object: b,
          start,
          end,
          reason,
        });
      }
      case "ignore":
        return;
      case "replace":
        out += "\ufffd";
        return;
      case "backslashreplace":
        for (let k = start; k < end; k++) out += escapeChar(b[k] as number);
        return;
      default:
        throw unknownHandler(errors);
    }
  };
  while (pos < b.length) {
    if (pos + unit > b.length) {
      fail(pos, b.length, "truncated data");
      break;
    }
    const v = read(pos);
    if (wide32) {
      if (v >= 0xd800 && v <= 0xdfff) {
        if (errors === "surrogatepass") out += String.fromCharCode(v);
        else fail(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
      } else if (v > 0x10ffff) fail(pos, pos + 4, "code point not in range(0x110000)");
      else out += String.fromCodePoint(v);
      pos += 4;
      continue;
    }
    if (v < 0xd800 || v > 0xdfff) {
      out += String.fromCharCode(v);
      pos += 2;
      continue;
    }
    if (v <= 0xdbff && pos + 4 <= b.length) {
      const w = read(pos + 2);
      if (w >= 0xdc00 && w <= 0xdfff) {
        out += String.fromCharCode(v, w);
        pos += 4;
        continue;
      }
    }
    if (errors === "surrogatepass") out += String.fromCharCode(v);
    else if (v <= 0xdbff && pos + 4 > b.length) fail(pos, b.length, "unexpected end of data");
    else fail(pos, pos + 2, v <= 0xdbff ? "illegal UTF-16 surrogate" : "illegal encoding");
    pos += 2;
  }
  return out;
}
