/**
 * `repr(float)`: the shortest string that round-trips (JS's
 * `Number.prototype.toString` finds the same digits), laid out the way
 * CPython's `float_repr_style = 'short'` does: positional notation when the
 * decimal exponent is in [-4, 16), scientific otherwise, always with a `.0`
 * or an exponent so it reads back as a float (`1.0`, `1e+16`, `1.5e-07`,
 * `inf`, `nan`, `-0.0`).
 */

/** Decimal digits and exponent of the shortest round-trip form: value = 0.d1d2… × 10^exp. */
export function shortestDigits(v: number): { digits: string; exp: number } {
  // toExponential() without argument gives the shortest round-trip digits.
  const s = v.toExponential();
  const e = s.indexOf("e");
  const mant = s.slice(0, e).replace(".", "").replace("-", "");
  const exp = parseInt(s.slice(e + 1), 10);
  return { digits: mant, exp: exp + 1 };
}

export function floatRepr(v: number): string {
  if (v !== v) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const sign = v < 0 ? "-" : "";
  const { digits, exp } = shortestDigits(Math.abs(v));
  // decpt = exp: value = 0.DIGITS × 10^exp
  const decpt = exp;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + "0".repeat(decpt - digits.length) + ".0";
    return sign + digits.slice(0, decpt) + "." + digits.slice(decpt);
  }
  const e = decpt - 1;
  const mant = digits.length === 1 ? digits : digits[0] + "." + digits.slice(1);
  return sign + mant + "e" + (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(2, "0");
}
