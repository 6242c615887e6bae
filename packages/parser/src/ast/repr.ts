/**
 * Python `repr()` of constant values, as `ast.dump` prints them: str and
 * bytes with CPython's quote choice and escapes, floats in the shortest
 * round-tripping form with Python's switch to exponent notation (exponent
 * < -4 or >= 16), complex imaginary parts, big ints.
 */
import type { ConstantValue } from "./nodes.js";

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const out: string[] = [quote];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out.push("\\" + ch);
    else if (ch === "\t") out.push("\\t");
    else if (ch === "\n") out.push("\\n");
    else if (ch === "\r") out.push("\\r");
    else if (cp < 0x20 || cp === 0x7f) out.push("\\x" + hex(cp, 2));
    else if (cp < 0x7f) out.push(ch);
    else if (ch !== " " && NON_PRINTABLE.test(ch)) {
      out.push(cp < 0x100 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8));
    } else out.push(ch);
  }
  out.push(quote);
  return out.join("");
}

export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  const out: string[] = ["b", String.fromCharCode(quote)];
  for (const c of b) {
    if (c === quote || c === 92) out.push("\\" + String.fromCharCode(c));
    else if (c === 9) out.push("\\t");
    else if (c === 10) out.push("\\n");
    else if (c === 13) out.push("\\r");
    else if (c < 32 || c >= 127) out.push("\\x" + hex(c, 2));
    else out.push(String.fromCharCode(c));
  }
  out.push(String.fromCharCode(quote));
  return out.join("");
}

export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mant = "", expText = "0"] = Math.abs(x).toExponential().split("e");
  const exp = Number(expText);
  const digits = mant.replace(".", "");
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, "0");
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const intLen = exp + 1;
  if (digits.length <= intLen) return `${sign}${digits}${"0".repeat(intLen - digits.length)}.0`;
  return `${sign}${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
}

export function reprConstant(v: ConstantValue): string {
  switch (v.kind) {
    case "int": return v.value.toString();
    case "float": return reprFloat(v.value);
    case "complex": {
      const r = reprFloat(v.imag);
      return (r.endsWith(".0") ? r.slice(0, -2) : r) + "j";
    }
    case "str": return reprStr(v.value);
    case "bytes": return reprBytes(v.value);
    case "bool": return v.value ? "True" : "False";
    case "None": return "None";
    case "Ellipsis": return "Ellipsis";
  }
}
