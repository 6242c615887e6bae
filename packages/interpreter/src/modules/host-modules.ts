/**
 * Builtin (TypeScript) modules every VM can import by name, beyond `sys`,
 * `builtins` and `_pyvm_host` (which need the VM itself and are registered
 * in api/vm.ts). Each factory creates a fresh module per VM.
 */
import type { PyModule } from "../objects/module.js";
import { createMathModule } from "./math.js";
import { createReModule } from "./re/module.js";

export const HOST_MODULES: Readonly<Record<string, () => PyModule>> = {
  math: createMathModule,
  _pyvm_re: createReModule,
};
