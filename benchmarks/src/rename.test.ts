import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { tokenize } from "@pyvm/parser";
import { loadProgram } from "./program.js";
import { RENAMED_PROGRAMS, RenameError, renameIdentifiers, renamedVariant, withRenamedVariants } from "./rename.js";

const PROGRAMS = fileURLToPath(new URL("../programs", import.meta.url));

const SAMPLE = `import math
from os import path as p

LIMIT = 10


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self, by=1):
        self.value += by
        return self.value


def total(n):
    c = Counter(0)
    for i in range(n):
        c.bump(by=i)
    print(c.value, math.sqrt(n), len([n]), end="\\n")
    return c.value


total(LIMIT)
`;

describe("renameIdentifiers", () => {
  const r = renameIdentifiers(SAMPLE);

  it("renames every identifier the program binds, including attributes and keyword arguments it defines", () => {
    const left = new Set(tokenize(r.source).filter((t) => t.kind === "NAME").map((t) => t.value));
    for (const n of ["LIMIT", "Counter", "start", "bump", "by", "total", "n", "c", "i", "value", "self"]) {
      expect(r.names.has(n), n).toBe(true);
      expect(left.has(n), n).toBe(false);
    }
  });

  it("keeps keywords, builtins, dunders, imports, foreign attributes and builtin keyword arguments", () => {
    const left = new Set(tokenize(r.source).filter((t) => t.kind === "NAME").map((t) => t.value));
    for (const n of ["import", "math", "path", "os", "__init__", "range", "print", "len", "sqrt", "end", "return", "class"]) {
      expect(r.names.has(n), n).toBe(false);
      expect(left.has(n), n).toBe(true);
    }
  });

  it("changes only NAME tokens", () => {
    const shape = (s: string) => tokenize(s).map((t) => (t.kind === "NAME" ? "NAME" : `${t.kind}:${t.value}`));
    expect(shape(r.source)).toEqual(shape(SAMPLE));
    expect(new Set(r.names.values()).size).toBe(r.names.size);
  });

  it("refuses f-strings rather than renaming them wrongly", () => {
    expect(() => renameIdentifiers('x = 1\nprint(f"{x}")\n')).toThrow(RenameError);
  });
});

describe("renamed benchmark variants", () => {
  it("derive from the listed programs, keep the expected output, and follow their original", () => {
    const fib = loadProgram(PROGRAMS, "fib");
    const v = renamedVariant(fib);
    expect(v.name).toBe("fib (renamed)");
    expect(v.variantOf).toBe("fib");
    expect(v.expected("short")).toBe(fib.expected("short"));
    expect(v.source("short")).not.toContain("def fib(");
    expect(v.source("short")).not.toBe(fib.source("short"));
    const names = withRenamedVariants([fib, loadProgram(PROGRAMS, "primes")]).map((p) => p.name);
    expect(names).toEqual(["fib", "fib (renamed)", "primes"]);
    for (const name of RENAMED_PROGRAMS) expect(() => renamedVariant(loadProgram(PROGRAMS, name)).source("full")).not.toThrow();
  });
});

