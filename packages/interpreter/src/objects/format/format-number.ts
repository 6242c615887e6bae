/**
 * `format(value, spec)` for the builtin scalars: `int.__format__` (number or
 * bigint), `float.__format__`, `str.__format__`, `bool` (int's, except that an
 * empty spec gives `str(b)`).
 *
 * Numbers are assembled like CPython's `calc_number_widths`/`fill_number`
 * (Python/formatter_unicode.c): sign, prefix (`0x`…), integer digits with
 * grouping, remainder (fraction, exponent, `%`), then fill to the width. With
 * `0`-padding (fill `0`, align `=`) the zeros are produced by the grouping step,
 * so they get separators too: `format(1234, '09,') == '0,001,234'`.
 *
 * https://docs.python.org/3.11/library/string.html#format-specification-mini-language
 */

import { overflowError, valueError } from "../str/str-error.js";
import { cpLength, cpSlice } from "../str/code-points.js";
import { floatToString, type FloatCode } from "./float-to-string.js";
import { parseFormatSpec, typeCodeForMessage, type FormatSpec } from "./format-spec.js";
import { bigDecimal } from "./int-digits.js";
import { checkStringLength } from "../resource-limits.js";

function unknownType(type: string, typeName: string): never {
  throw valueError(`Unknown format code '${typeCodeForMessage(type)}' for object of type '${typeName}'`);
}

/**
 * Digits grouped from the right every `every` digits with `sep`, left-padded
 * with zeros to at least `minWidth` characters (`_PyUnicode_InsertThousandsGrouping`).
 */
export function groupDigits(digits: string, minWidth: number, sep: string, every: number): string {
  const parts: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  let min = minWidth;
  let useSep = false;
  const take = (l: number): void => {
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push("0".repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ""));
    pos -= nChars;
    remaining -= nChars;
    useSep = true;
  };
  if (every > 0) {
    for (;;) {
      const l = Math.min(every, Math.max(remaining, min, 1));
      take(l);
      min -= l;
      if (remaining <= 0 && min <= 0) return parts.reverse().join("");
      min -= sep.length;
    }
  }
  take(Math.max(remaining, min, 1));
  return parts.reverse().join("");
}

/** Lay out `[sign][prefix][digits][remainder]` with the spec's grouping, fill and alignment. */
function fillNumber(negative: boolean, prefix: string, digits: string, remainder: string, spec: FormatSpec, groupEvery: number): string {
  let sign = "";
  if (negative) sign = "-";
  else if (spec.sign === "+") sign = "+";
  else if (spec.sign === " ") sign = " ";
  const minWidth =
    spec.fill === "0" && spec.align === "="
      ? spec.width - sign.length - prefix.length - cpLength(remainder)
      : 0;
  const sep = spec.grouping === "" ? "" : spec.grouping;
  const grouped = digits.length === 0 ? "" : groupDigits(digits, minWidth, sep, sep === "" ? 0 : groupEvery);
  const body = grouped + remainder;
  const len = sign.length + prefix.length + cpLength(body);
  const pad = Math.max(0, spec.width - len);
  if (pad === 0) return sign + prefix + body;
  switch (spec.align) {
    case "<":
      return sign + prefix + body + spec.fill.repeat(pad);
    case ">":
      return spec.fill.repeat(pad) + sign + prefix + body;
    case "=":
      return sign + prefix + spec.fill.repeat(pad) + body;
    case "^": {
      const left = Math.floor(pad / 2);
      return spec.fill.repeat(left) + sign + prefix + body + spec.fill.repeat(pad - left);
    }
  }
}

function toBig(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** `float(v)` of a Python int, with CPython's overflow error. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === "number") return v;
  const x = Number(v);
  // Number() rounds to nearest-even like PyLong_AsDouble; overflow is when it leaves the finite range.
  if (!Number.isFinite(x)) throw overflowError("int too large to convert to float");
  return x;
}

/** `int.__format__(v, spec)`; `typeName` is the object's type name for messages (`int`, `bool`, subclasses). */
export function formatInt(v: number | bigint, spec: string, typeName = "int"): string {
  if (spec.length === 0) return typeof v === "bigint" ? bigDecimal(v) : String(v);
  const f = parseFormatSpec(spec, typeName, "d", ">");
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatSpec(intToFloat(v), f);
    default:
      unknownType(f.type, typeName);
  }
  if (f.precision !== -1) throw valueError("Precision not allowed in integer format specifier");
  if (f.noNegZero) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    const big = toBig(v);
    if (big > 2n ** 63n - 1n || big < -(2n ** 63n)) throw overflowError("Python int too large to convert to C long");
    if (big < 0n || big > 0x10ffffn) throw overflowError("%c arg not in range(0x110000)");
    return fillNumber(false, "", "", String.fromCodePoint(Number(big)), f, 3);
  }
  const negative = typeof v === "bigint" ? v < 0n : v < 0;
  const abs = typeof v === "bigint" ? (negative ? -v : v) : Math.abs(v);
  let digits: string;
  let prefix = "";
  let every = 3;
  switch (f.type) {
    case "b":
      digits = abs.toString(2);
      prefix = "0b";
      every = 4;
      break;
    case "o":
      digits = abs.toString(8);
      prefix = "0o";
      every = 4;
      break;
    case "x":
      digits = abs.toString(16);
      prefix = "0x";
      every = 4;
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      prefix = "0X";
      every = 4;
      break;
    default:
      digits = typeof abs === "bigint" ? bigDecimal(abs) : abs.toString();
  }
  return fillNumber(negative, f.alt ? prefix : "", digits, "", f, every);
}

/** `bool.__format__`: `str(b)` for an empty spec, else int formatting of 0/1. */
export function formatBool(b: boolean, spec: string): string {
  if (spec.length === 0) return b ? "True" : "False";
  return formatInt(b ? 1 : 0, spec, "bool");
}

function formatFloatSpec(value: number, f: FormatSpec): string {
  let type = f.type;
  let code: FloatCode;
  let precision = f.precision;
  if (precision > 2147483647) throw valueError("precision too big");
  if (precision > 0) checkStringLength(precision); // MemoryError before building `precision` digits
  let addDot0 = false;
  let x = value;
  let pct = false;
  switch (type) {
    case "":
      addDot0 = true;
      code = precision < 0 ? "r" : "g";
      break;
    case "n":
      type = "g";
      code = "g";
      break;
    case "%":
      code = "f";
      x = value * 100;
      pct = true;
      break;
    case "e":
    case "E":
      code = "e";
      break;
    case "f":
    case "F":
      code = "f";
      break;
    case "g":
    case "G":
      code = "g";
      break;
    default:
      // Callers dispatch on type first; a float reaching here is a float type code.
      throw valueError(`Unknown format code '${typeCodeForMessage(type)}' for object of type 'float'`);
  }
  if (precision < 0) precision = type === "" ? 0 : 6;
  const text = floatToString(x, code, precision, {
    alt: f.alt,
    addDot0,
    noNegZero: f.noNegZero,
    upper: type === "E" || type === "F" || type === "G",
  });
  const negative = text.startsWith("-");
  const unsigned = negative ? text.slice(1) : text;
  let i = 0;
  while (i < unsigned.length && unsigned.charCodeAt(i) >= 0x30 && unsigned.charCodeAt(i) <= 0x39) i++;
  return fillNumber(negative, "", unsigned.slice(0, i), unsigned.slice(i) + (pct ? "%" : ""), f, 3);
}

/** `float.__format__(x, spec)`. */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  if (spec.length === 0) return floatToString(x, "r", 0, { addDot0: true });
  const f = parseFormatSpec(spec, typeName, "", ">");
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatSpec(x, f);
    default:
      return unknownType(f.type, typeName);
  }
}

/** `str.__format__(s, spec)`. */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec.length === 0) return s;
  const f = parseFormatSpec(spec, typeName, "s", "<");
  if (f.type !== "s") unknownType(f.type, typeName);
  if (f.sign !== "") {
    throw valueError(f.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  }
  if (f.noNegZero) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let text = s;
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    text = cpSlice(s, 0, f.precision);
    len = f.precision;
  }
  const pad = Math.max(0, f.width - len);
  if (pad === 0) return text;
  switch (f.align) {
    case ">":
      return f.fill.repeat(pad) + text;
    case "^": {
      const left = Math.floor(pad / 2);
      return f.fill.repeat(left) + text + f.fill.repeat(pad - left);
    }
    default:
      return text + f.fill.repeat(pad);
  }
}
