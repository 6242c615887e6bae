import { describe, expect, it } from "vitest";
import { classifyInput } from "./repl.js";

describe("REPL input classification", () => {
  it("runs complete simple statements at once", () => {
    expect(classifyInput(["1 + 2"])).toBe("run");
    expect(classifyInput(["x = [1,", "2]"])).toBe("run");
  });

  it("asks for more inside open brackets and unfinished blocks", () => {
    expect(classifyInput(["x = [1,"])).toBe("more");
    expect(classifyInput(["def f(x):"])).toBe("more");
    expect(classifyInput(["def f(x):", "    return x"])).toBe("more");
    expect(classifyInput(["s = '''abc"])).toBe("more");
  });

  it("ends a compound statement at a blank line", () => {
    expect(classifyInput(["def f(x):", "    return x", ""])).toBe("run");
    expect(classifyInput(["for i in range(3):", "    print(i)", ""])).toBe("run");
  });

  it("reports real syntax errors", () => {
    const v = classifyInput(["1 +* 2"]);
    expect(typeof v === "object" && v.error.msg).toBe("invalid syntax");
  });
});
