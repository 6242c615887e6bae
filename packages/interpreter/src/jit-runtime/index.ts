export { JIT_RUNTIME, type JitRuntime } from "./runtime.js";
export { jitCall, callPyFunction } from "./call.js";
