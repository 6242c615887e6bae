/**
 * `complex.__format__(spec)`, after CPython 3.11's `format_complex_internal`:
 * both parts are formatted with the float presentation type; with no type
 * the result looks like `str(z)` (repr digits, parentheses unless the real
 * part is +0, which is then omitted). The imaginary part always carries a
 * sign unless the real part is omitted; zero padding and `=` alignment are
 * errors; the whole text is aligned right by default.
 *
 * https://docs.python.org/3.11/library/string.html#format-specification-mini-language
 */

import { valueError } from "../str/str-error.js";
import { cpLength } from "../str/code-points.js";
import { parseFormatSpec, typeCodeForMessage, type FormatSpec } from "./format-spec.js";
import { floatToString, type FloatCode } from "./float-to-string.js";
import { checkStringLength } from "../resource-limits.js";

function signOf(negative: boolean, sign: FormatSpec["sign"]): string {
  if (negative) return "-";
  return sign === "+" ? "+" : sign === " " ? " " : "";
}

/** The text of `format(complex(re, im), spec)`. */
export function formatComplexText(re: number, im: number, spec: string, typeName = "complex"): string {
  const f = parseFormatSpec(spec, typeName, "", ">");
  let type = f.type;
  switch (type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      break;
    default:
      throw valueError(`Unknown format code '${typeCodeForMessage(type)}' for object of type '${typeName}'`);
  }
  if (f.fill === "0") throw valueError("Zero padding is not allowed in complex format specifier");
  if (f.align === "=") throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let precision = f.precision;
  if (precision > 2147483647) throw valueError("precision too big");
  if (precision > 0) checkStringLength(precision); // MemoryError before building `precision` digits
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const code = type.toLowerCase() as FloatCode;
  const opts = { alt: f.alt, noNegZero: f.noNegZero, upper: type === "E" || type === "F" || type === "G" };
  const part = (x: number): [boolean, string] => {
    const t = floatToString(x, code, precision, opts);
    return t.startsWith("-") ? [true, t.slice(1)] : [false, t];
  };
  let body = "";
  if (!skipRe) {
    const [neg, digits] = part(re);
    body = signOf(neg, f.sign) + digits;
  }
  const [imNeg, imDigits] = part(im);
  body += (skipRe ? signOf(imNeg, f.sign) : imNeg ? "-" : "+") + imDigits + "j";
  if (parens) body = "(" + body + ")";
  const pad = Math.max(0, f.width - cpLength(body));
  if (pad === 0) return body;
  switch (f.align) {
    case "<":
      return body + f.fill.repeat(pad);
    case "^": {
      const left = Math.floor(pad / 2);
      return f.fill.repeat(left) + body + f.fill.repeat(pad - left);
    }
    default:
      return f.fill.repeat(pad) + body;
  }
}
