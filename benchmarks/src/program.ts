/**
 * Benchmark programs on disk.
 *
 * Every `programs/<name>.py` is one benchmark. Next to it live CPython's
 * recorded output at both sizes (`<name>.expected.txt`,
 * `<name>.short.expected.txt`, written by `scripts/gen-expected.py`) and,
 * for some programs, a hand-written JavaScript equivalent `<name>.js`.
 *
 * Sizes. A program is written at its full size. It may declare a smaller
 * input for short (CI) runs with one header comment,
 *
 *     # bench-short: ROUNDS=40, N=25
 *
 * meaning: replace the value of the single top-level line `ROUNDS = ...`
 * (and `N = ...`) by the given value. JavaScript equivalents use the same
 * header after `//`, with `const NAME = ...;` lines. The rewrite is textual
 * and strict — a named constant that is not assigned on exactly one line is
 * an error — so the program the harness runs is exactly the program whose
 * output CPython recorded. `scripts/gen-expected.py` implements the same
 * rule; `program.test.ts` checks that the two agree.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Size = "full" | "short";

export interface Program {
  readonly name: string;
  readonly pyPath: string;
  /** Hand-written JavaScript equivalent, if there is one. */
  readonly jsPath: string | undefined;
  /** For a derived program (e.g. `fib (renamed)`, see rename.ts): the program it was derived from. */
  readonly variantOf?: string;
  /** Python source at the given size. */
  source(size: Size): string;
  /** JavaScript source at the given size (throws if there is no `.js`). */
  jsSource(size: Size): string;
  /** CPython's recorded stdout at the given size. */
  expected(size: Size): string;
}

const HEADER = /^(?:#|\/\/)\s*bench-short:\s*(.*)$/m;

/** Thrown for a malformed program directory or header; never a Python error. */
export class ProgramError extends Error {
  override readonly name = "ProgramError";
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Applies the `bench-short` header of `source` (see the file comment). */
export function shortSource(source: string, filename: string): string {
  const header = HEADER.exec(source);
  if (header === null) return source;
  let out = source;
  for (const item of (header[1] ?? "").split(",")) {
    const eq = item.indexOf("=");
    if (eq < 0) throw new ProgramError(`${filename}: malformed bench-short item '${item.trim()}'`);
    const name = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    const line = new RegExp(`^((?:const |let |var )?${escapeRegExp(name)} = )[^\\n;]*(;?)$`, "gm");
    const count = out.match(line)?.length ?? 0;
    if (count !== 1) {
      throw new ProgramError(`${filename}: bench-short names ${name}, but ${count} lines assign it`);
    }
    out = out.replace(line, (_m, lhs: string, semi: string) => `${lhs}${value}${semi}`);
  }
  return out;
}

export function sourceAtSize(source: string, filename: string, size: Size): string {
  return size === "short" ? shortSource(source, filename) : source;
}

function readText(path: string): string {
  return readFileSync(path, "utf8");
}

export function loadProgram(dir: string, name: string): Program {
  const pyPath = join(dir, `${name}.py`);
  const jsCandidate = join(dir, `${name}.js`);
  const jsPath = existsSync(jsCandidate) ? jsCandidate : undefined;
  const py = readText(pyPath);
  return {
    name,
    pyPath,
    jsPath,
    source: (size) => sourceAtSize(py, pyPath, size),
    jsSource: (size) => {
      if (jsPath === undefined) throw new ProgramError(`${name} has no JavaScript equivalent`);
      return sourceAtSize(readText(jsPath), jsPath, size);
    },
    expected: (size) => {
      const path = join(dir, size === "short" ? `${name}.short.expected.txt` : `${name}.expected.txt`);
      if (!existsSync(path)) {
        throw new ProgramError(`${path} is missing; run scripts/gen-expected.py with python3`);
      }
      return readText(path);
    },
  };
}

/** All programs in `dir`, sorted by name, optionally restricted to `only`. */
export function listPrograms(dir: string, only?: readonly string[]): Program[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.slice(0, -3))
    .sort();
  if (only !== undefined && only.length > 0) {
    const unknown = only.filter((n) => !names.includes(n));
    if (unknown.length > 0) throw new ProgramError(`unknown program(s): ${unknown.join(", ")}`);
    return names.filter((n) => only.includes(n)).map((n) => loadProgram(dir, n));
  }
  return names.map((n) => loadProgram(dir, n));
}
