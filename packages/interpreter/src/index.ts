export { createVM, VM, type VMOptions, type InteractiveResult } from "./api/vm.js";
export type { JitBackend, CompiledEntry, OsrEntry, CodeFeedback, InlineCacheView } from "./jit-interface.js";
export { SEEN, MAX_COMPILED_DEPTH } from "./jit-interface.js";
export { Frame } from "./vm/frame.js";
export type { PyValue } from "./objects/object.js";
export { CodeRuntime, runtimeOf } from "./vm/code-runtime.js";
export { evalFrame } from "./vm/eval-loop.js";
export { formatException } from "./traceback/format.js";
export { JIT_RUNTIME, type JitRuntime, jitCall, callPyFunction } from "./jit-runtime/index.js";
