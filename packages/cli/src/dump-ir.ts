/**
 * `pyvm --dump-ir FILE`: run the program (output as usual), then print to
 * stderr the tier-2 IR of every function in the file, built from the
 * feedback the run collected — the graph the optimizing tier compiles
 * (after its passes), or why it would refuse. Globals resolve in the
 * program's `__main__` namespace, then builtins, as the tier-2 front end
 * resolves them.
 */
import type { CodeObject } from "@pyvm/bytecode";
import { RangeIteratorType, RangeType, runtimeOf, type VM } from "@pyvm/interpreter";
import { dumpIr } from "@pyvm/jit-ir";

export function runWithIrDump(vm: VM, source: string, filename: string, write: (s: string) => void): number {
  let code: CodeObject;
  try {
    code = vm.compile(source, filename);
  } catch {
    // Let the normal path report the syntax error.
    return vm.runMainSource(source, filename);
  }
  const status = vm.runMain(code, source);
  const globals = vm.main().dict;
  const builtins = vm.builtinsModule.dict;
  write(
    dumpIr(code, {
      feedbackOf: (c) => runtimeOf(c, vm.thread),
      globalValue: (name) => {
        const g = globals.getStr(name);
        if (g !== undefined) return { value: g, fromBuiltins: false };
        const b = builtins.getStr(name);
        return b === undefined ? undefined : { value: b, fromBuiltins: true };
      },
      rangeType: RangeType,
      rangeIteratorType: RangeIteratorType,
      ...(process.env["PYVM_IR_INLINE"] === "1"
        ? { inline: { maxInstructions: 60, maxDepth: 2 }, feedbackOf: (c: CodeObject) => runtimeOf(c, vm.thread), globals }
        : {}),
    }),
  );
  return status;
}
