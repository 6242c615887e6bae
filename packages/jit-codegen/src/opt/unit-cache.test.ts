import { describe, expect, it } from "vitest";
import { compile, type CodeObject } from "@pyvm/bytecode";
import { createVM } from "@pyvm/interpreter";
import { createJitBackend, type TieringBackend } from "../tiering.js";

const code = (src: string, name: string): CodeObject => compile(src, { filename: `<${name}>`, mode: "exec" });

/** One VM with its own JIT backend, running shared code objects in `__main__`. */
function newVm() {
  let out = "";
  const jit: TieringBackend = createJitBackend({ threshold: 0, optThreshold: 5, stress: null });
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), jit });
  return {
    jit,
    run(c: CodeObject): void {
      vm.runCode(c);
    },
    take(): string {
      const o = out;
      out = "";
      return o;
    },
  };
}

// Shared by every VM of a test: the function bodies tier 2 compiles.
const DEFS = code(
  `
def helper(x):
    return x + 1

def work(pts, n):
    t = 0
    for i in range(n):
        p = pts[i % len(pts)]
        t += helper(p.x) * SCALE + p.y
    return t
`,
  "defs",
);
const DRIVE = code(
  `
res = 0
for _ in range(20):
    res = work(pts, 50)
print(res)
`,
  "drive",
);
const setup = (scale: number, order: "xy" | "yx"): CodeObject =>
  code(
    `
SCALE = ${scale}
class P:
    def __init__(self, x, y):
${order === "xy" ? "        self.x = x\n        self.y = y" : "        self.y = y\n        self.x = x"}
pts = [P(i, i * 2) for i in range(7)]
`,
    `setup-${scale}-${order}`,
  );

function expected(scale: number): number {
  let t = 0;
  for (let i = 0; i < 50; i++) {
    const k = i % 7;
    t += (k + 1) * scale + k * 2;
  }
  return t;
}

describe("tier-2 units shared across VMs", () => {
  it("a second VM running the same code with the same feedback compiles nothing", () => {
    const s = setup(3, "xy");
    const a = newVm();
    a.run(s);
    a.run(DEFS);
    a.run(DRIVE);
    expect(a.take()).toBe(`${expected(3)}\n`);
    expect(a.jit.stats.optimizing.compiled).toBeGreaterThan(0);
    expect(a.jit.stats.optimizing.reused).toBe(0);
    const b = newVm();
    b.run(s);
    b.run(DEFS);
    b.run(DRIVE);
    expect(b.take()).toBe(`${expected(3)}\n`);
    expect(b.jit.stats.optimizing.compiled).toBeGreaterThan(0);
    expect(b.jit.stats.optimizing.reused).toBe(b.jit.stats.optimizing.compiled);
    expect([...b.jit.stats.deopts.values()].reduce((x, y) => x + y, 0)).toBe(0);
  });

  it("compiles anew when a global read as a constant or a class differs between the VMs", () => {
    const a = newVm();
    a.run(setup(2, "xy"));
    a.run(DEFS);
    a.run(DRIVE);
    expect(a.take()).toBe(`${expected(2)}\n`);
    // Another SCALE (an int constant in the unit): the recorded globals do not replay.
    const b = newVm();
    b.run(setup(5, "xy"));
    b.run(DEFS);
    b.run(DRIVE);
    expect(b.take()).toBe(`${expected(5)}\n`);
    expect(b.jit.stats.optimizing.compiled - b.jit.stats.optimizing.reused).toBeGreaterThan(0);
    // Another attribute layout of P (other shapes and slots).
    const c = newVm();
    c.run(setup(2, "yx"));
    c.run(DEFS);
    c.run(DRIVE);
    expect(c.take()).toBe(`${expected(2)}\n`);
    expect(c.jit.stats.optimizing.compiled - c.jit.stats.optimizing.reused).toBeGreaterThan(0);
    expect([...c.jit.stats.deopts.values()].reduce((x, y) => x + y, 0)).toBe(0);
  });

  it("Cls.name read as a constant replays against the new VM's class (classAttr query)", () => {
    const defs = code(
      "class Base:\n    def __init__(self, x):\n        self.x = x\nclass Sub(Base):\n    def __init__(self, x):\n        Base.__init__(self, x)\n        self.y = x\nclass E(Exception):\n    def __init__(self, c):\n        Exception.__init__(self, c)\n        self.c = c\n",
      "cls-defs",
    );
    const drive = code("t = 0\nfor i in range(60):\n    t += Sub(i).x + E(i).c + len(E(i).args)\nprint(t)\n", "cls-drive");
    const a = newVm();
    a.run(defs);
    a.run(drive);
    expect(a.take()).toBe(`${2 * 1770 + 60}\n`);
    const b = newVm();
    b.run(defs);
    b.run(drive);
    expect(b.take()).toBe(`${2 * 1770 + 60}\n`);
    expect(b.jit.stats.optimizing.reused).toBeGreaterThan(0);
    // A VM whose Base.__init__ differs: the logged lookup does not replay, the unit compiles anew.
    const c = newVm();
    c.run(defs);
    c.run(code("def init(self, x):\n    self.x = x * 2\nBase.__init__ = init\n", "cls-patch"));
    c.run(drive);
    expect(c.take()).toBe(`${3 * 1770 + 60}\n`);
  });

  it("invalidation in one VM leaves the other VM's unit alone", () => {
    const s = setup(4, "xy");
    const a = newVm();
    const b = newVm();
    for (const v of [a, b]) {
      v.run(s);
      v.run(DEFS);
      v.run(DRIVE);
      expect(v.take()).toBe(`${expected(4)}\n`);
    }
    expect(b.jit.stats.optimizing.reused).toBeGreaterThan(0);
    // Rebinding helper in A invalidates A's units (helper was called directly / read as a constant).
    a.run(code("def helper(x):\n    return x + 2\n", "rebind"));
    a.run(DRIVE);
    let t = 0;
    for (let i = 0; i < 50; i++) t += ((i % 7) + 2) * 4 + (i % 7) * 2;
    expect(a.take()).toBe(`${t}\n`);
    expect(a.jit.stats.invalidations.size).toBeGreaterThan(0);
    b.run(DRIVE);
    expect(b.take()).toBe(`${expected(4)}\n`);
    expect(b.jit.stats.invalidations.size).toBe(0);
  });
});
