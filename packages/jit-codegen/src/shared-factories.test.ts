import { describe, expect, it } from "vitest";
import { compile, type CodeObject } from "@pyvm/bytecode";
import { createVM } from "@pyvm/interpreter";
import { createJitBackend } from "./tiering.js";

// One code object for every VM (as benchmarks and embedders run it): a plain
// function called from a loop, and a small self-recursive one.
const PROGRAM: CodeObject = compile(
  `
def step(t, i):
    return (t * 7 + i) % 10007

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def drive(n):
    t = 0
    for i in range(n):
        t = step(t, i)
    return t

total = 0
for r in range(60):
    total = (total + drive(20) + fib(8)) % 1000003
print(total)
`,
  { filename: "<shared>", mode: "exec" },
);

/** One VM running PROGRAM; returns its output and the tier-2 sources it installed (qualname → sourceURL). */
function run(): { out: string; urls: Map<string, string> } {
  let out = "";
  const urls = new Map<string, string>();
  const dumpJs = (name: string, source: string): void => {
    if (!name.includes("[tier 2")) return;
    urls.set(name, /\/\/# sourceURL=(\S+)/.exec(source)?.[1] ?? "");
  };
  const jit = createJitBackend({ threshold: 5, optThreshold: 50, stress: null, dumpJs });
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), jit });
  vm.runCode(PROGRAM);
  return { out, urls };
}

describe("tier-2 factories shared by the VMs of a process", () => {
  it("a later VM instantiates the same source (one factory: run/fast shared), a small self-recursive unit its own copy", () => {
    const a = run();
    const b = run();
    expect(b.out).toBe(a.out);
    const step = [...a.urls.keys()].find((k) => k.startsWith("step "));
    const fib = [...a.urls.keys()].find((k) => k.startsWith("fib "));
    expect(step).toBeDefined();
    expect(fib).toBeDefined();
    // Same sourceURL: the same parsed factory (codegen.ts shareAcrossVms, tier.ts factoryCache / unit cache).
    expect(b.urls.get(step as string)).toBe(a.urls.get(step as string));
    // fib calls itself directly: a per-VM parse (ownSource) under a new sourceURL.
    expect(b.urls.get(fib as string)).toBeDefined();
    expect(b.urls.get(fib as string)).not.toBe(a.urls.get(fib as string));
  });
});
