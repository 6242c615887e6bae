/**
 * Two VMs in one process share no mutable state: each mutates what a
 * program can reach (modules, classes, globals, builtins, sys, random state,
 * builtin types) and the other must not see it.
 */
import { describe, expect, it } from "vitest";
import { createVM, PythonError, type VM } from "../index.js";

function outputOf(vm: VM, src: string): string {
  let out = "";
  vm.registerFunction("_emit", (s: string) => {
    out += s;
  });
  vm.run(src);
  return out;
}

describe("isolation between VMs", () => {
  it("modules, module attributes and sys.modules are per VM", () => {
    const a = createVM();
    const b = createVM();
    a.run("import math, sys\nmath.pi = 3\nmath.extra = 'a'\nsys.modules['fake'] = math\nsys.path.append('/a')\nsys.setrecursionlimit(200)");
    b.run("import math, sys");
    expect(b.eval("math.pi")).toBeCloseTo(Math.PI);
    expect(b.eval("hasattr(math, 'extra')")).toBe(false);
    expect(b.eval("'fake' in sys.modules")).toBe(false);
    expect(b.eval("'/a' in sys.path")).toBe(false);
    expect(b.eval("sys.getrecursionlimit()")).toBe(1000);
    expect(a.eval("math.pi")).toBe(3);
  });

  it("globals, builtins and registered functions are per VM", () => {
    const a = createVM();
    const b = createVM();
    a.run("x = 1\nimport builtins\nbuiltins.len = lambda o: -1\nbuiltins.shared = 'a'");
    a.registerFunction("only_a", () => 1);
    expect(a.eval("len([1, 2])")).toBe(-1);
    expect(b.eval("len([1, 2])")).toBe(2);
    expect(b.eval("'shared' in dir(__builtins__)")).toBe(false);
    expect(() => b.eval("x")).toThrow(PythonError);
    expect(() => b.eval("only_a()")).toThrow(/NameError/);
  });

  it("stdlib module state (random, functools caches, enum/abc registries) is per VM", () => {
    const a = createVM();
    const b = createVM();
    a.run("import random\nrandom.seed(42)\nfirst = [random.random() for _ in range(3)]");
    b.run("import random\nrandom.seed(42)\nx = random.random()");
    // b's draws do not advance a's generator.
    a.run("random.seed(42)\nagain = [random.random() for _ in range(3)]");
    expect(a.eval("first == again")).toBe(true);
    expect(b.eval("x")).toBe(a.eval("first[0]"));
    a.run("import abc\nclass Base(abc.ABC): pass\nBase.register(int)");
    b.run("import abc\nclass Base(abc.ABC): pass");
    expect(a.eval("issubclass(int, Base)")).toBe(true);
    expect(b.eval("issubclass(int, Base)")).toBe(false);
  });

  it("classes and class attributes are per VM; builtin types are immutable", () => {
    const a = createVM();
    const b = createVM();
    a.run("class C:\n    tag = 'a'\nC.tag = 'changed'\nclass MyInt(int): pass");
    b.run("class C:\n    tag = 'b'");
    expect(b.eval("C.tag")).toBe("b");
    expect(a.eval("C.tag")).toBe("changed");
    for (const src of ["setattr(int, 'x', 1)", "int.__add__ = None", "object.__setattr__(str, 'x', 1)", "type.__setattr__(list, 'x', 1)", "del dict.keys", "ValueError.x = 1"]) {
      expect(() => a.run(src)).toThrow(PythonError);
    }
    try {
      a.run("setattr(int, 'x', 1)");
    } catch (e) {
      expect((e as PythonError).type).toBe("TypeError");
      expect((e as PythonError).pythonMessage).toBe("cannot set 'x' attribute of immutable type 'int'");
    }
    expect(b.eval("hasattr(int, 'x')")).toBe(false);
  });

  it("__subclasses__ of shared builtin types shows only the running VM's classes", () => {
    const a = createVM();
    const b = createVM();
    a.run("class SecretOfA: pass\nclass SecretInt(int): pass");
    expect(a.eval("any(c.__name__ == 'SecretOfA' for c in object.__subclasses__())")).toBe(true);
    expect(b.eval("any(c.__name__ in ('SecretOfA', 'SecretInt') for c in object.__subclasses__() + int.__subclasses__())")).toBe(false);
    expect(b.eval("len([c for c in object.__subclasses__() if c.__module__ == '__main__'])")).toBe(0);
  });

  it("output, input and exceptions stay with their VM, also when VMs nest through callbacks", () => {
    let outA = "";
    let outB = "";
    const a = createVM({ stdout: (s) => (outA += s), input: () => "from a" });
    const b = createVM({ stdout: (s) => (outB += s), input: () => "from b" });
    a.registerFunction("run_in_b", (src: string) => {
      b.run(src);
      return b.eval("value");
    });
    a.run("print('a1')\nv = run_in_b('print(\"b1\")\\nvalue = input()')\nprint('a2', v, input())");
    expect(outA).toBe("a1\na2 from b from a\n");
    expect(outB).toBe("b1\n");
    // A Python exception raised in b reaches a's JS callback as a PythonError and enters a as a new
    // exception of the same builtin type (b's exception object never crosses into a).
    a.registerFunction("fail_in_b", () => b.run("raise KeyError('kb')"));
    a.run("try:\n    fail_in_b()\nexcept KeyError as e:\n    caught = repr(e)");
    expect(a.get("caught")).toBe(`KeyError("'kb'")`);
  });

  it("proxies cannot be passed to another VM", () => {
    const a = createVM();
    const b = createVM();
    a.run("def f(): return 1");
    const f = a.get("f");
    expect(() => b.set("g", f)).toThrow(/another VM/);
    expect(outputOf(b, "_emit('ok')")).toBe("ok");
  });
});
