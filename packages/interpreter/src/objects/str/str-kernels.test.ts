import { describe, expect, it } from "vitest";
import { createVM } from "../../index.js";
import type { PyValue } from "../object.js";
import { StrType } from "../type.js";
import { PyList } from "../list.js";
import { PyTuple } from "../tuple.js";
import { PyMethodDescriptor } from "../builtin-function.js";
import { PyStrObject } from "../str-support.js";
import { repr } from "../../protocols/repr.js";
import { typeName } from "../errors.js";
import { strMethodKernel, strAt, strSlice, strOrd, strContains, lenFast, strToSmallInt, strModOp, type StrKernelParam } from "./str-kernels.js";
import { newTuple } from "../tuple.js";
import { cpSlice } from "./code-points.js";

// A VM makes the builtins (and str's method table) exist and gives exceptions a thread.
createVM({ stdout: () => {}, stderr: () => {} });

const SUBJECTS = ["", "a", "hello world", "  padded\t", "a,b,,c", "caf\u00e9 cr\u00e8me", "\u4e2d\u6587", "x\u{1F600}y\u{1F600}", "\uD800lone", "ABC abc 123"];
const ARGS: Record<StrKernelParam, PyValue[]> = {
  str: ["", "a", ",", " ", "l", "\u00e9", "\u{1F600}", "\uDE00", "ab"],
  int: [0, 1, 2, -1, -3, 5, 40, -40],
  list: [new PyList(["a", "b"]), new PyList([]), new PyList(["x", 1]), new PyList([new PyStrObject("s")])],
};

/** A comparable form of a result or a raised Python exception. */
function outcome(f: () => PyValue): string {
  try {
    const r = f();
    if (r instanceof PyList || r instanceof PyTuple) return `${typeName(r)}:${repr(r)}`;
    return `${typeof r}:${repr(r)}`;
  } catch (e) {
    return `raise ${typeName(e as PyValue)}: ${repr(e as PyValue)}`;
  }
}

function* argLists(params: readonly StrKernelParam[]): Generator<PyValue[]> {
  if (params.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = params as [StrKernelParam, ...StrKernelParam[]];
  for (const a of ARGS[first]) for (const tail of argLists(rest)) yield [a, ...tail];
}

describe("str kernels (tier-2 entry points) agree with the methods", () => {
  const names = [...StrType.attrs.keys()];
  let checked = 0;
  for (const name of names) {
    const m = StrType.lookup(name);
    if (!(m instanceof PyMethodDescriptor)) continue;
    for (let argc = 0; argc <= 3; argc++) {
      const k = strMethodKernel(m, argc);
      if (k === undefined) continue;
      it(`${name}/${argc}`, () => {
        for (const s of SUBJECTS) {
          for (const args of argLists(k.params)) {
            const viaMethod = outcome(() => m.fn(s, [...args], null));
            const viaKernel = outcome(() => (k.fn as (...a: unknown[]) => PyValue)(s, ...args));
            expect(viaKernel, `${repr(s)}.${name}(${args.map((a) => repr(a)).join(", ")})`).toBe(viaMethod);
            if (k.result !== "object" && !viaMethod.startsWith("raise")) expect(viaMethod.split(":")[0]).toBe(k.result === "str" ? "string" : k.result === "int" ? "number" : "boolean");
          }
        }
        checked++;
      });
    }
  }
  it("covers the common methods", () => {
    for (const [name, argc] of [["find", 2], ["split", 0], ["join", 1], ["replace", 2], ["isalpha", 0], ["upper", 0], ["startswith", 1]] as const) {
      expect(strMethodKernel(StrType.lookup(name), argc), name).toBeDefined();
    }
    expect(strMethodKernel(StrType.lookup("format"), 1)).toBeUndefined();
    expect(checked).toBeGreaterThan(20);
  });
});

describe("str raw helpers", () => {
  it("index, slice, ord, membership and len by code points", () => {
    const s = "a\u{1F600}b";
    expect([strAt(s, 0), strAt(s, 1), strAt(s, 2), strAt(s, -1), strAt(s, 3), strAt(s, -4)]).toEqual(["a", "\u{1F600}", "b", "b", undefined, undefined]);
    expect(strAt("abc", -3)).toBe("a");
    expect(strSlice(s, undefined, undefined, -1)).toBe("b\u{1F600}a");
    expect(strSlice(s, 1, 2, 1)).toBe("\u{1F600}");
    expect(strSlice("hello", 10, 2, -3)).toBe(cpSlice("hello", 10, 2, -3));
    expect([strOrd("\u{1F600}"), strOrd("a"), strOrd("ab"), strOrd(""), strOrd("\uD800")]).toEqual([0x1f600, 97, -1, -1, 0xd800]);
    expect([strContains("x\u{1F600}", "\uD83D"), strContains("hello", "ll"), strContains("+-", "-")]).toEqual([false, true, true]);
    expect(["0", "-15", "+7", "123456789012345", "1234567890123456", " 1", "1_0", "\u0663", "", "-"].map(strToSmallInt)).toEqual([0, -15, 7, 123456789012345, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([strModOp("%s-%d", newTuple(["a", 3]), 6), strModOp("<%s>", 5, 19), strModOp("%s", new PyStrObject("sub"), 6)]).toEqual(["a-3", "<5>", "sub"]);
    expect([lenFast(s), lenFast(new PyList([1, 2])), lenFast(new PyStrObject("abc")), lenFast(5)]).toEqual([3, 2, -1, -1]);
  });
});
