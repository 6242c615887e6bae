/**
 * Building blocks for running whole Python programs in-process: compile once,
 * run many times in fresh VMs with captured output. The benchmarks harness and
 * the tests use these; the `pyvm` command uses the same `createRuntime` so
 * every entry point configures the VM (host hooks, JIT backend) identically.
 */
import { compile, type CodeObject } from "@pyvm/bytecode";
import { createVM, type VM } from "@pyvm/interpreter";
import { createJitBackend, type TieringBackend } from "@pyvm/jit-codegen";
import { readTextFile } from "./host.js";

export interface RuntimeOptions {
  /** false = interpreter only (no JIT backend installed); otherwise the baseline threshold. */
  jit: false | { threshold: number; optThreshold?: number };
  argv?: string[];
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: () => string | null;
  /** Directory of the main script: first entry of sys.path. */
  scriptDir?: string;
  /** Receives the JS of every function the JIT compiles (`--dump-js`). */
  dumpJs?: (qualname: string, source: string) => void;
  /** Execution limits (`--max-steps`, `--timeout-ms`). */
  limits?: { maxSteps?: number; timeoutMs?: number };
}

/** Default baseline-tier threshold when none is given on the command line or in the environment. */
export const DEFAULT_JIT_THRESHOLD = 100;

/** The JIT backend installed in a VM made by `createRuntime` (for `--stats`), if any. */
const backends = new WeakMap<VM, TieringBackend>();
export function jitBackendOf(vm: VM): TieringBackend | null {
  return backends.get(vm) ?? null;
}

export function createRuntime(options: RuntimeOptions): VM {
  const jit: TieringBackend | null = options.jit === false ? null : createJitBackend({ threshold: options.jit.threshold, ...(options.jit.optThreshold === undefined ? {} : { optThreshold: options.jit.optThreshold }), ...(options.dumpJs === undefined ? {} : { dumpJs: options.dumpJs }) });
  const vm = createVM({
    stdout: options.stdout,
    stderr: options.stderr,
    argv: options.argv ?? [""],
    jit,
    readFile: readTextFile,
    path: options.scriptDir === undefined ? [] : [options.scriptDir],
    getcwd: () => process.cwd(),
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    ...options.limits,
  });
  if (jit !== null) backends.set(vm, jit);
  return vm;
}

export interface CompiledProgram {
  readonly filename: string;
  readonly source: string;
  readonly code: CodeObject;
}

/** Parse + compile only (no execution). Throws the parser's PySyntaxError on bad input. */
export function compileProgram(source: string, filename: string): CompiledProgram {
  return { filename, source, code: compile(source, { filename, mode: "exec" }) };
}

export interface RunOptions {
  jit: false | { threshold: number };
  argv?: string[];
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs a compiled module as `__main__` in a fresh VM, capturing its output. */
export function runProgram(program: CompiledProgram, options: RunOptions): RunResult {
  let stdout = "";
  let stderr = "";
  const vm = createRuntime({
    jit: options.jit,
    argv: options.argv ?? [program.filename],
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  const exitCode = vm.runMain(program.code, program.source);
  return { stdout, stderr, exitCode };
}
