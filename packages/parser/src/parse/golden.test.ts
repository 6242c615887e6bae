/**
 * Golden tests against CPython 3.11: every `test-data/snippets/*.py` must
 * dump exactly like `ast.dump(tree, include_attributes=True, indent=1)`, and
 * every `test-data/errors/*.py` must raise the same error type, message and
 * position as `compile()`, and render like CPython's stderr. Expected files
 * are produced by `scripts/gen-expected.py`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dump } from "../ast/dump.js";
import { formatSyntaxError } from "../errors/format.js";
import { PySyntaxError } from "../errors/syntax-error.js";
import { parse } from "./parser.js";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-data");

function pyFiles(dir: string): string[] {
  return readdirSync(join(DATA, dir)).filter((f) => f.endsWith(".py")).sort();
}

function parseError(source: string, filename: string): PySyntaxError {
  try {
    parse(source, { filename });
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`${filename}: expected a SyntaxError`);
}

describe("snippets match CPython's ast.dump", () => {
  for (const file of pyFiles("snippets")) {
    it(file, () => {
      const source = readFileSync(join(DATA, "snippets", file), "utf8");
      const expected = readFileSync(join(DATA, "snippets", file.replace(/\.py$/, ".ast.txt")), "utf8");
      const tree = parse(source, { filename: file });
      expect(dump(tree, { includeAttributes: true, indent: 1 }) + "\n").toBe(expected);
    });
  }
});

describe("syntax errors match CPython", () => {
  for (const file of pyFiles("errors")) {
    const base = join(DATA, "errors", file.replace(/\.py$/, ""));
    it(`${file}: type, message, position`, () => {
      const source = readFileSync(join(DATA, "errors", file), "utf8");
      const expected = readFileSync(`${base}.err.txt`, "utf8");
      const e = parseError(source, file);
      expect(`${e.pyType}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.endLineno}, ${e.endOffset})\n`).toBe(expected);
    });
    it(`${file}: formatted like CPython's stderr`, () => {
      const source = readFileSync(join(DATA, "errors", file), "utf8");
      const expected = readFileSync(`${base}.stderr.txt`, "utf8");
      expect(formatSyntaxError(parseError(source, file))).toBe(expected);
    });
  }
});
