/**
 * printf-style formatting, `str % args` (CPython 3.11 `PyUnicode_Format`).
 *
 * Conversions `%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%`, flags
 * `-+ #0`, width and precision (both may be `*`), `%(key)` mapping lookups, the
 * ignored length modifiers `h l L`. Python objects are reached only through the
 * `PercentHost` callbacks, so this module does not depend on the object model.
 * Argument consumption follows CPython exactly: every conversion (even an
 * unknown one) takes an argument first, so `'%z' % ()` is "not enough arguments".
 *
 * https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting
 */

import { cpLength, cpSlice, unitToCp } from "../str/code-points.js";
import { typeError, valueError, overflowError } from "../str/str-error.js";
import { floatToString, type FloatCode } from "./float-to-string.js";
import { bigDecimal } from "./int-digits.js";
import { checkStringLength } from "../resource-limits.js";

/** How `str % args` reaches Python objects. Each returns `undefined` for "wrong type" (the caller words the TypeError). */
export interface PercentHost<V> {
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  typeName(v: V): string;
  /** `%d %i %u`: an int as is, else `int(v)` for numbers (floats truncate); `undefined` when not a number. */
  toInt(v: V): number | bigint | undefined;
  /** `%o %x %X`: `operator.index(v)`; `undefined` when not an integer. */
  toIndex(v: V): number | bigint | undefined;
  /** `%e %f %g`: `float(v)`; `undefined` when not a real number. */
  toFloat(v: V): number | undefined;
  /** `%c`: the str itself when `v` is a str, else `operator.index(v)`; `undefined` otherwise. */
  toChar(v: V): string | number | bigint | undefined;
  /** `mapping[key]` (raises the host's KeyError itself). */
  getItem(mapping: V, key: string): V;
  /** `*` width/precision: the int value when `v` is an int, else `undefined`. */
  toStarInt(v: V): number | bigint | undefined;
  /**
   * Optional override of a conversion (`bytes % args` converts `%s %b %r %a %c`
   * its own way): the converted text, or `undefined` to use the str rules.
   */
  convert?(ch: string, v: V): string | undefined;
  /** What is being formatted, for "not all arguments converted during … formatting" (default "string"). */
  readonly what?: string;
}

/** The right operand of `%`: a tuple's items, or a single object (which may be a mapping). */
export type PercentArgs<V> =
  | { readonly kind: "tuple"; readonly items: readonly V[] }
  | { readonly kind: "single"; readonly value: V; readonly isMapping: boolean };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const MAX_SSIZE = 2 ** 63 - 1;
const INT_MAX = 2 ** 31 - 1;

function clampSsize(v: number | bigint): number {
  if (typeof v === "bigint" || Math.abs(v) > MAX_SSIZE) {
    throw overflowError("Python int too large to convert to C ssize_t");
  }
  return v;
}

/** A `*` precision: a C int in CPython ("Python int too large to convert to C int"). */
function clampCInt(v: number | bigint): number {
  if (typeof v === "bigint" || Math.abs(v) > INT_MAX) throw overflowError("Python int too large to convert to C int");
  return v;
}

export function percentFormat<V>(fmt: string, args: PercentArgs<V>, host: PercentHost<V>): string {
  // The directives are ASCII, so the scan runs on UTF-16 code units; only the
  // "unsupported format character" message needs a code point (and its index).
  const n = fmt.length;
  let items: readonly V[];
  let arglen: number;
  let argidx: number;
  if (args.kind === "tuple") {
    items = args.items;
    arglen = items.length;
    argidx = 0;
  } else {
    items = [args.value];
    arglen = -1;
    argidx = -2;
  }
  const dict: V | undefined = args.kind === "single" && args.isMapping ? args.value : undefined;

  let out = "";
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf("%", pos);
    if (pct < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos >= n) throw valueError("incomplete format");
    let c = fmt.charCodeAt(pos);
    if (c === 0x25 /* % */) {
      out += "%";
      pos++;
      continue;
    }
    // %(key)
    if (c === 0x28 /* ( */) {
      if (dict === undefined) throw typeError("format requires a mapping");
      pos++;
      const keystart = pos;
      let depth = 1;
      while (pos < n && depth > 0) {
        const k = fmt.charCodeAt(pos);
        if (k === 0x29) depth--;
        else if (k === 0x28) depth++;
        pos++;
      }
      if (depth > 0) throw valueError("incomplete format key");
      const key = fmt.slice(keystart, pos - 1);
      items = [host.getItem(dict, key)];
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    for (; pos < n; pos++) {
      c = fmt.charCodeAt(pos);
      if (c === 0x2d /* - */) flags |= F_LJUST;
      else if (c === 0x2b /* + */) flags |= F_SIGN;
      else if (c === 0x20) flags |= F_BLANK;
      else if (c === 0x23 /* # */) flags |= F_ALT;
      else if (c === 0x30 /* 0 */) flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt.charCodeAt(pos) === 0x2a /* * */) {
      if (argidx >= arglen) throw typeError("not enough arguments for format string");
      const v = host.toStarInt((arglen < 0 ? items[0] : items[argidx]) as V);
      argidx++;
      if (v === undefined) throw typeError("* wants int");
      width = clampSsize(v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
    } else {
      let w = -1;
      while (pos < n && isDigitUnit(fmt.charCodeAt(pos))) {
        w = (w < 0 ? 0 : w) * 10 + (fmt.charCodeAt(pos) - 0x30);
        if (w > MAX_SSIZE / 10) throw valueError("width too big");
        pos++;
      }
      width = w;
    }
    let prec = -1;
    if (fmt.charCodeAt(pos) === 0x2e /* . */) {
      pos++;
      if (fmt.charCodeAt(pos) === 0x2a /* * */) {
        if (argidx >= arglen) throw typeError("not enough arguments for format string");
        const v = host.toStarInt((arglen < 0 ? items[0] : items[argidx]) as V);
        argidx++;
        if (v === undefined) throw typeError("* wants int");
        prec = Math.max(0, clampCInt(v));
        pos++;
      } else {
        prec = 0;
        while (pos < n && isDigitUnit(fmt.charCodeAt(pos))) {
          prec = prec * 10 + (fmt.charCodeAt(pos) - 0x30);
          if (prec > INT_MAX) throw valueError("precision too big");
          pos++;
        }
      }
    }
    c = fmt.charCodeAt(pos);
    if (pos < n && (c === 0x68 /* h */ || c === 0x6c /* l */ || c === 0x4c /* L */)) pos++;
    if (pos >= n) throw valueError("incomplete format");
    const chStart = pos;
    c = fmt.charCodeAt(pos);
    // A conversion character outside the BMP (only ever an error) is one code point.
    pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < n && (fmt.charCodeAt(pos + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const ch = fmt.slice(chStart, pos);
    if (argidx >= arglen) throw typeError("not enough arguments for format string");
    const v = (arglen < 0 ? items[0] : items[argidx]) as V;
    argidx++;
    out += formatOne(ch, fmt, chStart, v, flags, width, prec, host);
  }
  if (argidx < arglen && dict === undefined) {
    throw typeError(`not all arguments converted during ${host.what ?? "string"} formatting`);
  }
  return out;
}

function isDigitUnit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function formatOne<V>(ch: string, fmt: string, chUnit: number, v: V, flags: number, width: number, prec: number, host: PercentHost<V>): string {
  let text: string;
  let numeric = false;
  const custom = host.convert?.(ch, v);
  if (custom !== undefined) {
    text = custom;
    if (ch !== "c" && prec >= 0 && cpLength(text) > prec) text = cpSlice(text, 0, prec);
    return pad(text, false, ch, flags, width);
  }
  switch (ch) {
    case "s":
    case "r":
    case "a": {
      text = ch === "s" ? host.str(v) : ch === "r" ? host.repr(v) : host.ascii(v);
      if (prec >= 0 && cpLength(text) > prec) text = cpSlice(text, 0, prec);
      break;
    }
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      const isHex = ch === "o" || ch === "x" || ch === "X";
      const iv = isHex ? host.toIndex(v) : host.toInt(v);
      if (iv === undefined) {
        throw typeError(
          isHex
            ? `%${ch} format: an integer is required, not ${host.typeName(v)}`
            : `%${ch} format: a real number is required, not ${host.typeName(v)}`,
        );
      }
      if (prec > 0) checkStringLength(prec); // MemoryError before building `prec` digits
      text = formatLong(iv, (flags & F_ALT) !== 0, prec, ch);
      numeric = true;
      break;
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = host.toFloat(v);
      if (x === undefined) throw typeError(`must be real number, not ${host.typeName(v)}`);
      const code = ch.toLowerCase() as FloatCode;
      if (prec > 0) checkStringLength(prec); // MemoryError before building `prec` digits
      text = floatToString(x, code, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0, upper: ch !== code });
      numeric = true;
      break;
    }
    case "c": {
      const c = host.toChar(v);
      if (typeof c === "string") {
        if (cpLength(c) !== 1) throw typeError("%c requires int or char");
        text = c;
      } else if (c === undefined) {
        throw typeError("%c requires int or char");
      } else {
        if (c < 0 || c > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
        text = String.fromCodePoint(Number(c));
      }
      break;
    }
    default: {
      const cp = ch.codePointAt(0) as number;
      const shown = cp >= 31 && cp <= 126 ? ch : "?";
      throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${unitToCp(fmt, chUnit)}`);
    }
  }
  return pad(text, numeric, ch, flags, width);
}

/** `_PyUnicode_FormatLong`: digits with sign, `0x`/`0o` prefix when `alt`, zero-padded to `prec` digits. */
function formatLong(v: number | bigint, alt: boolean, prec: number, type: string): string {
  const negative = typeof v === "bigint" ? v < 0n : v < 0;
  const abs = typeof v === "bigint" ? (negative ? -v : v) : Math.abs(v);
  let digits: string;
  let prefix = "";
  switch (type) {
    case "o":
      digits = abs.toString(8);
      prefix = alt ? "0o" : "";
      break;
    case "x":
      digits = abs.toString(16);
      prefix = alt ? "0x" : "";
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      prefix = alt ? "0X" : "";
      break;
    default:
      digits = typeof abs === "bigint" ? bigDecimal(abs) : abs.toString();
  }
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  return (negative ? "-" : "") + prefix + digits;
}

/** Sign, prefix, fill and justification (`unicode_format_arg_output`). */
function pad(text: string, numeric: boolean, ch: string, flags: number, width: number): string {
  if (!numeric && width <= 0) return text;
  let body = text;
  let sign = "";
  let prefix = "";
  if (numeric) {
    const first = body.charAt(0);
    if (first === "-" || first === "+") {
      sign = first;
      body = body.slice(1);
    } else if (flags & F_SIGN) sign = "+";
    else if (flags & F_BLANK) sign = " ";
    if (flags & F_ALT && (ch === "x" || ch === "X" || ch === "o")) {
      prefix = body.slice(0, 2);
      body = body.slice(2);
    }
  }
  const len = sign.length + prefix.length + cpLength(body);
  if (width <= len) return sign + prefix + body;
  const n = width - len;
  if (flags & F_LJUST) return sign + prefix + body + " ".repeat(n);
  if (numeric && flags & F_ZERO) return sign + prefix + "0".repeat(n) + body;
  return " ".repeat(n) + sign + prefix + body;
}
