// Running untrusted Python safely: a step budget, allocation caps, a stop
// button that `except:` cannot swallow, and `runAsync` with an async
// `input()` provider and an async JS function awaited from Python.
//
//   pnpm build && node examples/embed/limits.mjs
//
// See "Limits and interruption" in docs/embedding.md.
import { createVM } from "../../packages/interpreter/dist/index.js";
import { createJitBackend } from "../../packages/jit-codegen/dist/index.js";

const write = (s) => process.stdout.write(s);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// 1. Limits: the program sees a Python exception; the host gets a PythonError.
const vm = createVM({
  stdout: write,
  maxSteps: 1_000_000, // loop iterations + calls + items processed by builtins, per run
  maxContainerLength: 1_000_000,
  maxRecursionDepth: 200,
  jit: createJitBackend({ threshold: 10 }), // limits count the same in compiled code
});
for (const program of [
  "while True:\n    pass",
  "sum(range(10**12))",
  // A hostile loop that tries to swallow the limit: the limit is sticky for the rest of the run.
  "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass",
  "def f(n):\n    return f(n + 1)\nf(0)",
]) {
  try {
    vm.run(program);
  } catch (e) {
    console.log(`${e.type}: ${e.pythonMessage}`);
  }
}
vm.run("try:\n    board = [0] * 10**7\nexcept MemoryError as e:\n    print('MemoryError:', e)");
vm.run("print('still usable:', sum(range(1000)))");

// 2. runAsync: input() and async JS functions suspend the program until their promises settle.
const vm2 = createVM({ stdout: write });
vm2.registerFunction("greeting", async (name) => {
  await sleep(10); // e.g. a fetch()
  return `Hello, ${name}!`;
});
await vm2.runAsync("name = input('Your name? ')\nprint(name)\nprint(greeting(name))", {
  input: async () => {
    await sleep(10); // e.g. waiting for the user
    return "Ada";
  },
});

// 3. A stop button: the program yields to the event loop while runAsync runs, so a timer (or a
// click handler) can stop it; terminate() keeps raising KeyboardInterrupt until the run ends.
setTimeout(() => vm2.terminate(), 50);
try {
  await vm2.runAsync("while True:\n    try:\n        pass\n    except:\n        print('caught it, carrying on')");
} catch (e) {
  console.log(`${e.type} (stopped by a timer)`);
}
