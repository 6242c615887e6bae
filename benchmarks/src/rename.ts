/**
 * The renaming check (issue 6: "renaming every identifier in a benchmark
 * does not change its speed"). `renameIdentifiers` rewrites a Python program
 * mechanically, token by token, with the real tokenizer from
 * `@pyvm/parser`: every identifier the program itself binds — functions,
 * classes, parameters, locals, globals, and attributes it assigns or defines
 * as methods — gets a fresh meaningless name. Keywords, soft keywords,
 * builtins, dunder names, imported modules and names, and attributes the
 * program does not define (`math.sqrt`, `list.append`) keep theirs, so the
 * renamed program computes the same thing; the harness checks its output
 * against CPython's recorded output like any other program.
 *
 * `renamedVariant` turns a benchmark into its renamed twin (`fib (renamed)`),
 * which the suite times next to the original; the report shows the JIT time
 * ratio renamed/original and `--check` fails when it leaves the noise band.
 * A JIT that recognised function names or program text would show up here.
 */
import { tokenize, type Token } from "@pyvm/parser";
import type { Program } from "./program.js";

/** Programs the suite also runs renamed. */
export const RENAMED_PROGRAMS: readonly string[] = ["fib", "nbody"];

export const RENAMED_SUFFIX = " (renamed)";

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
  "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield",
  // soft keywords
  "match", "case", "_", "type",
]);

/** `dir(builtins)` of CPython 3.11 (dunders other than these are excluded anyway). */
const BUILTINS = new Set(
  (
    "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError " +
    "BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError " +
    "ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup " +
    "FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning " +
    "IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError " +
    "ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError " +
    "PendingDeprecationWarning PermissionError ProcessLookupError RecursionError ReferenceError ResourceWarning " +
    "RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit " +
    "TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError " +
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii " +
    "bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir " +
    "divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int " +
    "isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print " +
    "property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip"
  ).split(" "),
);

export class RenameError extends Error {
  override readonly name = "RenameError";
}

export interface RenameResult {
  readonly source: string;
  /** Original name → new name. */
  readonly names: ReadonlyMap<string, string>;
}

function isDunder(n: string): boolean {
  return n.length > 4 && n.startsWith("__") && n.endsWith("__");
}

function isOp(t: Token | undefined, v: string): boolean {
  return t !== undefined && t.kind === "OP" && t.value === v;
}

/** Rename every identifier `source` binds (see the file comment). Throws RenameError for constructs it cannot rename safely. */
export function renameIdentifiers(source: string): RenameResult {
  const tokens = tokenize(source).filter((t) => t.kind !== "COMMENT" && t.kind !== "NL");
  const protectedNames = new Set<string>();
  const attrDefined = new Set<string>();
  const bound = new Set<string>();
  const all = new Set<string>();

  // Pass 1: what the program binds, imports, and defines as attributes. Brackets are
  // tracked so that `NAME=` inside a call is a keyword argument (a use of the callee's
  // parameter name, renamed only if the program binds that name) and inside a `def`'s
  // parameter list a binding.
  let inImport = false;
  const brackets: ("def" | "call" | "other")[] = [];
  // Indented blocks by the keyword that opened them: names assigned directly in a class
  // body are class attributes, reached as `.NAME`.
  const blocks: string[] = [];
  let header = "";
  let lineStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const atLineStart = lineStart;
    lineStart = t.kind === "NEWLINE" || t.kind === "INDENT" || t.kind === "DEDENT";
    if (t.kind === "INDENT") blocks.push(header);
    else if (t.kind === "DEDENT") blocks.pop();
    if (atLineStart && !lineStart) header = t.value;
    if (t.kind === "NEWLINE") inImport = false;
    if (t.kind === "OP") {
      if (t.value === "(") brackets.push(tokens[i - 2]?.value === "def" && prev?.kind === "NAME" ? "def" : "call");
      else if (t.value === "[" || t.value === "{") brackets.push("other");
      else if (t.value === ")" || t.value === "]" || t.value === "}") brackets.pop();
    }
    if (t.kind === "STRING" && /^[a-zA-Z]*[fF]/.test(t.value)) {
      throw new RenameError(`f-strings are not supported by the renamer (line ${t.lineno})`);
    }
    if (t.kind !== "NAME") continue;
    all.add(t.value);
    if ((t.value === "import" || t.value === "from") && (prev === undefined || prev.kind === "NEWLINE" || prev.kind === "INDENT" || prev.kind === "DEDENT")) {
      inImport = true;
    }
    if (inImport) {
      protectedNames.add(t.value);
      continue;
    }
    if (KEYWORDS.has(t.value)) continue;
    if (isOp(prev, ".")) {
      if (isOp(next, "=") || /^[-+*/%&|^@]=|^\/\/=|^\*\*=|^<<=|^>>=/.test(next?.value ?? "")) attrDefined.add(t.value);
      continue;
    }
    if (isOp(next, "=") && brackets[brackets.length - 1] === "call") continue; // keyword argument
    if (atLineStart && blocks[blocks.length - 1] === "class" && (isOp(next, "=") || isOp(next, ":"))) attrDefined.add(t.value);
    if (prev !== undefined && prev.kind === "NAME" && (prev.value === "def" || prev.value === "class")) {
      bound.add(t.value);
      // A method: callers reach it as an attribute.
      if (prev.value === "def" && t.col > 0) attrDefined.add(t.value);
      continue;
    }
    bound.add(t.value);
  }

  const renamable = (n: string): boolean => !KEYWORDS.has(n) && !BUILTINS.has(n) && !isDunder(n) && !protectedNames.has(n);
  const names = new Map<string, string>();
  const fresh = (n: string): string => {
    let m = names.get(n);
    if (m === undefined) {
      let k = names.size;
      do m = `q${(k++ * 7919 + 17).toString(36)}x`;
      while (all.has(m));
      names.set(n, m);
    }
    return m;
  };

  // Pass 2: rewrite (tokens carry UTF-16 offsets into the source).
  const out: string[] = [];
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "NAME") continue;
    const prev = tokens[i - 1];
    const n = t.value;
    let rename: boolean;
    if (isOp(prev, ".")) rename = attrDefined.has(n) && renamable(n);
    else rename = bound.has(n) && renamable(n);
    if (!rename) continue;
    out.push(source.slice(pos, t.start), fresh(n));
    pos = t.end;
  }
  out.push(source.slice(pos));
  return { source: out.join(""), names };
}

/** The renamed twin of a benchmark: same expected output, no JS equivalent. */
export function renamedVariant(p: Program): Program {
  return {
    name: `${p.name}${RENAMED_SUFFIX}`,
    pyPath: p.pyPath,
    jsPath: undefined,
    variantOf: p.name,
    source: (size) => renameIdentifiers(p.source(size)).source,
    jsSource: () => {
      throw new RenameError(`${p.name}${RENAMED_SUFFIX} has no JavaScript equivalent`);
    },
    expected: (size) => p.expected(size),
  };
}

/** `programs` plus the renamed twins of those listed in RENAMED_PROGRAMS, each right after its original. */
export function withRenamedVariants(programs: readonly Program[]): Program[] {
  const out: Program[] = [];
  for (const p of programs) {
    out.push(p);
    if (RENAMED_PROGRAMS.includes(p.name)) out.push(renamedVariant(p));
  }
  return out;
}
