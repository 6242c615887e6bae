/**
 * Python-visible methods of int, bool, float and complex: constructors
 * (`int(x, base)`, `float(x)`, `bool(x)`, `complex(r, i)`), the operator
 * dunders (so user subclasses and explicit `int.__add__` calls work), and
 * the named methods (`bit_length`, `to_bytes`, `is_integer`, …).
 */

import type { PyValue } from "./object.js";
import { PyType, IntType, BoolType, typeOf } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethod, defineNew, defineGetSet, defineClassMethod } from "./builtin-function.js";
import { PyFloat, FloatType, newFloat, newFloatOfType } from "./float.js";
import { PyComplex, ComplexType } from "./complex.js";
import { PyIntObject, intBitLength, intAbs, big, normBig, bigToDecimal, type PyInt } from "./int.js";
import { intValue, floatValue, numberBinary, numberUnary, numberDivmod } from "./numeric.js";
import { nativeCompare } from "./native-compare.js";
import { newTuple } from "./tuple.js";
import { typeError, valueError, overflowError, typeName } from "./errors.js";
import { arity, parseArgs } from "./args.js";
import { asciiDigits, parseIntLiteral, parseFloatLiteral } from "./int-parse.js";
import { floatRepr } from "./float-repr.js";
import { strValue } from "./str-support.js";
import { NB_METHOD_NAMES, NB_RMETHOD_NAMES } from "../protocols/number.js";
import { CMP_METHOD_NAMES } from "../protocols/compare.js";
import { hashInt, hashFloat, hashNative } from "../protocols/hash.js";
import { isTrue } from "../protocols/truth.js";
import { callMethod0, callObject } from "../protocols/call.js";
import { asIndex } from "../protocols/index-value.js";
import { formatInt, formatFloat, formatComplex, floatFromHex } from "./format/index.js";
import { latin1 } from "./bytes/latin1.js";
import { PyBytes, PyByteArray } from "./bytes/bytes.js";
import { withPyErrors } from "./str/py-errors.js";

// ---- operator dunders -----------------------------------------------------------

/**
 * `accepts(other)`: whether this type's dunders handle `other` at all. int's
 * only take ints (CPython's `(3).__add__(2.5)` is NotImplemented, so
 * `3 + F(2.5)` reaches a float subclass's `__radd__`); float and complex also
 * take the narrower numeric kinds.
 */
function installNumberOps(t: PyType, ops: readonly number[], accepts: (other: PyValue) => boolean): void {
  for (const op of ops) {
    defineMethod(t, NB_METHOD_NAMES[op] as string, (self, args) => {
      const o = args[0] as PyValue;
      return accepts(o) ? (numberBinary(op, self, o) ?? NotImplemented) : NotImplemented;
    });
    defineMethod(t, NB_RMETHOD_NAMES[op] as string, (self, args) => {
      const o = args[0] as PyValue;
      return accepts(o) ? (numberBinary(op, o, self) ?? NotImplemented) : NotImplemented;
    });
  }
  for (let op = 0; op < 6; op++) {
    defineMethod(t, CMP_METHOD_NAMES[op] as string, (self, args) => {
      const o = args[0] as PyValue;
      return accepts(o) ? (nativeCompare(self, o, op) ?? NotImplemented) : NotImplemented;
    });
  }
  defineMethod(t, "__divmod__", (self, args) => {
    if (!accepts(args[0] as PyValue)) return NotImplemented;
    const r = numberDivmod(self, args[0] as PyValue);
    return r === undefined ? NotImplemented : newTuple(r);
  });
  defineMethod(t, "__rdivmod__", (self, args) => {
    if (!accepts(args[0] as PyValue)) return NotImplemented;
    const r = numberDivmod(args[0] as PyValue, self);
    return r === undefined ? NotImplemented : newTuple(r);
  });
  defineMethod(t, "__neg__", (self) => numberUnary(0, self) as PyValue);
  defineMethod(t, "__pos__", (self) => numberUnary(1, self) as PyValue);
  defineMethod(t, "__abs__", (self) => numberUnary(3, self) as PyValue);
  defineMethod(t, "__bool__", (self) => isTrue(unbox(self)));
}

function unbox(v: PyValue): PyValue {
  if (v instanceof PyIntObject) return v.value;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  return v;
}

const INT_OPS = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12];
const anyNumber = (): boolean => true;
installNumberOps(IntType, INT_OPS, (o) => intValue(o) !== undefined);
installNumberOps(FloatType, [0, 2, 5, 6, 8, 10, 11], anyNumber);
installNumberOps(ComplexType, [0, 5, 8, 10, 11], anyNumber);

function selfInt(v: PyValue): PyInt {
  const i = intValue(v);
  if (i === undefined) throw typeError(`descriptor requires an 'int' object but received '${typeName(v)}'`);
  return i;
}
function selfFloat(v: PyValue): number {
  if (!(v instanceof PyFloat)) throw typeError(`descriptor requires a 'float' object but received '${typeName(v)}'`);
  return v.value;
}

// ---- int ---------------------------------------------------------------------------

/** The value of a string of 1 to 15 ASCII digits (what `int(s)` gives), or -1 for anything else. */
function shortDecimal(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** `int(x)` conversion (no base). */
export function toInt(x: PyValue): PyInt {
  if (typeof x === "string") {
    const v = shortDecimal(x);
    if (v >= 0) return v;
  }
  const i = intValue(x);
  if (i !== undefined) return i;
  if (x instanceof PyFloat) return floatToInt(x.value);
  const s = strValue(x);
  if (s !== undefined) return parseIntLiteral(s, 10);
  const t = typeOf(x);
  const bytes = bytesLikeData(x);
  if (bytes !== undefined && t.lookup("__int__") === undefined) return parseIntLiteral(latin1(bytes), 10);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = t.lookup(name);
    if (f !== undefined) {
      const r = callMethod0(f, x);
      const ri = intValue(r);
      if (ri === undefined) throw typeError(`${name} returned non-int (type ${typeName(r)})`);
      return ri;
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

/** The data of a bytes or bytearray (`int(b"12")`), else undefined. */
function bytesLikeData(x: PyValue): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.value;
  if (x instanceof PyByteArray) return x.view();
  return undefined;
}

export function floatToInt(f: number): PyInt {
  if (f !== f) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(f)) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? t + 0 : normBig(BigInt(t));
}

defineNew(IntType, (args, kwnames) => {
  const cls = args[0] as PyType;
  const [x, base] = parseArgs("int", args.slice(1), kwnames, ["x", "base"], 0, 1);
  let v: PyInt;
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    v = 0;
  } else if (base === undefined) v = toInt(x);
  else {
    const b = asIndex(base);
    if (typeof b !== "number" || (b !== 0 && (b < 2 || b > 36))) throw valueError("int() base must be >= 2 and <= 36, or 0");
    const bytes = bytesLikeData(x);
    const s = strValue(x) ?? (bytes === undefined ? undefined : latin1(bytes));
    if (s === undefined) throw typeError("int() can't convert non-string with explicit base");
    v = parseIntLiteral(s, b);
  }
  return cls === IntType ? v : new PyIntObject(v, cls);
});
// `int(x)`: what int.__new__ does for one argument (object.__init__ then accepts it).
IntType.call1 = toInt;

defineMethod(IntType, "__repr__", (self) => {
  const v = selfInt(self);
  return typeof v === "bigint" ? bigToDecimal(v) : String(v);
});
defineMethod(IntType, "__hash__", (self) => hashInt(selfInt(self)));
defineMethod(IntType, "__int__", (self) => selfInt(self));
defineMethod(IntType, "__index__", (self) => selfInt(self));
defineMethod(IntType, "__float__", (self) => newFloat(floatValue(selfInt(self)) as number));
defineMethod(IntType, "__invert__", (self) => numberUnary(2, selfInt(self)) as PyValue);
defineMethod(IntType, "__trunc__", (self) => selfInt(self));
defineMethod(IntType, "__floor__", (self) => selfInt(self));
defineMethod(IntType, "__ceil__", (self) => selfInt(self));
defineMethod(IntType, "__round__", (self, args) => {
  const x = selfInt(self);
  const nd = args[0];
  if (nd === undefined || nd === None) return x;
  const n = asIndex(nd);
  if (n >= 0) return x;
  const p = 10n ** big(-big(n));
  const bx = big(x);
  let q = bx / p, r = bx % p;
  if (r < 0n) { q -= 1n; r += p; }
  if (r * 2n > p || (r * 2n === p && q % 2n !== 0n)) q += 1n;
  return normBig(q * p);
});
defineMethod(IntType, "__format__", (self, args) => formatInt(selfInt(self), strValue(args[0] as PyValue) ?? ""));
defineMethod(IntType, "__getnewargs__", (self) => newTuple([selfInt(self)]));
defineMethod(IntType, "bit_length", (self) => intBitLength(selfInt(self)));
defineMethod(IntType, "bit_count", (self) => {
  let x = big(intAbs(selfInt(self)));
  let n = 0;
  while (x > 0n) { n += Number(x & 1n); x >>= 1n; }
  return n;
});
defineMethod(IntType, "conjugate", (self) => selfInt(self));
defineMethod(IntType, "as_integer_ratio", (self) => newTuple([selfInt(self), 1]));
defineGetSet(IntType, "real", (self) => selfInt(self));
defineGetSet(IntType, "imag", () => 0);
defineGetSet(IntType, "numerator", (self) => selfInt(self));
defineGetSet(IntType, "denominator", () => 1);

function byteorderArg(v: PyValue | undefined): boolean {
  const s = v === undefined ? "big" : strValue(v);
  if (s === "big") return false;
  if (s === "little") return true;
  throw valueError("byteorder must be either 'little' or 'big'");
}

defineMethod(IntType, "to_bytes", (self, args, kwnames) => {
  const [length, byteorder, signed] = parseArgs("to_bytes", args, kwnames, ["length", "byteorder", "signed"], 0);
  const n = length === undefined ? 1 : Number(asIndex(length));
  const little = byteorderArg(byteorder);
  const sgn = signed !== undefined && isTrue(signed);
  let x = big(selfInt(self));
  if (x < 0n && !sgn) throw overflowError("can't convert negative int to unsigned");
  const bits = BigInt(n * 8);
  if (sgn ? x >= 1n << (bits - 1n) || x < -(1n << (bits - 1n)) : x >= 1n << bits) throw overflowError("int too big to convert");
  if (x < 0n) x += 1n << bits;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[little ? i : n - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return makeBytes(out);
});

/** Hook for the bytes type (owned elsewhere): set by whoever implements bytes. */
let bytesFactory: ((data: Uint8Array) => PyValue) | null = null;
let bytesReader: ((v: PyValue) => Uint8Array | undefined) | null = null;
export function registerBytesHooks(make: (data: Uint8Array) => PyValue, read: (v: PyValue) => Uint8Array | undefined): void {
  bytesFactory = make;
  bytesReader = read;
}
function makeBytes(d: Uint8Array): PyValue {
  if (bytesFactory === null) throw typeError("bytes are not available");
  return bytesFactory(d);
}

defineClassMethod(IntType, "from_bytes", (cls, args, kwnames) => {
  const [bytes, byteorder, signed] = parseArgs("from_bytes", args, kwnames, ["bytes", "byteorder", "signed"], 1);
  const data = bytesReader?.(bytes as PyValue);
  if (data === undefined) throw typeError(`cannot convert '${typeName(bytes as PyValue)}' object to bytes`);
  const little = byteorderArg(byteorder);
  let x = 0n;
  for (let i = 0; i < data.length; i++) x = (x << 8n) | BigInt(data[little ? data.length - 1 - i : i] ?? 0);
  if (signed !== undefined && isTrue(signed) && data.length > 0 && x >= 1n << BigInt(data.length * 8 - 1)) x -= 1n << BigInt(data.length * 8);
  const v = normBig(x);
  return cls === IntType ? v : new PyIntObject(v, cls as PyType);
});

// ---- bool ----------------------------------------------------------------------------

defineNew(BoolType, (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("bool() takes no keyword arguments");
  if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length === 2 ? isTrue(args[1] as PyValue) : false;
});
defineMethod(BoolType, "__repr__", (self) => (self === true ? "True" : "False"));
for (const [name, op] of [["__and__", 1], ["__or__", 7], ["__xor__", 12]] as const) {
  defineMethod(BoolType, name, (self, args) => numberBinary(op, self, args[0] as PyValue) ?? NotImplemented);
  defineMethod(BoolType, "__r" + name.slice(2), (self, args) => numberBinary(op, args[0] as PyValue, self) ?? NotImplemented);
}

// ---- float ---------------------------------------------------------------------------

/** `float(x)` conversion. */
export function toFloat(x: PyValue): number {
  if (x instanceof PyFloat) return x.value;
  const i = intValue(x);
  if (i !== undefined) return floatValue(i) as number;
  const s = strValue(x);
  if (s !== undefined) return parseFloatLiteral(s);
  const t = typeOf(x);
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = callMethod0(f, x);
    if (!(r instanceof PyFloat)) throw typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  const idx = t.lookup("__index__");
  if (idx !== undefined) return floatValue(asIndex(x)) as number;
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

defineNew(FloatType, (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("float() takes no keyword arguments");
  if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`);
  const cls = args[0] as PyType;
  const v = args.length === 2 ? toFloat(args[1] as PyValue) : 0;
  return newFloatOfType(v, cls);
});
defineMethod(FloatType, "__repr__", (self) => floatRepr(selfFloat(self)));
defineMethod(FloatType, "__hash__", (self) => hashFloat(selfFloat(self), self));
defineMethod(FloatType, "__float__", (self) => newFloat(selfFloat(self)));
defineMethod(FloatType, "__int__", (self) => floatToInt(selfFloat(self)));
defineMethod(FloatType, "__trunc__", (self) => floatToInt(selfFloat(self)));
defineMethod(FloatType, "__floor__", (self) => floatToInt(Math.floor(selfFloat(self))));
defineMethod(FloatType, "__ceil__", (self) => floatToInt(Math.ceil(selfFloat(self))));
defineMethod(FloatType, "__round__", (self, args) => roundFloat(selfFloat(self), args[0]));
defineMethod(FloatType, "__format__", (self, args) => formatFloat(selfFloat(self), strValue(args[0] as PyValue) ?? ""));
defineMethod(FloatType, "is_integer", (self) => Number.isInteger(selfFloat(self)));
defineMethod(FloatType, "__getnewargs__", (self) => newTuple([newFloat(selfFloat(self))]));
defineClassMethod(FloatType, "__getformat__", (_cls, args, kwnames) => {
  arity("__getformat__", args, kwnames, 1, 1);
  const t = strValue(args[0]);
  if (t === undefined) throw typeError(`__getformat__() argument must be str, not ${typeName(args[0] as PyValue)}`);
  if (t !== "double" && t !== "float") throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return "IEEE, little-endian";
});
defineMethod(FloatType, "conjugate", (self) => newFloat(selfFloat(self)));
defineGetSet(FloatType, "real", (self) => newFloat(selfFloat(self)));
defineGetSet(FloatType, "imag", () => newFloat(0));
defineMethod(FloatType, "as_integer_ratio", (self) => {
  const f = selfFloat(self);
  if (f !== f) throw valueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(f)) throw overflowError("cannot convert Infinity to integer ratio");
  let m = f, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let n = BigInt(m), d = 1n << BigInt(e);
  while (e > 0 && n % 2n === 0n) { n /= 2n; d /= 2n; e--; }
  return newTuple([normBig(n), normBig(d)]);
});
defineMethod(FloatType, "hex", (self) => floatHex(selfFloat(self)));
defineClassMethod(FloatType, "fromhex", (cls, args, kwnames) => {
  arity("fromhex", args, kwnames, 1, 1);
  const s = strValue(args[0]);
  if (s === undefined) throw typeError(`bad argument type for built-in operation`);
  const v = withPyErrors(() => floatFromHex(s));
  return cls === FloatType ? newFloat(v) : callObject(cls, [newFloat(v)], null);
});

export function floatHex(f: number): string {
  if (f !== f) return "nan";
  if (!Number.isFinite(f)) return f > 0 ? "inf" : "-inf";
  const sign = f < 0 || Object.is(f, -0) ? "-" : "";
  let a = Math.abs(f);
  if (a === 0) return sign + "0x0.0p+0";
  let e = 0;
  if (a < 2 ** -1022) { a *= 2 ** 1022; e = -1022; return sign + "0x0." + fracHex(a) + "p" + e; }
  while (a >= 2) { a /= 2; e++; }
  while (a < 1) { a *= 2; e--; }
  return sign + "0x1." + fracHex(a - 1) + "p" + (e >= 0 ? "+" : "") + e;
}
function fracHex(frac: number): string {
  let out = "";
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    out += d.toString(16);
    frac -= d;
  }
  return out;
}

/** `round(x, ndigits)` for floats (correctly rounded, half-even, via decimal strings). */
export function roundFloat(x: number, nd: PyValue | undefined): PyValue {
  if (nd === undefined || nd === None) {
    if (x !== x) throw valueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return floatToInt(r);
  }
  const n = asIndex(nd);
  if (!Number.isFinite(x) || x === 0) return newFloat(x);
  const digits = Number(n);
  if (digits > 323) return newFloat(x);
  if (digits < -308) return newFloat(0 * Math.sign(x));
  // Exact decimal expansion of x, then round half-even at `digits`.
  const r = roundDecimal(x, digits);
  return newFloat(r);
}

function roundDecimal(x: number, digits: number): number {
  // x = m * 2^e exactly
  let m = Math.abs(x), e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  let num = BigInt(m), den = 1n;
  if (e < 0) den = 1n << BigInt(-e);
  // scale by 10^digits
  if (digits >= 0) num *= 10n ** BigInt(digits);
  else den *= 10n ** BigInt(-digits);
  let q = num / den;
  const r = num % den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) q += 1n;
  const s = digits >= 0 ? `${q}e-${digits}` : `${q}e${-digits}`;
  const v = Number(s);
  if (!Number.isFinite(v)) throw overflowError("rounded value too large to represent");
  return x < 0 ? -v : v;
}

// ---- complex -------------------------------------------------------------------------

defineNew(ComplexType, (args, kwnames) => {
  const cls = args[0] as PyType;
  const [reArg, im] = parseArgs("complex", args.slice(1), kwnames, ["real", "imag"], 0);
  // CPython's complex_new: the parts are combined without adding 0.0 to them (keeps -0.0).
  let r = 0, rImag = 0, reIsComplex = false;
  let re = reArg;
  if (re !== undefined && typeof re === "object" && !(re instanceof PyComplex && re.cls === ComplexType)) {
    const special = typeOf(re).lookup("__complex__");
    if (special !== undefined) {
      const c = callMethod0(special, re);
      if (!(c instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(c)})`);
      re = c;
    }
  }
  if (re !== undefined) {
    if (re instanceof PyComplex) { r = re.real; rImag = re.imag; reIsComplex = true; }
    else if (strValue(re) !== undefined) {
      if (im !== undefined) throw typeError("complex() can't take second arg if first is a string");
      const c = parseComplex(strValue(re) as string);
      r = c[0]; rImag = c[1];
    } else r = toFloat(re);
  }
  let i: number;
  if (im === undefined) i = rImag;
  else {
    if (im instanceof PyComplex) { i = im.real; r -= im.imag; }
    else i = toFloat(im);
    if (reIsComplex) i += rImag;
  }
  return new PyComplex(r, i, cls);
});

function parseComplex(s: string): [number, number] {
  const t = asciiDigits(s).trim().replace(/^\((.*)\)$/, "$1").trim();
  const num = "(?:[0-9][0-9_]*\\.?[0-9_]*(?:[eE][+-]?[0-9]+)?|\\.[0-9_]+(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)";
  let m = new RegExp(`^([+-]?${num})?(?:([+-]${num}?)[jJ])?$`, "i").exec(t);
  if (m !== null && (m[1] !== undefined || m[2] !== undefined)) {
    const re = m[1] !== undefined ? parseFloatLiteral(m[1]) : 0;
    const imS = m[2];
    const im = imS === undefined ? 0 : imS === "+" || imS === "-" ? (imS === "-" ? -1 : 1) : parseFloatLiteral(imS);
    return [re, im];
  }
  m = new RegExp(`^([+-]?${num}?)[jJ]$`, "i").exec(t);
  if (m !== null) {
    const x = m[1] ?? "";
    return [0, x === "" || x === "+" ? 1 : x === "-" ? -1 : parseFloatLiteral(x)];
  }
  throw valueError("complex() arg is a malformed string");
}

function cplx(v: PyValue): PyComplex {
  if (!(v instanceof PyComplex)) throw typeError(`descriptor requires a 'complex' object but received '${typeName(v)}'`);
  return v;
}

/** repr of a complex number, CPython style: `1j`, `(1+2j)`, `(-0-1j)`. */
export function complexRepr(c: PyComplex): string {
  const fmt = (x: number): string => {
    const s = floatRepr(x);
    return s.endsWith(".0") ? s.slice(0, -2) : s;
  };
  if (c.real === 0 && !Object.is(c.real, -0)) return fmt(c.imag) + "j";
  const im = fmt(c.imag);
  const sign = im.startsWith("-") || im === "nan" && false ? "" : "+";
  return `(${fmt(c.real)}${sign}${im}j)`;
}
defineMethod(ComplexType, "__repr__", (self) => complexRepr(cplx(self)));
defineMethod(ComplexType, "__hash__", (self) => hashNative(cplx(self)) as PyValue);
defineMethod(ComplexType, "conjugate", (self) => new PyComplex(cplx(self).real, -cplx(self).imag));
defineMethod(ComplexType, "__complex__", (self) => new PyComplex(cplx(self).real, cplx(self).imag));
defineMethod(ComplexType, "__getnewargs__", (self) => newTuple([newFloat(cplx(self).real), newFloat(cplx(self).imag)]));
defineGetSet(ComplexType, "real", (self) => newFloat(cplx(self).real));
defineGetSet(ComplexType, "imag", (self) => newFloat(cplx(self).imag));
defineMethod(ComplexType, "__format__", (self, args) => {
  const spec = strValue(args[0] as PyValue) ?? "";
  if (spec === "") return complexRepr(cplx(self));
  return formatComplex(cplx(self).real, cplx(self).imag, spec);
});
