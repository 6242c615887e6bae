/** Quickening: the per-VM instruction copy, specialization, miss counting and deopt back-off. */
import { describe, expect, it } from "vitest";
import { BASE_OPCODE, Op, OPCODE_NAMES } from "@pyvm/bytecode";
import { createVM } from "../../api/vm.js";
import { PyFunction } from "../../objects/function.js";
import { runtimeOf } from "../code-runtime.js";
import { MISS_LIMIT, interpreterFamilyStats } from "./specialize.js";

function quickOps(src: string, fname: string): { names: string[]; base: string[] } {
  const vm = createVM({ jit: null });
  vm.run(src);
  const ts = (vm as unknown as { thread: { mainGlobals: { getStr(n: string): unknown } } }).thread;
  const f = ts.mainGlobals.getStr(fname);
  if (!(f instanceof PyFunction)) throw new Error("not a function");
  const rt = runtimeOf(f.code, ts);
  const names: string[] = [];
  for (let pc = 0; pc < rt.quick.length; pc++) names.push(OPCODE_NAMES[rt.specializedOpAt(pc)] as string);
  return { names, base: Array.from(f.code.code, (w) => OPCODE_NAMES[w & 0xff] as string) };
}

describe("quickening", () => {
  it("specializes in the runtime's copy and leaves the code object's instructions alone", () => {
    const { names, base } = quickOps(
      "def f(a, b):\n    return a + b < 10\nfor i in range(5):\n    f(i, 1)\n",
      "f",
    );
    expect(names).toContain("BINARY_OP_ADD_INT");
    expect(names).toContain("COMPARE_OP_INT");
    expect(base).not.toContain("BINARY_OP_ADD_INT");
    for (let i = 0; i < names.length; i++) expect(OPCODE_NAMES[BASE_OPCODE[Op[names[i] as keyof typeof Op]] as number]).toBe(base[i]);
  });

  it("deoptimizes a site after MISS_LIMIT misses and re-specializes to the new type later", () => {
    const n = MISS_LIMIT + 2;
    const { names } = quickOps(
      `def f(a, b):\n    return a * b\nfor i in range(5):\n    f(i, 2)\nfor i in range(${n}):\n    f(1.5, 2.0)\nfor i in range(40000):\n    f(0.5, 2.0)\n`,
      "f",
    );
    expect(names).toContain("BINARY_OP_MULTIPLY_FLOAT");
  });

  it("fuses LOAD_FAST with the attribute site after it and goes polymorphic on several classes", () => {
    const { names } = quickOps(
      "class A:\n    def __init__(self):\n        self.x = 1\nclass B:\n    def __init__(self):\n        self.y = 0\n        self.x = 2\n" +
        "def f(o):\n    o.x = o.x + 1\n    return o.x\n" +
        "for i in range(100):\n    f(A())\nfor i in range(100):\n    f(B())\nfor i in range(40000):\n    f(A() if i % 2 else B())\n",
      "f",
    );
    expect(names).toContain("LOAD_FAST__LOAD_ATTR");
    expect(names).toContain("LOAD_FAST__STORE_ATTR");
    expect(names).toContain("LOAD_ATTR_POLY");
    expect(names).toContain("STORE_ATTR_POLY");
  });

  it("counts specializations and misses per family", () => {
    quickOps("def f(x):\n    return x.real\nfor i in range(3):\n    f(i)\n", "f");
    const { families } = interpreterFamilyStats();
    expect(families.some((fs) => fs.specializations > 0)).toBe(true);
  });
});
