/**
 * The execution-control suite (interpreter/src/api/limits.testutil.ts) with
 * the baseline JIT forced (threshold 0). The suite is loaded by path, not
 * through the type checker (it lives in another package's sources); it
 * imports only types from the interpreter, so it runs against this
 * package's `@pyvm/interpreter` build.
 */
import { fileURLToPath } from "node:url";
import { createVM, type VM, type VMOptions } from "@pyvm/interpreter";
import { createJitBackend } from "./tiering.js";

const suitePath = fileURLToPath(new URL("../../interpreter/src/api/limits.testutil.ts", import.meta.url));
const suite = (await import(suitePath)) as { describeLimits(mode: string, makeVM: (opts: VMOptions) => VM): void };

suite.describeLimits("JIT threshold 0", (opts) => createVM({ ...opts, jit: createJitBackend({ threshold: 0 }) }));
suite.describeLimits("JIT, optimizing tier at once", (opts) => createVM({ ...opts, jit: createJitBackend({ threshold: 0, optThreshold: 0 }) }));
