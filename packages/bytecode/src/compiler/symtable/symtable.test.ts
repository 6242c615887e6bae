import { readFileSync } from "node:fs";
import { parse } from "@pyvm/parser";
import { describe, expect, it } from "vitest";
import { ErrorReporter } from "../errors.js";
import { buildSymbolTable } from "./builder.js";
import { DEF, type Scope, SCOPE_NAMES } from "./scope.js";

interface TableDump {
  type: string;
  name: string;
  symbols: Record<string, [string, number]>;
  children: TableDump[];
}

const expected = JSON.parse(readFileSync(new URL("../../../test-data/symtable.json", import.meta.url), "utf8")) as Record<
  string,
  { source: string; table: TableDump }
>;

const MASK = 0x3ff & ~DEF.FREE;

function dump(s: Scope): TableDump {
  const symbols: Record<string, [string, number]> = {};
  for (const name of [...s.symbols.keys()].sort()) {
    symbols[name] = [SCOPE_NAMES[s.scopeOf(name)], s.flags(name) & MASK];
  }
  return { type: s.type, name: s.name, symbols, children: s.children.map(dump) };
}

describe("symbol table matches CPython's symtable module", () => {
  for (const [name, { source, table }] of Object.entries(expected)) {
    it(name, () => {
      const mod = parse(source, { filename: "x.py", mode: "exec" });
      const st = buildSymbolTable(mod, new ErrorReporter("x.py", source));
      expect(dump(st.top)).toEqual(table);
    });
  }
});
