import { describe, expect, it } from "vitest";
import "../index.js";
import { ArityKind, arityError, aritySpecOf, parseAritySpec, withArity } from "./method-arity.js";
import { ListType } from "./list.js";
import { PyBaseException } from "./exceptions.js";
import { None } from "./singletons.js";
import type { PyValue } from "./object.js";

function message(e: PyValue): string {
  if (!(e instanceof PyBaseException)) throw new Error("not an exception");
  return String(e.args.items[0]);
}

describe("method arity specs", () => {
  it("decodes the generated spec strings", () => {
    expect(parseAritySpec("N")).toEqual({ kind: ArityKind.NOARGS, min: 0, max: 0 });
    expect(parseAritySpec("O")).toEqual({ kind: ArityKind.O, min: 1, max: 1 });
    expect(parseAritySpec("W1")).toEqual({ kind: ArityKind.WRAPPER, min: 1, max: 1 });
    expect(parseAritySpec("U1-2")).toEqual({ kind: ArityKind.UNPACK, min: 1, max: 2 });
    expect(parseAritySpec("C0-1")).toEqual({ kind: ArityKind.CLINIC, min: 0, max: 1 });
    expect(parseAritySpec("T1-3")).toEqual({ kind: ArityKind.PARSE_TUPLE, min: 1, max: 3 });
  });

  it("looks a method up by type, then the dunder default", () => {
    expect(aritySpecOf(ListType, "copy")).toEqual({ kind: ArityKind.NOARGS, min: 0, max: 0 });
    expect(aritySpecOf(ListType, "__len__")).toEqual({ kind: ArityKind.WRAPPER, min: 0, max: 0 });
    expect(aritySpecOf(ListType, "__mul__")?.kind).toBe(ArityKind.UNPACK);
    expect(aritySpecOf(ListType, "sort")).toBeNull(); // takes keywords: parses its own arguments
    expect(aritySpecOf(ListType, "append")).toBeNull(); // checked in its body
  });

  it("words each convention like CPython", () => {
    const msg = (s: string, q: string, name: string, n: number, kw: string[] | null = null): string =>
      message(arityError(parseAritySpec(s), q, name, new Array<PyValue>(n).fill(None), kw));
    expect(msg("N", "list.copy", "copy", 1)).toBe("list.copy() takes no arguments (1 given)");
    expect(msg("O", "list.count", "count", 0)).toBe("list.count() takes exactly one argument (0 given)");
    expect(msg("W1", "list.__add__", "__add__", 0)).toBe("expected 1 argument, got 0");
    expect(msg("W0", "list.__len__", "__len__", 2)).toBe("expected 0 arguments, got 2");
    expect(msg("U2-2", "list.__setitem__", "__setitem__", 1)).toBe(" expected 2 arguments, got 1");
    expect(msg("C0-1", "list.pop", "pop", 2)).toBe("pop expected at most 1 argument, got 2");
    expect(msg("C1-3", "list.index", "index", 0)).toBe("index expected at least 1 argument, got 0");
    expect(msg("T1-3", "str.find", "find", 0)).toBe("find() takes at least 1 argument (0 given)");
    expect(msg("T1-3", "str.find", "find", 4)).toBe("find() takes at most 3 arguments (4 given)");
    expect(msg("N", "list.copy", "copy", 1, ["x"])).toBe("list.copy() takes no keyword arguments");
    expect(msg("W0", "list.__len__", "__len__", 1, ["x"])).toBe("wrapper __len__() takes no keyword arguments");
  });

  it("wraps a method so only valid counts reach it", () => {
    let calls = 0;
    const f = withArity(() => (calls++, None), parseAritySpec("C0-1"), "list.pop", "pop");
    expect(f(None, [], null)).toBe(None);
    expect(f(None, [1], null)).toBe(None);
    expect(() => f(None, [1, 2], null)).toThrow();
    expect(() => f(None, [1], ["i"])).toThrow();
    expect(calls).toBe(2);
  });
});
