import { afterEach, describe, expect, it } from "vitest";
import { compile, type CodeObject } from "@pyvm/bytecode";
import { createVM } from "@pyvm/interpreter";
import { createJitBackend } from "./tiering.js";

const code = (src: string, name: string): CodeObject => compile(src, { filename: `<${name}>`, mode: "exec" });

// One code object for every run: N and M are globals (M is read as a constant by tier 2).
const DEFS = code(
  `
def step(t, i):
    return (t * M + i) % 10007

def drive(n):
    t = 0
    for i in range(n):
        t = step(t, i)
    return t

total = 0
for r in range(N):
    total = (total + drive(20)) % 1000003
print(total)
`,
  "warm",
);
const sized = (n: number, m: number): CodeObject => code(`N = ${n}\nM = ${m}\n`, `size-${n}-${m}`);

function expected(n: number, m = 7): number {
  let total = 0;
  for (let r = 0; r < n; r++) {
    let t = 0;
    for (let i = 0; i < 20; i++) t = (t * m + i) % 10007;
    total = (total + t) % 1000003;
  }
  return total;
}

/** A VM with thresholds high enough that a short run stays below tier 2 on its own. */
function run(n: number, m = 7) {
  let out = "";
  const jit = createJitBackend({ threshold: 10, optThreshold: 300, stress: null });
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), jit });
  vm.runCode(sized(n, m));
  vm.runCode(DEFS);
  return { out, stats: jit.stats };
}

describe("warm start from another VM's tier-2 units", () => {
  const saved = process.env["PYVM_OPT_WARM_START"];
  afterEach(() => {
    if (saved === undefined) delete process.env["PYVM_OPT_WARM_START"];
    else process.env["PYVM_OPT_WARM_START"] = saved;
  });

  it("a short run tiers up at once to the units a long run left", () => {
    // Alone, the short run stays below the tier-2 thresholds.
    delete process.env["PYVM_OPT_WARM_START"];
    const long = run(100);
    expect(long.out).toBe(`${expected(100)}\n`);
    expect(long.stats.optimizing.compiled).toBeGreaterThan(0);
    const short = run(10);
    expect(short.out).toBe(`${expected(10)}\n`);
    expect(short.stats.optimizing.reused).toBeGreaterThan(0);
    expect(short.stats.optimizing.compiled).toBe(short.stats.optimizing.reused);
    expect([...short.stats.deopts.values()].reduce((x, y) => x + y, 0)).toBe(0);
  });

  it("PYVM_OPT_WARM_START=0 keeps the ordinary thresholds", () => {
    run(100);
    process.env["PYVM_OPT_WARM_START"] = "0";
    const short = run(10);
    expect(short.out).toBe(`${expected(10)}\n`);
    expect(short.stats.optimizing.compiled).toBe(0);
  });

  it("a VM whose globals differ takes no early unit and refuses nothing", () => {
    delete process.env["PYVM_OPT_WARM_START"];
    run(100);
    // Another M (read as a constant by the units): the recorded globals do not replay.
    const short = run(10, 11);
    expect(short.out).toBe(`${expected(10, 11)}\n`);
    expect(short.stats.optimizing.compiled).toBe(0);
    expect(short.stats.notCompiled.size).toBe(0);
  });
});
