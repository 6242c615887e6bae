/**
 * Code objects: the compiler's output and the unit every tier executes.
 *
 * A `CodeObject` is immutable after assembly except for `runtime`, a slot
 * where the interpreter hangs its per-code state (materialized constants,
 * inline caches, hotness counters, and its quickened copy of the instruction
 * words, PEP 659) so hot paths need no map lookup. `code` itself is never
 * rewritten: it is shared between VMs and read by `dis` and the JIT.
 *
 * Layout mirrors CPython 3.11: `localsplus` = arguments and other locals,
 * then cell variables, then free variables, all addressed by one index;
 * `lineTable`/`positions` give every instruction its source range; the
 * exception table maps instruction ranges to handlers (no SETUP_* opcodes).
 */

/** A literal constant, tagged so this package does not depend on the interpreter's object model. */
export type ConstantValue =
  | { readonly kind: "int"; readonly value: bigint }
  | { readonly kind: "float"; readonly value: number }
  | { readonly kind: "complex"; readonly imag: number }
  | { readonly kind: "str"; readonly value: string }
  | { readonly kind: "bytes"; readonly value: Uint8Array }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "None" }
  | { readonly kind: "Ellipsis" };

/** Entries of `co_consts`. */
export type CodeConst =
  | ConstantValue
  | CodeObject
  | { readonly kind: "tuple"; readonly items: readonly CodeConst[] }
  | { readonly kind: "frozenset"; readonly items: readonly CodeConst[] };

/** `co_flags` bits (CPython's values). */
export const CO = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
  COROUTINE: 0x0080,
  ITERABLE_COROUTINE: 0x0100,
  ASYNC_GENERATOR: 0x0200,
} as const;

/** What a localsplus slot is (bit set, as in CPython's `_PyLocals_Kind`). */
export const LOCAL_KIND = { LOCAL: 0x20, CELL: 0x40, FREE: 0x80, ARG: 0x08 } as const;

/** One exception-table entry: instructions in [start, end) jump to `target` with the stack cut to `depth`. */
export interface ExceptionTableEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  /** Push the faulting instruction index before the exception (used by RERAISE to restore lasti). */
  readonly lasti: boolean;
}

export interface CodeObjectInit {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly stacksize: number;
  readonly code: Uint32Array;
  readonly consts: readonly CodeConst[];
  readonly names: readonly string[];
  readonly localsplusNames: readonly string[];
  readonly localsplusKinds: Uint8Array;
  readonly exceptionTable: readonly ExceptionTableEntry[];
  /** Per instruction: start line, end line, start column, end column (UTF-8 byte columns, 0-based; -1 = unknown). */
  readonly positions: Int32Array;
}

export class CodeObject {
  readonly kind = "code" as const;
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly stacksize: number;
  /** Instruction words: `op | (arg << 8)`. The interpreter may quicken them in place. */
  readonly code: Uint32Array;
  readonly consts: readonly CodeConst[];
  readonly names: readonly string[];
  readonly localsplusNames: readonly string[];
  readonly localsplusKinds: Uint8Array;
  readonly exceptionTable: readonly ExceptionTableEntry[];
  readonly positions: Int32Array;
  /** Number of plain locals (arguments first), i.e. CPython's co_nlocals. */
  readonly nlocals: number;
  readonly ncellvars: number;
  readonly nfreevars: number;
  /** Interpreter-owned per-code state; opaque to this package. */
  runtime: object | undefined = undefined;

  constructor(init: CodeObjectInit) {
    this.name = init.name;
    this.qualname = init.qualname;
    this.filename = init.filename;
    this.firstlineno = init.firstlineno;
    this.argcount = init.argcount;
    this.posonlyargcount = init.posonlyargcount;
    this.kwonlyargcount = init.kwonlyargcount;
    this.flags = init.flags;
    this.stacksize = init.stacksize;
    this.code = init.code;
    this.consts = init.consts;
    this.names = init.names;
    this.localsplusNames = init.localsplusNames;
    this.localsplusKinds = init.localsplusKinds;
    this.exceptionTable = init.exceptionTable;
    this.positions = init.positions;
    let nlocals = 0;
    let ncell = 0;
    let nfree = 0;
    for (const k of init.localsplusKinds) {
      if (k & LOCAL_KIND.FREE) nfree++;
      else if (k & LOCAL_KIND.CELL && !(k & LOCAL_KIND.LOCAL)) ncell++;
      else nlocals++;
    }
    this.nlocals = nlocals;
    this.ncellvars = ncell;
    this.nfreevars = nfree;
  }

  get nlocalsplus(): number {
    return this.localsplusNames.length;
  }

  /** Source line of instruction `i` (or -1). */
  lineOf(i: number): number {
    return this.positions[i * 4] ?? -1;
  }

  /** co_varnames: the plain locals (arguments first). */
  get varnames(): readonly string[] {
    return this.localsplusNames.filter((_, i) => {
      const k = this.localsplusKinds[i] ?? 0;
      return (k & LOCAL_KIND.LOCAL) !== 0;
    });
  }

  get cellvars(): readonly string[] {
    return this.localsplusNames.filter((_, i) => ((this.localsplusKinds[i] ?? 0) & LOCAL_KIND.CELL) !== 0);
  }

  get freevars(): readonly string[] {
    return this.localsplusNames.filter((_, i) => ((this.localsplusKinds[i] ?? 0) & LOCAL_KIND.FREE) !== 0);
  }

  /** Exception handler for instruction `i`, if any (entries are sorted and innermost-first for nesting). */
  handlerFor(i: number): ExceptionTableEntry | undefined {
    for (const e of this.exceptionTable) if (i >= e.start && i < e.end) return e;
    return undefined;
  }
}
