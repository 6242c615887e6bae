import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CO, type CodeObject } from "../code-object.js";
import { checkCode } from "./check-code.testutil.js";
import { compile } from "./compile.js";

interface Meta {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
}

const expected = JSON.parse(readFileSync(new URL("../../test-data/code-meta.json", import.meta.url), "utf8")) as Record<
  string,
  { source: string; codes: Meta[] }
>;

/** Everything CPython reports except CO_NOFREE, which pyvm sets and 3.11 no longer does. */
function collect(co: CodeObject, out: Meta[]): Meta[] {
  out.push({
    name: co.name,
    qualname: co.qualname,
    firstlineno: co.firstlineno,
    argcount: co.argcount,
    posonlyargcount: co.posonlyargcount,
    kwonlyargcount: co.kwonlyargcount,
    flags: co.flags & ~CO.NOFREE,
    stacksize: co.stacksize,
    varnames: [...co.varnames],
    cellvars: [...co.cellvars],
    freevars: [...co.freevars],
  });
  for (const c of co.consts) if (c.kind === "code") collect(c, out);
  return out;
}

describe("code object metadata matches CPython 3.11", () => {
  for (const [name, { source, codes }] of Object.entries(expected)) {
    it(name, () => {
      const co = compile(source, { filename: "x.py", mode: "exec" });
      expect(checkCode(co)).toEqual([]);
      const ours = collect(co, []);
      expect(ours).toEqual(codes);
    });
  }
});
