/**
 * Tier-1 golden tests: every `test-data/*.py` runs through the real VM with
 * the JIT compiling each function at its first call (threshold 0); stdout
 * (and stderr, for programs that end in a traceback) must equal CPython's
 * output committed next to the program (`test-data/gen-expected.sh`).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type CodeObject } from "@pyvm/bytecode";
import { createVM, runtimeOf } from "@pyvm/interpreter";
import { createJitBackend } from "../tiering.js";
import { baselineRefusal, compileBaseline } from "./baseline.js";
import { computeStackDepths } from "./stack-depth.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "../../test-data");
const programs = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

function run(source: string, file: string, dump?: (q: string, s: string) => void) {
  let out = "";
  let err = "";
  // The baseline tier alone (no tier 2), whatever the environment says about stress.
  const jit = createJitBackend({ threshold: 0, optThreshold: Infinity, stress: null, ...(dump === undefined ? {} : { dumpJs: dump }) });
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (err += s), jit });
  const rc = vm.runMainSource(source, file);
  return { out, err, rc, stats: jit.stats };
}

describe("baseline JIT: python programs at threshold 0", () => {
  for (const file of programs) {
    it(file, () => {
      const source = readFileSync(join(dir, file), "utf8");
      const expectedOut = readFileSync(join(dir, file.replace(/\.py$/, ".out")), "utf8");
      const errFile = join(dir, file.replace(/\.py$/, ".err"));
      const expectedErr = existsSync(errFile) ? readFileSync(errFile, "utf8") : "";
      const r = run(source, file);
      expect(r.out).toBe(expectedOut);
      expect(r.err).toBe(expectedErr);
      expect(r.rc).toBe(expectedErr === "" ? 0 : 1);
      expect(r.stats.compiled).toBeGreaterThan(0);
    });
  }
});

function functionCodes(code: CodeObject): CodeObject[] {
  const out: CodeObject[] = [];
  for (const c of code.consts) {
    if (c instanceof Object && "kind" in c && c.kind === "code") {
      out.push(c as CodeObject, ...functionCodes(c as CodeObject));
    }
  }
  return out;
}

describe("baseline JIT: generated code", () => {
  const source = [
    "def greet(name):",
    "    return 'hello-sentinel ' + name + \" quoted'\\\"*/ end\"",
    "def other():",
    "    return greet('zebra-constant'), 12345678901, 2.718281828",
    "print(other())",
  ].join("\n");

  it("contains no Python constants and gets a unique sourceURL per function", () => {
    const dumps: { q: string; s: string }[] = [];
    const r = run(source, "consts.py", (q, s) => dumps.push({ q, s }));
    expect(r.out).toBe("('hello-sentinel zebra-constant quoted\\'\"*/ end', 12345678901, 2.718281828)\n");
    expect(dumps.map((d) => d.q).sort()).toEqual(["greet", "other"]);
    for (const { s } of dumps) {
      for (const c of ["hello-sentinel", "zebra-constant", "quoted", "12345678901", "2.718281828"]) expect(s).not.toContain(c);
    }
    const urls = dumps.map((d) => /\/\/# sourceURL=(\S+)/.exec(d.s)?.[1]);
    expect(urls.every((u) => u !== undefined && u.startsWith("pyvm-jit/"))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("shares one entry per code object across compiles (VMs), with distinct sourceURLs per code object", () => {
    const codes = functionCodes(compile(source, { filename: "x.py", mode: "exec" }));
    const code = codes[0] as CodeObject;
    const consts = runtimeOf(code, {}).consts;
    const a = compileBaseline(code, { consts });
    const b = compileBaseline(code, { consts });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.source).toBe(b.source);
      // One closure for every VM: it reads the VM's constants from the frame's runtime (f.rt.consts).
      expect(a.entry).toBe(b.entry);
      expect(a.source).toContain("const K = rt.consts;");
    }
    const other = codes[1] as CodeObject;
    const c = compileBaseline(other, { consts: runtimeOf(other, {}).consts });
    if (a.ok && c.ok) expect(a.source.match(/sourceURL=.*/)?.[0]).not.toBe(c.source.match(/sourceURL=.*/)?.[0]);
  });

  it("refuses frame introspection with a reason; generators and module bodies compile", () => {
    const mod = compile("def g():\n    yield 1\ndef h():\n    return locals()\ndef k(x):\n    return x\n", { filename: "r.py", mode: "exec" });
    expect(baselineRefusal(mod)).toBeNull();
    // A module (or class) body's locals() is its live locals mapping: no refusal.
    expect(baselineRefusal(compile("print(sorted(locals()))\n", { filename: "l.py", mode: "exec" }))).toBeNull();
    const [g, h, k] = functionCodes(mod) as [CodeObject, CodeObject, CodeObject];
    expect(baselineRefusal(g)).toBeNull();
    expect(baselineRefusal(h)).toMatch(/locals/);
    expect(baselineRefusal(k)).toBeNull();
    const res = compileBaseline(g, { consts: runtimeOf(g, {}).consts });
    expect(res.ok).toBe(true);
    // A yield suspends by writing the frame back; the entry takes gen.throw()'s exception.
    if (res.ok) expect(res.source).toMatch(/f\.suspended = true; return s\d+;/);
    if (res.ok) expect(res.source).toContain("function pyvm_jit(f, x, re)");
  });

  it("writes assigned locals back to the frame before a call (the callee may read f_back.f_locals), only those stored since", () => {
    const mod = compile("def f(n):\n    a = n + 1\n    b = g(a)\n    c = g(b)\n    return g(n)\n", { filename: "w.py", mode: "exec" });
    const [f] = functionCodes(mod) as [CodeObject];
    const res = compileBaseline(f, { consts: runtimeOf(f, {}).consts });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const calls = res.source.split("\n").filter((l) => l.includes("$call1("));
    expect(calls.length).toBe(3);
    // Straight-line code: a before the first call, b before the second, c before the third; never n (an argument).
    const body = res.source.slice(res.source.indexOf("case 0:"));
    const [first, second, third] = body.split("$call1(").slice(0, 3);
    expect(first).toMatch(/lp\[1\] = l1;/);
    expect(second).toMatch(/lp\[2\] = l2;/);
    expect(second).not.toMatch(/lp\[1\] = l1;/);
    expect(third).toMatch(/lp\[3\] = l3;/);
    expect(body).not.toMatch(/lp\[0\] = l0;.*\$call1/);
  });

  it("compiles module and class bodies (hot loops tier up through on-stack replacement)", () => {
    const compiled: string[] = [];
    const file = "module_loop.py";
    const r = run(readFileSync(join(dir, file), "utf8"), file, (q) => compiled.push(q));
    expect(r.out).toBe(readFileSync(join(dir, "module_loop.out"), "utf8"));
    expect(r.err).toBe(readFileSync(join(dir, "module_loop.err"), "utf8"));
    expect(compiled).toContain("<module>");
    expect(compiled).toContain("Table");
    const dumps: string[] = [];
    run("n = 0\nfor i in range(10):\n    n += i\nprint(n)\n", "m.py", (_q, s) => dumps.push(s));
    // Module names go through the eval loop's per-key name caches (a miss fills them).
    expect(dumps.some((s) => s.includes("$loadNameCached(") && s.includes("$storeNameCached("))).toBe(true);
  });

  it("raises without a JS throw where the eval loop needs none, and returns exceptions to tier-1 callers", () => {
    const dumps = new Map<string, string>();
    const src = [
      "def inner(i):",
      "    if i % 2:",
      "        raise KeyError(i)",
      "    return [1][i]",
      "def outer(n):",
      "    t = 0",
      "    for i in range(n):",
      "        try:",
      "            t += inner(i)",
      "        except (KeyError, IndexError) as e:",
      "            t += 10",
      "        try:",
      "            raise ValueError(i)",
      "        except ValueError:",
      "            t += 100",
      "        try:",
      "            t += {}[i]",
      "        except KeyError:",
      "            t += 1000",
      "    return t",
      "print(outer(6))",
    ].join("\n");
    const r = run(src, "raise.py", (q, s) => dumps.set(q, s));
    expect(r.out).toBe("6651\n");
    const inner = dumps.get("inner") ?? "";
    const outer = dumps.get("outer") ?? "";
    // `raise` and an exact list's IndexError reach the handler search through `pe`, not a throw.
    expect(inner).toContain("pe = $raiseHere(");
    expect(inner).toContain("$indexOutOfRange(");
    // Without a handler, a tier-1 caller gets the exception back as EXC_RETURN.
    expect(inner).toContain("if (re === true) return $returnExc(exc);");
    expect(outer).toMatch(/\$call1\(ts, s\d+, s\d+, s\d+, true\);/);
    expect(outer).toContain("=== $EXC_RETURN) { pe = $catchException(ts, f, $takeExc(), false); break sw; }");
    expect(outer).toContain("$keyError(");
  });

  it("computes a consistent stack depth for every reachable instruction", () => {
    const src = readFileSync(join(dir, "exceptions.py"), "utf8");
    for (const code of functionCodes(compile(src, { filename: "e.py", mode: "exec" }))) {
      const d = computeStackDepths(code);
      expect(d.ok).toBe(true);
      if (d.ok) expect(d.max).toBeLessThanOrEqual(code.stacksize);
    }
  });
});
