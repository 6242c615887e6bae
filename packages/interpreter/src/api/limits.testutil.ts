/**
 * The execution-control test suite (limits, interruption, runAsync), shared
 * by the interpreter-only run (api/limits.test.ts) and the JIT-forced run
 * (jit-codegen/src/limits.test.ts): `makeVM` decides the mode. Only types
 * are imported, so the JIT package can run it against its own
 * `@pyvm/interpreter` build.
 */
import { describe, expect, it } from "vitest";
import type { VM, VMOptions } from "./vm.js";

interface HostError {
  type: string;
  traceback: string;
}

function hostError(e: unknown): HostError {
  if (typeof e === "object" && e !== null && typeof (e as HostError).type === "string") return e as HostError;
  throw e;
}

function thrown(f: () => unknown): HostError {
  try {
    f();
  } catch (e) {
    return hostError(e);
  }
  throw new Error("expected the program to fail");
}

async function rejected(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    return hostError(e);
  }
  throw new Error("expected the program to fail");
}

export function describeLimits(mode: string, makeVM: (opts: VMOptions) => VM): void {
  function setup(opts: VMOptions = {}) {
    let out = "";
    const vm = makeVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), ...opts });
    return { vm, out: () => out };
  }

  describe(`execution limits (${mode})`, () => {
    it("maxSteps stops `while True: pass` with pyvm.StepLimitExceeded", () => {
      const { vm } = setup({ maxSteps: 100_000 });
      const e = thrown(() => vm.run("while True:\n    pass\n", { filename: "spin.py" }));
      expect(e.type).toBe("StepLimitExceeded");
      expect(e.traceback).toContain('File "spin.py", line 1, in <module>');
      expect(e.traceback.trimEnd().split("\n").pop()).toBe("pyvm.StepLimitExceeded: step limit exceeded (maxSteps=100000)");
    });

    it("maxSteps stops `for x in range(10**12)` at module level and inside a function", () => {
      const { vm } = setup({ maxSteps: 200_000 });
      expect(thrown(() => vm.run("for x in range(10**12):\n    pass\n")).type).toBe("StepLimitExceeded");
      expect(thrown(() => vm.run("def f():\n    t = 0\n    for x in range(10**12):\n        t += x\n    return t\nf()\n")).type).toBe("StepLimitExceeded");
    });

    it("maxSteps counts calls (recursion without loops) and work inside builtins", () => {
      const { vm } = setup({ maxSteps: 100_000 });
      expect(thrown(() => vm.run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(40)\n")).type).toBe("StepLimitExceeded");
      expect(thrown(() => vm.run("sum(range(10**12))")).type).toBe("StepLimitExceeded");
      expect(thrown(() => vm.run("sorted(range(10**6))")).type).toBe("StepLimitExceeded");
      expect(thrown(() => vm.run("''.join(str(i) for i in range(10**12))")).type).toBe("StepLimitExceeded");
      expect(thrown(() => vm.run("max(x * 2 for x in range(10**12))")).type).toBe("StepLimitExceeded");
    });

    it("stepsUsed reports the last run's steps (back-edges + calls + builtin items)", () => {
      const { vm } = setup();
      vm.run("def f(x):\n    return x\nfor i in range(1000):\n    f(i)\nsum(range(500))\n");
      // 1000 back-edges + 1000 calls + 500 items (+ a few for the run itself); a call from
      // interpreted into compiled code counts at the call site and at the compiled entry.
      expect(vm.stepsUsed).toBeGreaterThanOrEqual(2500);
      expect(vm.stepsUsed).toBeLessThan(3600);
      vm.run("pass");
      expect(vm.stepsUsed).toBeLessThan(10);
    });

    it("a tripped limit cannot be swallowed by except Exception, bare except or except BaseException", () => {
      const { vm, out } = setup({ maxSteps: 50_000 });
      const program = [
        "caught = 0",
        "def spin():",
        "    while True:",
        "        pass",
        "while True:",
        "    try:",
        "        spin()",
        "    except Exception:",
        "        print('never')",
        "    except BaseException as e:",
        "        caught += 1",
        "        print('caught', type(e).__name__, caught)",
        "    try:",
        "        spin()",
        "    except:",
        "        caught += 1",
      ].join("\n");
      expect(thrown(() => vm.run(program)).type).toBe("StepLimitExceeded");
      expect(out()).not.toContain("never");
      expect(out()).toBe("caught StepLimitExceeded 1\n");
    });

    it("the same VM runs again after a limit tripped (fresh budget per run)", () => {
      const { vm, out } = setup({ maxSteps: 100_000 });
      vm.run("def count(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n");
      const count = vm.get("count") as { call(...args: unknown[]): unknown };
      expect(thrown(() => count.call(10 ** 9)).type).toBe("StepLimitExceeded");
      expect(count.call(60_000)).toBe(1799970000);
      expect(count.call(60_000)).toBe(1799970000);
      expect(thrown(() => vm.run("while True: pass")).type).toBe("StepLimitExceeded");
      vm.run("t = 0\nfor i in range(60_000):\n    t += i\nprint(t)");
      vm.run("for i in range(60_000):\n    t += i\nprint(t)");
      expect(out()).toBe("1799970000\n3599940000\n");
    });

    it("timeoutMs stops an endless loop with pyvm.TimeLimitExceeded", () => {
      const { vm } = setup({ timeoutMs: 30 });
      const e = thrown(() => vm.run("x = 0\nwhile True:\n    x += 1\n"));
      expect(e.type).toBe("TimeLimitExceeded");
      expect(e.traceback).toContain("pyvm.TimeLimitExceeded: time limit exceeded (timeoutMs=30)");
      expect(thrown(() => vm.run("def f(n):\n    return f(n) if n else 0\nwhile True:\n    f(0)\n")).type).toBe("TimeLimitExceeded");
    });

    it("memory caps: str/list/bytes repeat, bytearray(n), list(range), huge powers fail fast with MemoryError", () => {
      const { vm, out } = setup();
      for (const expr of ["'x' * 10**10", "'a'.ljust(10**10)", "'{:>10000000000}'.format(1)", "[0] * 10**10", "bytearray(10**10)", "bytes(10**10)", "b'ab' * 10**10", "list(range(10**12))", "10**10**10", "1 << 10**10", "(1, 2) * 10**10"]) {
        expect(thrown(() => vm.run(expr)).type, expr).toBe("MemoryError");
      }
      vm.run("try:\n    s = 'ab' * 10**12\nexcept MemoryError as e:\n    print('caught MemoryError')\n");
      expect(out()).toBe("caught MemoryError\n");
    });

    it("maxStringLength / maxContainerLength / maxIntDigits set lower caps", () => {
      const { vm, out } = setup({ maxStringLength: 1000, maxContainerLength: 1000, maxIntDigits: 100 });
      vm.run("print(len('ab' * 500), len([0] * 1000), len(str(10**99)))");
      expect(out()).toBe("1000 1000 100\n");
      for (const expr of ["'ab' * 501", "'a'.ljust(1001)", "'-'.join(['ab'] * 400)", "[0] * 1001", "bytearray(1001)", "list(range(1001))", "10**200", "1 << 400"]) {
        expect(thrown(() => vm.run(expr)).type, expr).toBe("MemoryError");
      }
    });

    it("maxRecursionDepth sets the recursion limit; deep recursion is a RecursionError, never a JS stack overflow", () => {
      const { vm, out } = setup({ maxRecursionDepth: 60 });
      vm.run("import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(40)\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(60)");
      expect(out()).toBe("60\n60\n40\n");
      expect(thrown(() => vm.run("def f(n):\n    return f(n + 1)\nf(0)\n")).type).toBe("RecursionError");
      const deep = setup({ maxRecursionDepth: 100_000 });
      expect(thrown(() => deep.vm.run("def f(n):\n    return f(n + 1) + 1\nf(0)\n")).type).toBe("RecursionError");
    });

    it("interrupt() from a JS function called by Python raises KeyboardInterrupt at the next check", () => {
      const { vm, out } = setup();
      vm.registerFunction("stop", () => vm.interrupt());
      const e = thrown(() => vm.run("i = 0\nwhile True:\n    i += 1\n    if i == 1000:\n        stop()\n"));
      expect(e.type).toBe("KeyboardInterrupt");
      vm.run("try:\n    while True:\n        stop()\nexcept KeyboardInterrupt:\n    print('interrupted')\n");
      expect(out()).toBe("interrupted\n");
      vm.run("print('runs again')");
      expect(out()).toBe("interrupted\nruns again\n");
    });

    it("terminate() keeps raising KeyboardInterrupt until the run ends", () => {
      const { vm, out } = setup();
      vm.registerFunction("stop", () => vm.terminate());
      const program = "n = 0\nwhile True:\n    try:\n        while True:\n            n += 1\n            if n == 100:\n                stop()\n    except:\n        print('swallowed')\n";
      const e = thrown(() => vm.run(program));
      expect(e.type).toBe("KeyboardInterrupt");
      expect(out()).toBe("swallowed\n");
      vm.run("print('next run is fine')");
      expect(out()).toBe("swallowed\nnext run is fine\n");
    });

    it("interruptBuffer (SharedArrayBuffer) raises KeyboardInterrupt when set to 2", () => {
      const buf = new Int32Array(new SharedArrayBuffer(4));
      const { vm } = setup({ interruptBuffer: buf });
      vm.registerFunction("signal", () => {
        Atomics.store(buf, 0, 2);
      });
      expect(thrown(() => vm.run("n = 0\nwhile True:\n    n += 1\n    if n == 10:\n        signal()\n")).type).toBe("KeyboardInterrupt");
      expect(Atomics.load(buf, 0)).toBe(0);
    });
  });

  describe(`vm.runAsync (${mode})`, () => {
    it("input() with an async provider suspends the program", async () => {
      const { vm, out } = setup();
      const answers = ["Ada", "36"];
      const program = "def ask(q):\n    return input(q)\nname = ask('name? ')\nage = int(input('age? '))\nprint(f'{name} is {age}')\n";
      const prompts: string[] = [];
      await vm.runAsync(program, {
        input: async (prompt) => {
          prompts.push(prompt);
          await new Promise((r) => setTimeout(r, 5));
          return answers.shift() ?? null;
        },
      });
      expect(prompts).toEqual(["name? ", "age? "]);
      expect(out()).toBe("name? age? Ada is 36\n");
    });

    it("the VM's own input provider may be async under runAsync (and is a clear error under run)", async () => {
      const { vm, out } = setup({ input: (() => Promise.resolve("from vm")) as unknown as () => string | null });
      expect(thrown(() => vm.run("input()")).type).toBe("RuntimeError");
      await vm.runAsync("print(input('? '))");
      expect(out()).toBe("? from vm\n");
    });

    it("input() returns EOFError at end of input and works inside loops and try blocks", async () => {
      const { vm, out } = setup();
      const lines = ["1", "2", "3"];
      await vm.runAsync("total = 0\nwhile True:\n    try:\n        total += int(input())\n    except EOFError:\n        break\nprint(total)\n", {
        input: () => Promise.resolve(lines.shift() ?? null),
      });
      expect(out()).toBe("6\n");
    });

    it("a registered async JS function is awaited from Python (value and exception)", async () => {
      const { vm, out } = setup();
      vm.registerFunction("double", async (x: number) => {
        await new Promise((r) => setTimeout(r, 2));
        return x * 2;
      });
      vm.registerFunction("fail", async () => {
        throw new Error("nope");
      });
      await vm.runAsync("def f(n):\n    return double(n) + 1\nprint([f(i) for i in range(3)], double(21))\ntry:\n    fail()\nexcept RuntimeError as e:\n    print('error:', e)\n");
      expect(out()).toBe("[1, 3, 5] 42\nerror: nope\n");
    });

    it("calls with keyword arguments, methods and __init__ can wait; code compiled by earlier runs still suspends", async () => {
      const { vm, out } = setup({ input: () => "sync" });
      vm.registerFunction("scale", async (x: number, kw: { by: number }) => x * kw.by);
      vm.run("def ask(q):\n    return input(q)\nclass Box:\n    def __init__(self):\n        self.v = scale(2, by=5)\n    def get(self):\n        return scale(self.v, by=2)\nfor i in range(300):\n    ask('')\nprint(ask('> '))\n");
      await vm.runAsync("b = Box()\nprint(b.v, b.get(), ask('q? '))\n", { input: async () => "async" });
      expect(out()).toBe("> sync\nq? 10 20 async\n");
    });

    it("waiting inside a callback of a builtin is a clear RuntimeError", async () => {
      const { vm, out } = setup();
      vm.registerFunction("slow", async (x: number) => x);
      await vm.runAsync("try:\n    sorted([3, 1, 2], key=lambda v: slow(v))\nexcept RuntimeError as e:\n    print('RuntimeError', 'cannot wait here' in str(e))\n");
      expect(out()).toBe("RuntimeError True\n");
    });

    it("a timer can interrupt a running program (the VM yields to the event loop)", async () => {
      const { vm } = setup();
      const timer = setTimeout(() => vm.interrupt(), 20);
      const e = await rejected(vm.runAsync("def spin():\n    while True:\n        pass\nspin()\n"));
      clearTimeout(timer);
      expect(e.type).toBe("KeyboardInterrupt");
      expect(e.traceback).toContain("in spin");
    });

    it("timeoutMs counts running time, not time spent waiting for input", async () => {
      // 1.4 s of waiting against a 1 s budget; the loop after it polls the clock. (The
      // budget leaves the running part ample slack on a loaded CI machine.)
      const { vm, out } = setup({ timeoutMs: 1000 });
      await vm.runAsync("a = input()\nb = input()\nt = 0\nfor i in range(15_000):\n    t += i\nprint(a, b, t)", {
        input: () => new Promise((r) => setTimeout(() => r("late"), 700)),
      });
      expect(out()).toBe("late late 112492500\n");
    });

    it("limits apply to runAsync too, and the VM is reusable afterwards", async () => {
      const { vm, out } = setup({ maxSteps: 50_000 });
      expect((await rejected(vm.runAsync("while True: pass"))).type).toBe("StepLimitExceeded");
      await vm.runAsync("print(sum(range(100)))");
      vm.run("print('sync again')");
      expect(out()).toBe("4950\nsync again\n");
    });

    it("an async JS function called by synchronous run() is a RuntimeError naming runAsync", () => {
      const { vm } = setup();
      vm.registerFunction("later", async () => 1);
      const e = thrown(() => vm.run("later()"));
      expect(e.type).toBe("RuntimeError");
      expect(e.traceback).toContain("vm.runAsync()");
    });
  });
}
