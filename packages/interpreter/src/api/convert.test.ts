/** The conversion table of docs/embedding.md ("Values"), both directions. */
import { describe, expect, it } from "vitest";
import { createVM, PythonError, PyProxy } from "../index.js";

describe("JS → Python", () => {
  const vm = createVM();
  const typeAndRepr = (v: unknown): [string, string] => {
    vm.set("v", v);
    return vm.eval("type(v).__name__, repr(v)") as [string, string];
  };

  it("numbers: integral → int, otherwise float; bigint → int", () => {
    expect(typeAndRepr(42)).toEqual(["int", "42"]);
    expect(typeAndRepr(-7)).toEqual(["int", "-7"]);
    expect(typeAndRepr(2.5)).toEqual(["float", "2.5"]);
    expect(typeAndRepr(-0)).toEqual(["float", "-0.0"]);
    expect(typeAndRepr(NaN)).toEqual(["float", "nan"]);
    expect(typeAndRepr(-Infinity)).toEqual(["float", "-inf"]);
    expect(typeAndRepr(2 ** 53)).toEqual(["int", "9007199254740992"]);
    expect(typeAndRepr(1e21)).toEqual(["int", "1000000000000000000000"]);
    expect(typeAndRepr(12n)).toEqual(["int", "12"]);
    expect(typeAndRepr(-(2n ** 70n))).toEqual(["int", "-1180591620717411303424"]);
    expect(vm.eval("v == -(2 ** 70)")).toBe(true);
  });

  it("primitives and containers", () => {
    expect(typeAndRepr("hé😀")).toEqual(["str", "'hé😀'"]);
    expect(vm.eval("len(v)")).toBe(3);
    expect(typeAndRepr(true)).toEqual(["bool", "True"]);
    expect(typeAndRepr(null)).toEqual(["NoneType", "None"]);
    expect(typeAndRepr(undefined)).toEqual(["NoneType", "None"]);
    expect(typeAndRepr([1, "a", [null]])).toEqual(["list", "[1, 'a', [None]]"]);
    expect(typeAndRepr(new Map<unknown, unknown>([[1, "one"], ["k", [2]]]))).toEqual(["dict", "{1: 'one', 'k': [2]}"]);
    expect(typeAndRepr({ a: 1, b: { c: 2.5 } })).toEqual(["dict", "{'a': 1, 'b': {'c': 2.5}}"]);
    const bare = Object.create(null) as Record<string, unknown>;
    bare["__proto__"] = 1;
    expect(typeAndRepr(bare)).toEqual(["dict", "{'__proto__': 1}"]);
    expect(typeAndRepr(JSON.parse('{"__proto__": {"x": 1}}'))).toEqual(["dict", "{'__proto__': {'x': 1}}"]);
    expect(typeAndRepr(new Set([3, "x"]))).toEqual(["set", "{3, 'x'}"]);
    expect(typeAndRepr(new Uint8Array([104, 105]))).toEqual(["bytes", "b'hi'"]);
  });

  it("copies containers; mutations in Python are not seen by JS", () => {
    const arr = [1, 2];
    vm.set("a", arr);
    vm.run("a.append(3)");
    expect(arr).toEqual([1, 2]);
    expect(vm.get("a")).toEqual([1, 2, 3]);
  });

  it("keeps shared references and cycles", () => {
    const shared = [1];
    const cyc: unknown[] = [shared, shared];
    cyc.push(cyc);
    vm.set("c", cyc);
    expect(vm.eval("c[0] is c[1], c[2] is c, repr(c)")).toEqual([true, true, "[[1], [1], [...]]"]);
    const back = vm.get("c") as unknown[];
    expect(back[2]).toBe(back);
    expect(back[0]).toBe(back[1]);
  });

  it("other objects become JsProxy (identity kept); functions become builtins", () => {
    const date = new Date(0);
    vm.set("d", date);
    vm.set("d2", date);
    expect(vm.eval("type(d).__name__, d is d2, callable(d)")).toEqual(["JsProxy", true, false]);
    vm.set("f", Math.max);
    expect(vm.eval("type(f).__name__, f(1, 5, 3), repr(f)")).toEqual(["builtin_function_or_method", 5, "<built-in function max>"]);
    expect(() => vm.set("s", Symbol("x"))).toThrow(PythonError);
  });
});

describe("Python → JS", () => {
  const vm = createVM();

  it("numbers, strings, None", () => {
    expect(vm.eval("7")).toBe(7);
    expect(vm.eval("-(2**53 - 1)")).toBe(-(2 ** 53 - 1));
    expect(vm.eval("2**53")).toBe(2n ** 53n);
    expect(vm.eval("3.0")).toBe(3);
    expect(vm.eval("float('nan')")).toBeNaN();
    expect(vm.eval("True")).toBe(true);
    expect(vm.eval("'x' * 3")).toBe("xxx");
    expect(vm.eval("None")).toBeNull();
  });

  it("containers convert deeply (exact types); bytes → Uint8Array", () => {
    expect(vm.eval("(1, [2, (3,)], {'k': {4}})")).toEqual([1, [2, [3]], new Map([["k", new Set([4])]])]);
    expect(vm.eval("frozenset([1])")).toEqual(new Set([1]));
    expect(vm.eval("{(1, 2): 'tuple key'}")).toEqual(new Map([[[1, 2], "tuple key"]]));
    expect(vm.eval("b'\\x00\\xff'")).toEqual(new Uint8Array([0, 255]));
    expect(vm.eval("bytearray(b'ab')")).toEqual(new Uint8Array([97, 98]));
  });

  it("subclass instances and other objects are proxies; toJs() converts subclasses", () => {
    vm.run("from collections import namedtuple\nP = namedtuple('P', 'x y')\nclass F(float): pass\n");
    const p = vm.eval("P(1, 2)") as PyProxy;
    expect(p).toBeInstanceOf(PyProxy);
    expect(p.type).toBe("P");
    expect(p.get("y")).toBe(2);
    expect(p.toJs()).toEqual([1, 2]);
    expect((vm.eval("F(1.5)") as PyProxy).toJs()).toBe(1.5);
    for (const src of ["len", "object()", "P", "iter([])", "(x for x in [])", "NotImplemented", "...", "1j", "range(3)", "__import__('math')"]) {
      expect(vm.eval(src)).toBeInstanceOf(PyProxy);
    }
    expect([...(vm.eval("range(3)") as PyProxy)]).toEqual([0, 1, 2]);
    expect(String(vm.eval("1j"))).toBe("1j");
  });

  it("round-trips JS values through Python unchanged", () => {
    const fn = (x: number) => x * 2;
    const obj = new (class Thing {})();
    vm.set("pair", [fn, obj]);
    const [f2, o2] = vm.get("pair") as [unknown, unknown];
    expect(f2).toBe(fn);
    expect(o2).toBe(obj);
    expect(vm.eval("pair[0](21)")).toBe(42);
  });

  it("proxies are usable after errors and give PythonError for Python failures", () => {
    const d = vm.eval("__import__('collections').defaultdict(list)") as PyProxy;
    (d.get("__getitem__") as PyProxy).call("k");
    expect(d.length).toBe(1);
    expect(() => d.call()).toThrow(/TypeError: 'collections.defaultdict' object is not callable|not callable/);
    expect(() => (vm.eval("int") as PyProxy).call("x")).toThrow(PythonError);
  });
});
