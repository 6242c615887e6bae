/**
 * Python `repr()` of compile-time constants, for the disassembler and for
 * tests: str/bytes quoting and escaping, float's shortest round-trip form
 * (fixed notation for exponents in [-4, 16), else `1e+16` style), tuples,
 * frozensets and `<code object …>`.
 */
import type { CodeConst, CodeObject } from "./code-object.js";

const codeIds = new WeakMap<CodeObject, number>();
let nextCodeId = 0x7f0000001000;

export function codeRepr(co: CodeObject): string {
  let id = codeIds.get(co);
  if (id === undefined) {
    id = nextCodeId;
    nextCodeId += 0x100;
    codeIds.set(co, id);
  }
  return `<code object ${co.name} at 0x${id.toString(16)}, file "${co.filename}", line ${co.firstlineno}>`;
}

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mant = "0", expStr = "0"] = Math.abs(x).toExponential().split("e");
  const digits = mant.replace(".", "");
  const exp = Number(expStr);
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
      const frac = digits.slice(exp + 1);
      return `${sign}${intPart}.${frac === "" ? "0" : frac}`;
    }
    return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exp).toString().padStart(2, "0");
  return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp >= 0x80 && ch !== " " && /[\p{C}\p{Z}]/u.test(ch)) {
      out += cp < 0x100 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}

export function constRepr(v: CodeConst): string {
  switch (v.kind) {
    case "int":
      return v.value.toString();
    case "float":
      return floatRepr(v.value);
    case "complex": {
      const r = floatRepr(v.imag);
      return `${r.endsWith(".0") ? r.slice(0, -2) : r}j`;
    }
    case "str":
      return strRepr(v.value);
    case "bytes":
      return bytesRepr(v.value);
    case "bool":
      return v.value ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "Ellipsis";
    case "tuple":
      if (v.items.length === 1) return `(${constRepr(v.items[0] as CodeConst)},)`;
      return `(${v.items.map(constRepr).join(", ")})`;
    case "frozenset":
      return v.items.length === 0 ? "frozenset()" : `frozenset({${v.items.map(constRepr).join(", ")}})`;
    case "code":
      return codeRepr(v);
  }
}
