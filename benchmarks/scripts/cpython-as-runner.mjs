// A stand-in for @pyvm/cli's runner that runs programs with python3, for
// smoke-testing the harness end to end before the interpreter exists:
//
//   PYVM_BENCH_RUNNER=./scripts/cpython-as-runner.mjs node dist/cli.js --short --baseline /tmp/b.json ...
//
// `interp` and `jit` both mean "python3" here, so the ratios it produces say
// nothing about pyvm; never record a baseline with it. Set
// PYVM_FAKE_SLOW_JIT=name1,name2 to run those programs' jit task twice per
// call, which makes a deliberate regression for trying --check.

import { spawnSync } from "node:child_process";

const slow = new Set((process.env.PYVM_FAKE_SLOW_JIT ?? "").split(",").filter(Boolean));
const sources = new Map();

export function compileProgram(source, filename) {
  const check = spawnSync("python3", ["-c", "import sys; compile(sys.stdin.read(), sys.argv[1], 'exec')", filename], {
    input: source,
    encoding: "utf8",
  });
  if (check.status !== 0) throw new SyntaxError(check.stderr.trim());
  const program = { filename };
  sources.set(program, source);
  return program;
}

export function runProgram(program, options) {
  const name = program.filename.replace(/^.*\//, "").replace(/\.py$/, "");
  const times = options.jit !== false && slow.has(name) ? 2 : 1;
  let res;
  for (let i = 0; i < times; i++) {
    res = spawnSync("python3", ["-"], {
      input: sources.get(program),
      encoding: "utf8",
      env: { ...process.env, PYTHONHASHSEED: "0" },
    });
  }
  return { stdout: res.stdout, stderr: res.stderr, exitCode: res.status ?? 1 };
}
