import { describe, expect, it } from "vitest";
import { StrLibError } from "../str/str-error.js";
import { asciiEscape, strRepr } from "../str/str-repr.js";
import {
  decodeValue,
  loadVectors,
  VecDict,
  VecFloat,
  VecNamespace,
  VecTuple,
  type VecValue,
} from "../str/test-vectors.js";
import { floatRepr } from "./float-to-string.js";
import { formatBool, formatFloat, formatInt, formatStr } from "./format-number.js";
import { percentFormat, type PercentHost } from "./percent-format.js";
import { strFormat, type StrFormatHost } from "./str-format.js";

/** An exception raised by the test's stand-in object model. */
class HostError {
  constructor(
    readonly kind: string,
    readonly message: string,
  ) {}
}

function typeName(v: VecValue): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number" || typeof v === "bigint") return "int";
  if (typeof v === "string") return "str";
  if (v instanceof VecFloat) return "float";
  if (v instanceof VecTuple) return "tuple";
  if (v instanceof VecDict) return "dict";
  if (v instanceof VecNamespace) return "types.SimpleNamespace";
  if (Array.isArray(v)) return "list";
  return "bytes";
}

function repr(v: VecValue): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof VecFloat) return floatRepr(v.value);
  if (v instanceof VecTuple) return v.items.length === 1 ? `(${repr(v.items[0] as VecValue)},)` : `(${v.items.map(repr).join(", ")})`;
  if (v instanceof VecDict) return `{${v.entries.map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ")}}`;
  if (v instanceof VecNamespace) return `namespace(${[...v.attrs].map(([k, x]) => `${k}=${repr(x)}`).join(", ")})`;
  if (Array.isArray(v)) return `[${v.map(repr).join(", ")}]`;
  throw new Error("unsupported");
}

const str = (v: VecValue): string => (typeof v === "string" ? v : repr(v));

function format(v: VecValue, spec: string): string {
  if (typeof v === "boolean") return formatBool(v, spec);
  if (typeof v === "number" || typeof v === "bigint") return formatInt(v, spec);
  if (typeof v === "string") return formatStr(v, spec);
  if (v instanceof VecFloat) return formatFloat(v.value, spec);
  if (spec !== "") throw new HostError("TypeError", `unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

function toInt(v: VecValue): number | bigint | undefined {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (v instanceof VecFloat) {
    if (Number.isNaN(v.value)) throw new HostError("ValueError", "cannot convert float NaN to integer");
    if (!Number.isFinite(v.value)) throw new HostError("OverflowError", "cannot convert float infinity to integer");
    const t = Math.trunc(v.value);
    return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
  }
  return undefined;
}

function toIndex(v: VecValue): number | bigint | undefined {
  return typeof v === "boolean" || typeof v === "number" || typeof v === "bigint" ? toInt(v) : undefined;
}

const host: PercentHost<VecValue> & StrFormatHost<VecValue> = {
  str,
  repr,
  ascii: (v) => asciiEscape(repr(v)),
  typeName,
  toInt,
  toIndex,
  toFloat: (v) => {
    if (v instanceof VecFloat) return v.value;
    const i = toIndex(v);
    return i === undefined ? undefined : Number(i);
  },
  toChar: (v) => (typeof v === "string" ? v : toIndex(v)),
  toStarInt: (v) => (typeof v === "number" || typeof v === "bigint" ? v : undefined),
  getItem(m, key) {
    if (m instanceof VecDict) {
      const e = m.entries.find(([k]) => k === key);
      if (e === undefined) throw new StrLibError("KeyError", "", key);
      return e[1];
    }
    const seq = Array.isArray(m) ? m : m instanceof VecTuple ? m.items : typeof m === "string" ? Array.from(m) : undefined;
    if (seq !== undefined) {
      if (typeof key !== "number") throw new HostError("TypeError", `${typeName(m)} indices must be integers or slices, not str`);
      const x = seq[key];
      if (x === undefined) throw new HostError("IndexError", `${typeName(m)} index out of range`);
      return x;
    }
    throw new HostError("TypeError", `'${typeName(m)}' object is not subscriptable`);
  },
  getAttr(v, name) {
    if (v instanceof VecNamespace && v.attrs.has(name)) return v.attrs.get(name) as VecValue;
    if (typeof v === "number" && name === "real") return v;
    throw new HostError("AttributeError", `'${typeName(v)}' object has no attribute '${name}'`);
  },
  format,
};

function outcome(fn: () => string): string {
  try {
    return `ok ${JSON.stringify(fn())}`;
  } catch (e) {
    if (e instanceof StrLibError) return e.kind === "KeyError" ? `KeyError: ${repr(e.key as VecValue)}` : `${e.kind}: ${e.message}`;
    if (e instanceof HostError) return `${e.kind}: ${e.message}`;
    throw e;
  }
}

const isMapping = (v: VecValue): boolean => v instanceof VecDict || Array.isArray(v) || v instanceof VecNamespace;

describe("str % args matches CPython 3.11 (test-data/str/percent-format.json)", () => {
  it("all cases", () => {
    const failures: string[] = [];
    for (const c of loadVectors("percent-format.json")) {
      const fmt = c.raw["f"] as string;
      const a = decodeValue(c.raw["a"] ?? null);
      const got = outcome(() =>
        percentFormat(fmt, a instanceof VecTuple ? { kind: "tuple", items: a.items } : { kind: "single", value: a, isMapping: isMapping(a) }, host),
      );
      const want = c.exc ? `${c.exc[0]}: ${c.exc[1]}` : `ok ${JSON.stringify(c.result)}`;
      if (got !== want) failures.push(`${JSON.stringify(fmt)} % ${JSON.stringify(c.raw["a"])}: got ${got} want ${want}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe("str.format / format_map match CPython 3.11 (test-data/str/str-format.json)", () => {
  it("all cases", () => {
    const failures: string[] = [];
    for (const c of loadVectors("str-format.json")) {
      const fmt = c.raw["f"] as string;
      const got = outcome(() => {
        if (c.raw["map"] !== undefined) {
          const m = decodeValue(c.raw["map"]) as VecDict;
          return strFormat(fmt, { args: null, kwarg: (k) => m.entries.find(([key]) => key === k)?.[1] }, host);
        }
        const args = decodeValue(c.raw["a"] ?? null) as VecValue[];
        const kw = decodeValue(c.raw["kw"] ?? null) as VecDict;
        return strFormat(fmt, { args, kwarg: (k) => kw.entries.find(([key]) => key === k)?.[1] }, host);
      });
      const want = c.exc ? `${c.exc[0]}: ${c.exc[1]}` : `ok ${JSON.stringify(c.result)}`;
      if (got !== want) failures.push(`${JSON.stringify(fmt)}: got ${got} want ${want}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
