/**
 * The `pyvm` command: what `python3` does, on pyvm. Exit codes follow CPython:
 * 0 on success, 1 for an uncaught exception (traceback on stderr), the
 * `SystemExit` code when the program exits, 2 for bad usage or a file that
 * cannot be opened.
 */
import { resolve, dirname } from "node:path";
import { compile, disassemble } from "@pyvm/bytecode";
import { formatSyntaxError, PySyntaxError } from "@pyvm/parser";
import { jitCoverageReport, stressFromEnv, StressSyntaxError } from "@pyvm/jit-codegen";
import { parseArgs, UsageError, USAGE, type CliOptions } from "./args.js";
import { createRuntime, DEFAULT_JIT_THRESHOLD, jitBackendOf } from "./program.js";
import { enableInterpreterStats } from "@pyvm/interpreter";
import { formatStats } from "./stats.js";
import { readAllStdin, readStdinLine, readTextFile, writeStderr, writeStdout } from "./host.js";
import { runRepl } from "./repl.js";
import { runWithIrDump } from "./dump-ir.js";
import { VERSION_TEXT } from "./version.js";

export async function main(args: readonly string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(args, process.env);
    if (opts.jit) stressFromEnv(process.env); // validate PYTHON_VM_JIT_STRESS up front
  } catch (e) {
    if (e instanceof UsageError || e instanceof StressSyntaxError) {
      writeStderr(`pyvm: ${e.message}\n${USAGE.split("\n")[0]}\nTry \`pyvm -h' for more information.\n`);
      return 2;
    }
    throw e;
  }

  switch (opts.mode.kind) {
    case "help":
      writeStdout(USAGE);
      return 0;
    case "version":
      writeStdout(`${VERSION_TEXT}\n`);
      return 0;
    case "jit-coverage":
      writeStdout(jitCoverageReport());
      return 0;
    default:
      break;
  }

  let source: string;
  let filename: string;
  let scriptDir: string;
  switch (opts.mode.kind) {
    case "file": {
      const path = opts.mode.path;
      const text = readTextFile(path);
      if (text === null) {
        writeStderr(`pyvm: can't open file '${resolve(path)}': [Errno 2] No such file or directory\n`);
        return 2;
      }
      source = text;
      filename = resolve(path); // CPython 3.9+: the script's __file__ and traceback filename are absolute
      scriptDir = dirname(resolve(path));
      break;
    }
    case "command":
      source = opts.mode.code;
      filename = "<string>";
      scriptDir = process.cwd();
      break;
    case "stdin":
      source = readAllStdin();
      filename = "<stdin>";
      scriptDir = process.cwd();
      break;
    default: {
      if (!process.stdin.isTTY) {
        source = readAllStdin();
        filename = "<stdin>";
        scriptDir = process.cwd();
        break;
      }
      const vm = makeVM(opts, process.cwd());
      return runRepl(vm);
    }
  }

  if (opts.dumpIr && !opts.dis) {
    const vm = makeVM(opts, scriptDir);
    return runWithIrDump(vm, source, filename, writeStderr);
  }

  if (opts.dis) {
    try {
      writeStdout(disassemble(compile(source, { filename, mode: "exec" }), { recursive: true }));
      return 0;
    } catch (e) {
      if (e instanceof PySyntaxError) {
        writeStderr(formatSyntaxError(e));
        return 1;
      }
      throw e;
    }
  }

  if (opts.stats) enableInterpreterStats();
  const vm = makeVM(opts, scriptDir);
  const code = vm.runMainSource(source, filename);
  if (opts.inspect) return runRepl(vm);
  if (opts.stats) writeStderr(formatStats(opts.jit ? { threshold: opts.jitThreshold ?? DEFAULT_JIT_THRESHOLD, backend: jitBackendOf(vm) } : null));
  return code;
}

function makeVM(opts: CliOptions, scriptDir: string) {
  return createRuntime({
    jit: opts.jit ? { threshold: opts.jitThreshold ?? DEFAULT_JIT_THRESHOLD, ...(opts.jitOptThreshold === null ? {} : { optThreshold: opts.jitOptThreshold }) } : false,
    argv: opts.argv,
    stdout: writeStdout,
    stderr: writeStderr,
    stdin: readStdinLine,
    scriptDir,
    limits: opts.limits,
    ...(opts.dumpJs ? { dumpJs: (qualname: string, source: string) => writeStderr(`// ---- pyvm-jit: ${qualname} ----\n${source}`) } : {}),
  });
}
