/**
 * `PyOS_double_to_string`: a double rendered in CPython's `e`/`f`/`g`/`r` layouts,
 * and `repr(float)` built on it.
 *
 * The layout follows CPython's `format_float_short` (Python/pystrtod.c): take
 * dtoa-style digits (see `float-digits.ts`), decide between fixed and exponent
 * notation, pad with zeros to the mode's minimum digit count, drop a trailing
 * `.` unless `#` was given, append `e±XX` (at least two exponent digits).
 * `repr` is mode `r`: shortest digits, exponent when the decimal exponent is
 * < -4 or ≥ 16, `.0` appended to integral values.
 *
 * https://docs.python.org/3.11/library/functions.html#repr
 */

import { fixedDigits, shortestDigits, significantDigits, type DecimalDigits } from "./float-digits.js";

export interface FloatToStringOptions {
  /** `+` for non-negative values (the `+` sign option). */
  readonly alwaysSign?: boolean;
  /** Append `.0` to integral results (repr, and format's no-type mode). */
  readonly addDot0?: boolean;
  /** `#`: keep the decimal point and, for `g`, trailing zeros. */
  readonly alt?: boolean;
  /** `z` (3.11): render a negative value that rounds to zero without its sign. */
  readonly noNegZero?: boolean;
  /** Uppercase `E`, `INF`, `NAN`. */
  readonly upper?: boolean;
}

/** The dtoa-style mode letters: `e` exponent, `f` fixed, `g` general, `r` repr (shortest). */
export type FloatCode = "e" | "f" | "g" | "r";

/**
 * Render `x` (precision ignored for `r`). Returns the text without padding;
 * the sign, when present, is its first character.
 */
export function floatToString(x: number, code: FloatCode, precision: number, opts: FloatToStringOptions = {}): string {
  const negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) {
    const body = Number.isNaN(x) ? "nan" : "inf";
    const sign = Number.isNaN(x) ? (opts.alwaysSign ? "+" : "") : negative ? "-" : opts.alwaysSign ? "+" : "";
    return sign + (opts.upper ? body.toUpperCase() : body);
  }
  let d: DecimalDigits;
  let prec = precision;
  switch (code) {
    case "e":
      prec = precision + 1;
      d = significantDigits(x, prec);
      break;
    case "f":
      d = fixedDigits(x, precision);
      break;
    case "g":
      if (prec === 0) prec = 1;
      d = significantDigits(x, prec);
      break;
    case "r":
      d = shortestDigits(x);
      break;
  }
  const { digits } = d;
  let decpt = d.decpt;
  const isZero = digits === "0";
  let sign = "";
  if (negative && !(opts.noNegZero === true && isZero)) sign = "-";
  else if (opts.alwaysSign) sign = "+";

  const addDot0 = opts.addDot0 === true;
  const alt = opts.alt === true;
  let useExp = false;
  let vdigitsEnd = digits.length;
  switch (code) {
    case "e":
      useExp = true;
      vdigitsEnd = prec;
      break;
    case "f":
      vdigitsEnd = decpt + prec;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) useExp = true;
      if (alt) vdigitsEnd = prec;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  // Zero has decpt 1 in every mode; CPython's dtoa reports the same.
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (!useExp && addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  let out = sign;
  if (decpt <= 0) {
    out += "0." + "0".repeat(-decpt) + digits;
    out += "0".repeat(Math.max(0, vdigitsEnd - digits.length));
  } else if (decpt <= digits.length) {
    out += digits.slice(0, decpt) + "." + digits.slice(decpt);
    out += "0".repeat(Math.max(0, vdigitsEnd - digits.length));
  } else {
    out += digits + "0".repeat(decpt - digits.length) + "." + "0".repeat(Math.max(0, vdigitsEnd - decpt));
  }
  if (out.endsWith(".") && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (opts.upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
  }
  return out;
}

/** `repr(x)` / `str(x)` for a Python float. */
export function floatRepr(x: number): string {
  return floatToString(x, "r", 0, { addDot0: true });
}

/** `str(x)` for a Python float (identical to repr since Python 3.2). */
export const floatStr = floatRepr;
