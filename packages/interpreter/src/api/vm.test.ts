import { describe, expect, it } from "vitest";
import { createVM, PythonError, PyProxy, type VMOptions } from "../index.js";

function vmWithOutput(opts: VMOptions = {}) {
  let out = "";
  let err = "";
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (err += s), ...opts });
  return { vm, out: () => out, err: () => err };
}

function pyError(f: () => unknown): PythonError {
  try {
    f();
  } catch (e) {
    if (e instanceof PythonError) return e;
    throw e;
  }
  throw new Error("expected a PythonError");
}

describe("vm.run", () => {
  it("runs statements in __main__ and flushes output when it returns", () => {
    const { vm, out } = vmWithOutput();
    vm.run("x = 6 * 7\nprint('x is', x)");
    expect(out()).toBe("x is 42\n");
    vm.run("print(x + 1)");
    expect(out()).toBe("x is 42\n43\n");
  });

  it("throws PythonError with type, message and a CPython-shaped traceback", () => {
    const { vm } = vmWithOutput();
    const e = pyError(() => vm.run("def f():\n    raise ValueError('bad value')\nf()\n", { filename: "main.py" }));
    expect(e).toBeInstanceOf(Error);
    expect(e.type).toBe("ValueError");
    expect(e.pythonMessage).toBe("bad value");
    expect(e.message).toBe("ValueError: bad value");
    expect(e.traceback).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    f()\n' +
        '  File "main.py", line 2, in f\n    raise ValueError(\'bad value\')\nValueError: bad value\n',
    );
    expect(e.exitCode).toBeNull();
    expect(e.exception).toBeInstanceOf(PyProxy);
    expect(e.exception?.type).toBe("ValueError");
  });

  it("reports user exception classes and KeyError's str", () => {
    const { vm } = vmWithOutput();
    const e = pyError(() => vm.run("class AppError(Exception): pass\nraise AppError('nope')"));
    expect(e.type).toBe("AppError");
    expect(e.traceback.endsWith("\nAppError: nope\n")).toBe(true);
    const k = pyError(() => vm.run("{}['k']"));
    expect(k.type).toBe("KeyError");
    expect(k.pythonMessage).toBe("'k'");
  });

  it("reports SyntaxError and SystemExit", () => {
    const { vm } = vmWithOutput();
    const s = pyError(() => vm.run("x = (1,", { filename: "bad.py" }));
    expect(s.type).toBe("SyntaxError");
    const x = pyError(() => vm.run("import sys\nsys.exit(3)"));
    expect(x.type).toBe("SystemExit");
    expect(x.exitCode).toBe(3);
    expect(pyError(() => vm.run("raise SystemExit")).exitCode).toBe(0);
    expect(pyError(() => vm.run("raise SystemExit('msg')")).exitCode).toBe(1);
  });

  it("keeps working after an error", () => {
    const { vm, out } = vmWithOutput();
    pyError(() => vm.run("1/0"));
    vm.run("print('still alive')");
    expect(out()).toBe("still alive\n");
  });
});

describe("vm.eval / get / set / globals", () => {
  it("evaluates expressions to converted values", () => {
    const vm = createVM();
    expect(vm.eval("1 + 2")).toBe(3);
    expect(vm.eval("1 / 4")).toBe(0.25);
    expect(vm.eval("2 ** 64")).toBe(18446744073709551616n);
    expect(vm.eval("'é' * 2")).toBe("éé");
    expect(vm.eval("None")).toBeNull();
    expect(vm.eval("[1, (2.5, 'a'), True]")).toEqual([1, [2.5, "a"], true]);
    expect(vm.eval("{'a': 1, 2: [3]}")).toEqual(new Map<unknown, unknown>([["a", 1], [2, [3]]]));
    expect(vm.eval("{1, 2}")).toEqual(new Set([1, 2]));
  });

  it("reads and writes __main__ globals", () => {
    const vm = createVM();
    vm.set("data", { name: "Ada", scores: [1, 2.5], nested: { ok: true } });
    expect(vm.eval("data['name'], type(data['scores'][0]).__name__, type(data['scores'][1]).__name__, data['nested']['ok']")).toEqual([
      "Ada", "int", "float", true,
    ]);
    vm.run("result = sum(data['scores'])");
    expect(vm.get("result")).toBe(3.5);
    expect(vm.get("missing")).toBeUndefined();
    expect(vm.globals.has("result")).toBe(true);
    vm.globals.set("y", 5);
    expect(vm.eval("y * 2")).toBe(10);
    expect(vm.globals.keys()).toContain("y");
    expect(vm.globals.delete("y")).toBe(true);
    expect(vm.globals.has("y")).toBe(false);
  });
});

describe("calling Python from JS", () => {
  it("calls functions with positional and keyword arguments", () => {
    const vm = createVM();
    vm.run("def greet(name, punct='!', *, times=1):\n    return (f'hi {name}{punct} ' * times).strip()");
    const greet = vm.get<PyProxy>("greet");
    expect(greet).toBeInstanceOf(PyProxy);
    expect(greet.type).toBe("function");
    expect(greet.isCallable).toBe(true);
    expect(greet.call<string>("Ada").toUpperCase()).toBe("HI ADA!");
    expect(greet.callKw(["Bob"], { punct: "?", times: 2 })).toBe("hi Bob? hi Bob?");
    const e = pyError(() => greet.call());
    expect(e.type).toBe("TypeError");
    expect(e.pythonMessage).toBe("greet() missing 1 required positional argument: 'name'");
  });

  it("proxies objects: attributes, items, str/repr, iteration, len", () => {
    const vm = createVM();
    vm.run(
      "class Point:\n    def __init__(self, x, y): self.x, self.y = x, y\n    def __repr__(self): return f'Point({self.x}, {self.y})'\n    def __str__(self): return f'({self.x}, {self.y})'\n    def norm2(self): return self.x ** 2 + self.y ** 2\np = Point(3, 4)\ndef gen(n):\n    yield from range(n)\n",
    );
    const p = vm.get("p") as PyProxy;
    expect(p.type).toBe("Point");
    expect(p.get("x")).toBe(3);
    p.set("x", 6);
    expect(vm.eval("p.x")).toBe(6);
    expect((p.get("norm2") as PyProxy).call()).toBe(52);
    expect(p.has("y")).toBe(true);
    expect(p.has("z")).toBe(false);
    expect(String(p)).toBe("(6, 4)");
    expect(p.repr()).toBe("Point(6, 4)");
    expect(pyError(() => p.get("zz")).type).toBe("AttributeError");
    expect([...((vm.get("gen") as PyProxy).call(4) as PyProxy)]).toEqual([0, 1, 2, 3]);
    const od = vm.eval("__import__('collections').OrderedDict(a=1)") as PyProxy;
    expect(od).toBeInstanceOf(PyProxy);
    expect(od.getItem("a")).toBe(1);
    od.setItem("b", 2);
    expect(od.length).toBe(2);
    expect(od.toJs()).toEqual(new Map([["a", 1], ["b", 2]]));
  });

  it("passes proxies back into Python as the same object", () => {
    const vm = createVM();
    vm.run("obj = object()\ndef same(a): return a is obj");
    const obj = vm.get("obj") as PyProxy;
    expect((vm.get("same") as PyProxy).call(obj)).toBe(true);
    expect(obj.is(vm.get("obj"))).toBe(true);
  });

  it("imports modules and returns a module proxy", () => {
    const vm = createVM();
    const math = vm.import("math");
    expect(math.type).toBe("module");
    expect((math.get("sqrt") as PyProxy).call(16)).toBe(4);
    expect(math.get("pi")).toBeCloseTo(Math.PI);
    const path = vm.import("os.path");
    expect((path.get("join") as PyProxy).call("a", "b")).toBe("a/b");
    expect(pyError(() => vm.import("no_such_module")).type).toBe("ModuleNotFoundError");
  });
});

describe("calling JS from Python", () => {
  it("registers functions as builtins visible from every module", () => {
    const { vm, out } = vmWithOutput({ files: { "helper.py": "def twice(x):\n    return add(x, x)\n" } });
    vm.registerFunction("add", (a: number, b: number) => a + b);
    vm.run("import helper\nprint(add(2, 3), helper.twice(21), add)");
    expect(out()).toBe("5 42 <built-in function add>\n");
  });

  it("passes keyword arguments as a trailing object and converts results", () => {
    const vm = createVM();
    const seen: unknown[] = [];
    vm.set("record", (...args: unknown[]) => {
      seen.push(args);
      return { ok: true, items: [1, 2] };
    });
    expect(vm.eval("record(1, 2.0, 'three', None, [4], {'k': 5}, key='v', __proto__=6)")).toEqual(new Map<unknown, unknown>([["ok", true], ["items", [1, 2]]]));
    const args = seen[0] as unknown[];
    expect(args.slice(0, 6)).toEqual([1, 2, "three", null, [4], new Map([["k", 5]])]);
    const kw = args[6] as Record<string, unknown>;
    expect(Object.keys(kw)).toEqual(["key", "__proto__"]);
    expect(Object.getPrototypeOf(kw)).toBe(Object.prototype);
    expect(kw["__proto__"]).toBe(6);
  });

  it("registers JS modules importable with import", () => {
    const { vm, out } = vmWithOutput();
    vm.registerModule("host", {
      version: "1.2",
      limit: 10,
      ratio: 0.5,
      greet(this: { version: string }, name: string) {
        return `hello ${name} from v${this.version}`;
      },
    });
    vm.run("import host\nfrom host import greet\nprint(host.version, host.limit, host.ratio, greet('py'), type(host).__name__)");
    expect(out()).toBe("1.2 10 0.5 hello py from v1.2 module\n");
    // Attributes are read when the module is first imported; registering again replaces it for later imports.
    const late: Record<string, unknown> = {};
    vm.registerModule("late", late);
    late["value"] = 1;
    vm.registerModule("host", new Map<string, unknown>([["version", "2.0"]]));
    vm.run("import late, host as h2\nprint(late.value, h2.version, host.version)");
    expect(out()).toBe("1.2 10 0.5 hello py from v1.2 module\n1 2.0 1.2\n");
    expect(() => vm.registerModule("sys", {})).toThrow(TypeError);
  });

  it("turns JS exceptions into Python exceptions", () => {
    const { vm, out } = vmWithOutput();
    vm.registerFunction("fail", (kind: string) => {
      if (kind === "value") throw new PythonError("ValueError", "bad input");
      if (kind === "js") throw new TypeError("x is not a function");
      if (kind === "unknown") throw new PythonError("NoSuchError", "hmm");
      throw "a string";
    });
    vm.run(
      "for k in ['value', 'js', 'unknown', 'other']:\n    try:\n        fail(k)\n    except Exception as e:\n        print(type(e).__name__, e)",
    );
    expect(out()).toBe("ValueError bad input\nRuntimeError TypeError: x is not a function\nRuntimeError hmm\nRuntimeError a string\n");
    const e = pyError(() => vm.run("fail('value')"));
    expect(e.type).toBe("ValueError");
    expect(e.traceback).toContain("ValueError: bad input");
  });

  it("does not wrap a Python exception twice when it crosses a JS callback", () => {
    const vm = createVM();
    vm.registerFunction("callback", (f: PyProxy) => f.call());
    vm.run("class Mine(Exception): pass\ndef boom():\n    raise Mine('deep')\n");
    vm.run("try:\n    callback(boom)\nexcept Mine as e:\n    caught = e\n");
    expect(vm.eval("type(caught).__name__, str(caught)")).toEqual(["Mine", "deep"]);
    const e = pyError(() => vm.run("callback(boom)", { filename: "cb.py" }));
    expect(e.type).toBe("Mine");
    expect(e.traceback).toContain('File "cb.py", line 1, in <module>');
    expect(e.traceback).toContain("in boom");
    expect(e.traceback.match(/Traceback/g)?.length).toBe(1);
    // Throwing the exception's proxy re-raises the same exception object too.
    vm.registerFunction("rethrow_proxy", (f: PyProxy) => {
      try {
        return f.call();
      } catch (err) {
        throw (err as PythonError).exception;
      }
    });
    vm.run("try:\n    rethrow_proxy(boom)\nexcept Mine as e:\n    same = type(e).__name__, e.__traceback__ is not None");
    expect(vm.eval("same")).toEqual(["Mine", true]);
  });

  it("flushes Python output before a JS function runs (ordering)", () => {
    const log: string[] = [];
    const vm = createVM({ stdout: (s) => log.push(`py:${s}`) });
    vm.registerFunction("host_log", (s: string) => {
      log.push(`js:${s}`);
    });
    vm.run("print('one')\nhost_log('two')\nprint('three')");
    expect(log).toEqual(["py:one\n", "js:two", "py:three\n"]);
  });

  it("turns deep Python → JS → Python recursion into a catchable RecursionError without losing output", () => {
    const { vm, out } = vmWithOutput();
    vm.registerFunction("cb", (f: PyProxy, n: number) => f.call(n));
    vm.run("def f(n):\n    return cb(f, n + 1)\nprint('before')\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', type(e).__name__)");
    expect(out()).toBe("before\ncaught RecursionError\n");
    const e = pyError(() => vm.run("print('again')\nf(0)"));
    expect(e.type).toBe("RecursionError");
    expect(out()).toBe("before\ncaught RecursionError\nagain\n");
    vm.run("print('alive')");
    expect(out().endsWith("alive\n")).toBe(true);
  });

  it("keeps identity of JS objects and round-trips them", () => {
    const vm = createVM();
    class Counter {
      count = 0;
      step = 2;
      bump(): number {
        this.count += this.step;
        return this.count;
      }
    }
    const c = new Counter();
    vm.set("c", c);
    vm.set("c2", c);
    const fn = () => 1;
    vm.set("fn", fn);
    expect(vm.eval("c is c2")).toBe(true);
    expect(vm.eval("type(c).__name__, c.count, c.step")).toEqual(["JsProxy", 0, 2]);
    expect(vm.get("c")).toBe(c);
    expect(vm.get("fn")).toBe(fn);
    // Methods live on the prototype: not reachable (own enumerable properties only).
    expect(pyError(() => vm.eval("c.bump")).type).toBe("AttributeError");
    vm.run("c.count = 10");
    expect(c.count).toBe(10);
  });
});

describe("input, files and the host file system", () => {
  it("reads input() lines from the input provider", () => {
    const lines = ["Ada", "36"];
    const { vm, out } = vmWithOutput({ input: () => lines.shift() ?? null });
    vm.run("name = input('name? ')\nage = int(input())\nprint(name, age + 1)\ntry:\n    input()\nexcept EOFError as e:\n    print('EOF:', e)");
    expect(out()).toBe("name? Ada 37\nEOF: EOF when reading a line\n");
  });

  it("imports from the virtual file system, including packages", () => {
    const { vm, out } = vmWithOutput({
      files: { "/pkg/__init__.py": "from .util import VALUE\n", "pkg/util.py": "VALUE = 'from util'\n", "./top.py": "import pkg\nX = pkg.VALUE\n" },
    });
    vm.run("import top\nprint(top.X)");
    expect(out()).toBe("from util\n");
  });

  it("open() reads the virtual file system (read-only), with CPython's errors", () => {
    const { vm, out } = vmWithOutput({ files: { "data/nums.txt": "1\n2\n3\n", "crlf.txt": "a\r\nb\rc" } });
    vm.run(
      [
        "with open('data/nums.txt') as f:",
        "    print(f.name, f.mode, [int(l) for l in f], f.closed)",
        "print(f.closed, open('/data/nums.txt', 'rb').read(), repr(open('crlf.txt').read()), repr(open('crlf.txt', newline='').read()))",
        "for args in [('missing.txt',), ('data/nums.txt', 'w'), ('data/nums.txt', 'r+'), ('x', 'rw'), ('x', 'q'), (3,)]:",
        "    try:",
        "        open(*args)",
        "    except (OSError, ValueError) as e:",
        "        print(type(e).__name__, e)",
      ].join("\n"),
    );
    expect(out()).toBe(
      "data/nums.txt r [1, 2, 3] False\n" +
        "True b'1\\n2\\n3\\n' 'a\\nb\\nc' 'a\\r\\nb\\rc'\n" +
        "FileNotFoundError [Errno 2] No such file or directory: 'missing.txt'\n" +
        "OSError [Errno 30] Read-only file system: 'data/nums.txt'\n" +
        "OSError [Errno 30] Read-only file system: 'data/nums.txt'\n" +
        "ValueError must have exactly one of create/read/write/append mode\n" +
        "ValueError invalid mode: 'q'\n" +
        "OSError [Errno 9] Bad file descriptor\n",
    );
  });

  it("has no host file-system access by default", () => {
    const vm = createVM({ path: ["/etc", "/work/main/packages/interpreter/src/modules/lib"] });
    expect(pyError(() => vm.run("import passwd")).type).toBe("ModuleNotFoundError");
    expect(vm.eval("__import__('os').path.exists('/etc/passwd')")).toBe(false);
    expect(pyError(() => vm.run("open('/etc/passwd')"))).toBeInstanceOf(PythonError);
  });
});
