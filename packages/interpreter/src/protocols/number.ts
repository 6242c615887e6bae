/**
 * Arithmetic operators: `binaryOp(op, a, b)` (NB_* numbering from
 * @pyvm/bytecode; in-place forms are op ≥ 13), `unaryNegative`/`Positive`/
 * `Invert`/`Not`.
 *
 * Order of attempts follows CPython's `binary_op1`: exact-type fast paths for
 * ints, floats and strs; then the left operand's `__op__` and the right
 * operand's `__rop__`, trying the right first when its type is a proper
 * subclass of the left's that overrides `__rop__`; NotImplemented from both
 * is a TypeError. In-place operators first try `__iop__`.
 */

import { NB_OP_SYMBOLS } from "@pyvm/bytecode";
import type { PyValue } from "../objects/object.js";
import { typeOf, StrType } from "../objects/type.js";
import { ListType } from "../objects/list.js";
import { TupleType } from "../objects/tuple.js";
import { BytesType, ByteArrayType } from "../objects/bytes/bytes.js";
import { PyFloat, FloatType, newFloat } from "../objects/float.js";
import { NotImplemented } from "../objects/singletons.js";
import { numberBinary, intBinary } from "../objects/numeric.js";
import { unsupportedOperand, badUnaryOperand, zeroDivision, typeError, typeName } from "../objects/errors.js";
import { callMethod0, callMethod1 } from "./call.js";
import { isTrue } from "./truth.js";
import { intFloorDiv, intMod, normBig } from "../objects/int.js";

/** `__add__`, … by NB_* number (0..12). */
export const NB_METHOD_NAMES: readonly string[] = [
  "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__",
  "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__",
];
export const NB_RMETHOD_NAMES: readonly string[] = NB_METHOD_NAMES.map((n) => "__r" + n.slice(2));
export const NB_IMETHOD_NAMES: readonly string[] = NB_METHOD_NAMES.map((n) => "__i" + n.slice(2));

/** `a <op> b` for NB_* `op` (in-place when op ≥ 13). */
export function binaryOp(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case 0:
      case 13: {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
      case 10:
      case 23: {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
      case 5:
      case 18: {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
        break;
      }
      case 2:
      case 15:
        if (b !== 0) return intFloorDiv(a, b);
        break;
      case 6:
      case 19:
        if (b !== 0) return intMod(a, b);
        break;
      case 11:
      case 24:
        if (b !== 0) return newFloat(a / b);
        break;
      case 1:
      case 14:
        if ((a | 0) === a && (b | 0) === b) return a & b;
        break;
      case 7:
      case 20:
        if ((a | 0) === a && (b | 0) === b) return a | b;
        break;
      case 12:
      case 25:
        if ((a | 0) === a && (b | 0) === b) return a ^ b;
        break;
    }
    // Exact ints past the fast cases (overflow into bigint, shifts, pow, …): int
    // has no dunder a subclass could override here, so go straight to the int code.
    const r = intBinary(op >= 13 ? op - 13 : op, a, b);
    if (r !== undefined) return r;
  } else if (typeof a === "bigint" ? typeof b === "number" || typeof b === "bigint" : typeof b === "bigint" && typeof a === "number") {
    const r = intBinary(op >= 13 ? op - 13 : op, a as bigint | number, b as bigint | number);
    if (r !== undefined) return r;
  } else if (typeof a === "object" && typeof b === "object") {
    if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) {
      const x = a.value, y = b.value;
      switch (op) {
        case 0: case 13: return newFloat(x + y);
        case 10: case 23: return newFloat(x - y);
        case 5: case 18: return newFloat(x * y);
        case 11: case 24:
          if (y === 0) throw zeroDivision("float division by zero");
          return newFloat(x / y);
      }
    }
  } else if (typeof a === "string" && typeof b === "string" && (op === 0 || op === 13)) {
    return a + b;
  }
  return op >= 13 ? inplaceSlow(op, a, b) : binarySlow(op, a, b);
}

/** In-place operator (`op` is the NB_INPLACE_* number). */
export function inplaceOp(op: number, a: PyValue, b: PyValue): PyValue {
  return binaryOp(op < 13 ? op + 13 : op, a, b);
}

/** An exact int, bool or float (no subclass instance: those may override the dunders). */
export function isExactNumber(v: PyValue): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean" || (v instanceof PyFloat && v.cls === FloatType);
}

function inplaceSlow(op: number, a: PyValue, b: PyValue): PyValue {
  const base = op - 13;
  const ta = typeOf(a);
  const im = ta.lookup(NB_IMETHOD_NAMES[base] as string);
  if (im !== undefined) {
    const r = callMethod1(im, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binaryTry(base, a, b);
  if (r !== NotImplemented) return r;
  throw unsupportedOperand(NB_OP_SYMBOLS[op] as string, a, b);
}

function binarySlow(op: number, a: PyValue, b: PyValue): PyValue {
  const r = binaryTry(op, a, b);
  if (r !== NotImplemented) return r;
  throw unsupportedOperand(NB_OP_SYMBOLS[op] as string, a, b);
}

/** Try `a.__op__(b)` / `b.__rop__(a)` in CPython's order; NotImplemented if neither applies. */
export function binaryTry(op: number, a: PyValue, b: PyValue): PyValue {
  if (isExactNumber(a) && isExactNumber(b)) {
    const r = numberBinary(op, a, b);
    if (r !== undefined) return r;
  }
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(NB_METHOD_NAMES[op] as string);
  let fb: PyValue | undefined;
  if (ta !== tb) {
    const rname = NB_RMETHOD_NAMES[op] as string;
    fb = tb.lookup(rname);
    if (fb !== undefined && tb.isSubtypeOf(ta) && fb !== ta.lookup(rname)) {
      const r = callMethod1(fb, b, a);
      if (r !== NotImplemented) return r;
      fb = undefined;
    }
  }
  // list/tuple/str/bytes `+` and `*` are CPython sequence slots, tried only after the
  // right operand's reflected method ([1] + UserList(), "a" * R()).
  if (fa !== undefined && fb !== undefined && (op === 0 || op === 5) && isSequenceSlot(fa, NB_METHOD_NAMES[op] as string) && !isSequenceSlot(fb, NB_RMETHOD_NAMES[op] as string)) {
    const r = callMethod1(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callMethod1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callMethod1(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

function isSequenceSlot(f: PyValue, name: string): boolean {
  return f === ListType.attrs.get(name) || f === TupleType.attrs.get(name) || f === StrType.attrs.get(name) ||
    f === BytesType.attrs.get(name) || f === ByteArrayType.attrs.get(name);
}

function unary(name: string, sym: string, v: PyValue): PyValue {
  const f = typeOf(v).lookup(name);
  if (f === undefined) throw badUnaryOperand(sym, v);
  return callMethod0(f, v);
}

export function unaryNegative(v: PyValue): PyValue {
  if (typeof v === "number") return 0 - v;
  if (v instanceof PyFloat && v.cls === FloatType) return newFloat(-v.value);
  if (typeof v === "bigint") return normBig(-v);
  return unary("__neg__", "-", v);
}

export function unaryPositive(v: PyValue): PyValue {
  if (typeof v === "number" || typeof v === "bigint") return v;
  return unary("__pos__", "+", v);
}

export function unaryInvert(v: PyValue): PyValue {
  if (typeof v === "number" && (v | 0) === v) return ~v;
  return unary("__invert__", "~", v);
}

export function unaryNot(v: PyValue): boolean {
  return !isTrue(v);
}

/** `abs(v)`. */
export function absolute(v: PyValue): PyValue {
  if (typeof v === "number") return v < 0 ? -v : v;
  const f = typeOf(v).lookup("__abs__");
  if (f === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return callMethod0(f, v);
}
