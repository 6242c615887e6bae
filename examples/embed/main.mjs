// Embedding pyvm in a JS program: run, eval, call Python from JS, call JS from
// Python, register a JS module, convert values, handle Python errors.
//
//   pnpm build && node examples/embed/main.mjs
//
// A real application would `import { createVM } from "@pyvm/interpreter"`;
// this example imports the built packages by relative path so it runs from a
// checkout. See docs/embedding.md for the full API.
import { createVM, PythonError } from "../../packages/interpreter/dist/index.js";
import { createJitBackend } from "../../packages/jit-codegen/dist/index.js";

const lines = ["Ada"];
const vm = createVM({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  input: () => lines.shift() ?? null, // input() reads from here; null = end of input
  files: {
    // A virtual file system for imports and read-only open() (no host file access by default).
    "scores.csv": "ada,36\nbob,29\n",
    "shapes.py": [
      "import math",
      "class Circle:",
      "    def __init__(self, r):",
      "        self.r = r",
      "    def area(self):",
      "        return math.pi * self.r ** 2",
      "    def __repr__(self):",
      "        return f'Circle({self.r})'",
    ].join("\n"),
  },
  jit: createJitBackend({ threshold: 100 }), // omit for interpreter only
});

// 1. Run statements; output goes to the stdout writer.
vm.run("name = input('Your name? ')\nprint(f'Hello, {name}!')");

// 1b. Read a virtual file.
vm.run("with open('scores.csv') as f:\n    rows = [line.strip().split(',') for line in f]\nprint('rows:', rows)");

// 2. Evaluate expressions: results are converted to JS values.
console.log("eval:", vm.eval("sum(i * i for i in range(10))"), vm.eval("2 ** 100"), vm.eval("{'a': [1, 2.5], 'b': None}"));

// 3. Call Python functions from JS (positional and keyword arguments).
vm.run("def greet(who, punct='!', *, times=1):\n    return ' '.join([f'hi {who}{punct}'] * times)");
const greet = vm.get("greet");
console.log("call:", greet.call("Bob"), "|", greet.callKw(["Cy"], { punct: "?", times: 2 }));

// 4. Objects without a JS counterpart come back as PyProxy objects.
const shapes = vm.import("shapes");
const circle = shapes.get("Circle").call(2);
console.log("proxy:", circle.type, circle.repr(), circle.get("area").call().toFixed(3), String(circle));

// 5. JS functions callable from Python (builtins visible in every module).
vm.registerFunction("js_upper", (s) => s.toUpperCase());
vm.registerFunction("fetch_user", (id, options) => ({ id, name: `user${id}`, tags: ["a", "b"], verbose: options?.verbose ?? false }));
vm.run("u = fetch_user(7, verbose=True)\nprint(js_upper(u['name']), u['tags'], u['verbose'])");

// 6. A whole JS module importable from Python.
vm.registerModule("host", {
  version: "1.0",
  now: () => 1700000000,
  add: (a, b) => a + b,
});
vm.run("import host\nfrom host import add\nprint('host', host.version, host.now(), add(2, 3), add(0.5, 0.25))");

// 7. Errors: Python exceptions reach JS as PythonError; JS exceptions reach Python as exceptions.
try {
  vm.run("def div(a, b):\n    return a / b\ndiv(1, 0)", { filename: "calc.py" });
} catch (e) {
  if (!(e instanceof PythonError)) throw e;
  console.log("PythonError:", e.type, "-", e.pythonMessage);
  process.stdout.write(e.traceback);
}
vm.registerFunction("check_age", (age) => {
  if (age < 0) throw new PythonError("ValueError", "age must be >= 0");
  return age;
});
vm.run("try:\n    check_age(-1)\nexcept ValueError as e:\n    print('caught in Python:', e)");

// 8. Globals both ways.
vm.globals.set("config", { debug: true, level: 3 });
vm.run("level = config['level'] * 2");
console.log("globals:", vm.globals.get("level"), vm.globals.has("config"));
