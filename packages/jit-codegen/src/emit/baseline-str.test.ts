/**
 * Tier-1 translations of string work: f-strings (FORMAT_VALUE, BUILD_STRING)
 * and slices (BUILD_SLICE) compile inline instead of spilling the stack to
 * `execRare`; two strs compare and index without the generic helpers.
 */
import { describe, expect, it } from "vitest";
import { createVM } from "@pyvm/interpreter";
import { createJitBackend } from "../tiering.js";

function compiled(source: string): { out: string; js: string } {
  let out = "";
  let js = "";
  const jit = createJitBackend({ threshold: 0, optThreshold: Infinity, stress: null, dumpJs: (_q: string, s: string) => (js += s) });
  const vm = createVM({ stdout: (s) => (out += s), stderr: () => {}, jit });
  vm.runMainSource(source, "t.py");
  return { out, js };
}

describe("baseline JIT: str operations", () => {
  it("compiles f-strings and slices without execRare", () => {
    const { out, js } = compiled(
      ["def f(x, s):", "    return f\"{x}|{x:>4}|{s!r}|{s}\" + s[::-1] + s[1:]", "print(f(7, 'ab'), f(2.5, 'xyz'))", ""].join("\n"),
    );
    expect(out).toBe("7|   7|'ab'|abbab 2.5| 2.5|'xyz'|xyzzyxyz\n");
    const body = js.slice(0, js.indexOf("sourceURL"));
    expect(body).toContain("$formatValue(");
    expect(body).toContain("new $PySlice(");
    expect(body).not.toContain("$execRare(");
  });

  it("compares and indexes strs inline, in code-point order", () => {
    const { out, js } = compiled(
      ["def g(a, b):", "    return a < b, a == b, a[0], a[-1]", "print(g('\\uffff', '\\U0001F600'), g('b', 'a'))", ""].join("\n"),
    );
    expect(out).toBe("(True, False, '\\uffff', '\\uffff') (False, False, 'b', 'b')\n");
    expect(js).toContain("$cmpStrings(");
    expect(js).toContain("$strGetItem(");
  });
});
