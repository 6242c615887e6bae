export { main } from "./main.js";
export { parseArgs, USAGE, UsageError, THRESHOLD_ENV, type CliOptions, type Mode } from "./args.js";
export {
  compileProgram,
  runProgram,
  createRuntime,
  jitBackendOf,
  DEFAULT_JIT_THRESHOLD,
  type CompiledProgram,
  type RunOptions,
  type RunResult,
  type RuntimeOptions,
} from "./program.js";
export { VERSION_TEXT, PYVM_VERSION, PYTHON_VERSION } from "./version.js";
