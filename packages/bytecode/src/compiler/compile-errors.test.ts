import { readFileSync } from "node:fs";
import { PySyntaxError } from "@pyvm/parser";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";

const expected = JSON.parse(readFileSync(new URL("../../test-data/compile-errors.json", import.meta.url), "utf8")) as Record<
  string,
  { source: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number }
>;

describe("compile-time SyntaxErrors match CPython's compile()", () => {
  for (const [name, e] of Object.entries(expected)) {
    it(name, () => {
      let caught: unknown;
      try {
        compile(e.source, { filename: "x.py", mode: "exec" });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(PySyntaxError);
      const err = caught as PySyntaxError;
      expect({ msg: err.msg, lineno: err.lineno, offset: err.offset, end_lineno: err.endLineno, end_offset: err.endOffset }).toEqual({
        msg: e.msg,
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
      });
    });
  }
});
