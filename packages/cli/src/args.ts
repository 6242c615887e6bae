/**
 * Command-line parsing for `pyvm`, modelled on CPython's own: options come
 * before the program (a file, `-c CODE`, or nothing for the REPL), and
 * everything after the program is passed to it untouched as `sys.argv[1:]`.
 * Parsing is pure (no I/O) so it can be unit-tested; `main.ts` acts on it.
 */

export type Mode =
  | { kind: "file"; path: string }
  | { kind: "command"; code: string }
  | { kind: "stdin" }
  | { kind: "repl" }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "jit-coverage" };

export interface CliOptions {
  mode: Mode;
  /** sys.argv as the program sees it. */
  argv: string[];
  /** false = no JIT backend installed at all. */
  jit: boolean;
  /** Baseline tier threshold (calls + back-edges); 0 = compile at first call. */
  jitThreshold: number | null;
  /** Optimizing tier threshold (calls of tier-1 code; loops: 10× as many back-edges); 0 = tier 2 at once. */
  jitOptThreshold: number | null;
  dis: boolean;
  dumpIr: boolean;
  dumpJs: boolean;
  stats: boolean;
  /** -i: enter the REPL after running the program. */
  inspect: boolean;
  /** --max-steps / --timeout-ms (createVM's execution limits). */
  limits: { maxSteps?: number; timeoutMs?: number };
}

export class UsageError extends Error {}

export const THRESHOLD_ENV = "PYTHON_VM_JIT_BASELINE_THRESHOLD";
export const OPT_THRESHOLD_ENV = "PYTHON_VM_JIT_OPT_THRESHOLD";

function parseThreshold(text: string, source: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${source} must be a non-negative integer, got '${text}'`);
  return Number(text);
}

export function parseArgs(args: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  const opts: CliOptions = {
    mode: { kind: "repl" },
    argv: [""],
    jit: true,
    jitThreshold: null,
    jitOptThreshold: null,
    dis: false,
    dumpIr: false,
    dumpJs: false,
    stats: false,
    inspect: false,
    limits: {},
  };
  const envThreshold = env[THRESHOLD_ENV];
  if (envThreshold !== undefined && envThreshold !== "") opts.jitThreshold = parseThreshold(envThreshold, THRESHOLD_ENV);
  const envOpt = env[OPT_THRESHOLD_ENV];
  if (envOpt !== undefined && envOpt !== "") opts.jitOptThreshold = parseThreshold(envOpt, OPT_THRESHOLD_ENV);

  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-") || arg === "-") break;
    if (arg === "-c") {
      const code = args[i + 1];
      if (code === undefined) throw new UsageError("Argument expected for the -c option");
      opts.mode = { kind: "command", code };
      opts.argv = ["-c", ...args.slice(i + 2)];
      return opts;
    }
    if (arg.startsWith("-c") && !arg.startsWith("--")) {
      opts.mode = { kind: "command", code: arg.slice(2) };
      opts.argv = ["-c", ...args.slice(i + 1)];
      return opts;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = eq === -1 ? undefined : arg.slice(eq + 1);
    switch (name) {
      case "-h":
      case "--help":
        opts.mode = { kind: "help" };
        return opts;
      case "-V":
      case "--version":
        opts.mode = { kind: "version" };
        return opts;
      case "--no-jit":
        opts.jit = false;
        break;
      case "--jit-threshold": {
        const text = value ?? args[++i];
        if (text === undefined) throw new UsageError("--jit-threshold expects a value");
        opts.jitThreshold = parseThreshold(text, "--jit-threshold");
        break;
      }
      case "--jit-opt-threshold": {
        const text = value ?? args[++i];
        if (text === undefined) throw new UsageError("--jit-opt-threshold expects a value");
        opts.jitOptThreshold = parseThreshold(text, "--jit-opt-threshold");
        break;
      }
      case "--max-steps":
      case "--timeout-ms": {
        const text = value ?? args[++i];
        if (text === undefined) throw new UsageError(`${name} expects a value`);
        const n = parseThreshold(text, name);
        if (name === "--max-steps") opts.limits.maxSteps = n;
        else opts.limits.timeoutMs = n;
        break;
      }
      case "--dis":
        opts.dis = true;
        break;
      case "--dump-ir":
        opts.dumpIr = true;
        break;
      case "--dump-js":
        opts.dumpJs = true;
        break;
      case "--stats":
        opts.stats = true;
        break;
      case "--jit-coverage":
        opts.mode = { kind: "jit-coverage" };
        return opts;
      case "-i":
        opts.inspect = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  const file = args[i];
  if (file === undefined) return opts;
  if (file === "-") {
    opts.mode = { kind: "stdin" };
    opts.argv = ["-", ...args.slice(i + 1)];
  } else {
    opts.mode = { kind: "file", path: file };
    opts.argv = [file, ...args.slice(i + 1)];
  }
  return opts;
}

export const USAGE = `usage: pyvm [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd              program passed in as string (terminates option list)
  -i                  inspect interactively after running the program
  -h, --help          print this help message and exit
  -V, --version       print the pyvm and Python language version and exit
  --no-jit            run on the interpreter only (no JIT installed)
  --jit-threshold=N   hotness (calls + loop iterations) before the baseline JIT
                      compiles a function; 0 compiles at first call
                      (default from ${THRESHOLD_ENV})
  --jit-opt-threshold=N  calls of baseline code before the optimizing tier
                      compiles it (loops: 10*N back-edges); 0 = at once
                      (default from ${OPT_THRESHOLD_ENV}, else 1000)
  --max-steps=N       stop the program with pyvm.StepLimitExceeded after N steps
                      (loop iterations + calls + items processed by builtins)
  --timeout-ms=N      stop the program with pyvm.TimeLimitExceeded after N ms
  --dis               print the bytecode of the program instead of running it
  --dump-ir           print the JIT's IR for each compiled function
  --dump-js           print the JavaScript the JIT generates
  --jit-coverage      print which opcodes the JIT can compile
  --stats             print execution statistics at exit
Arguments:
  file                program read from script file
  -                   program read from stdin (default; interactive mode if a tty)
  arg ...             arguments passed to program in sys.argv[1:]
`;
