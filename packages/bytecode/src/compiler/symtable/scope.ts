/**
 * Symbol-table data: one `Scope` per module, class, function, lambda and
 * comprehension, holding each name's definition flags (what the first pass saw:
 * assigned, used, parameter, declared global/nonlocal, imported, annotated)
 * and, after analysis, its resolved scope (local, cell, free, explicit or
 * implicit global). The flag and scope values mirror CPython's `symtable.h`
 * so the classification can be compared one-to-one with Python's `symtable`
 * module (see `symtable.test.ts`).
 */
import type { Loc } from "../errors.js";

export const DEF = {
  GLOBAL: 1,
  LOCAL: 2,
  PARAM: 4,
  NONLOCAL: 8,
  USE: 16,
  FREE: 32,
  FREE_CLASS: 64,
  IMPORT: 128,
  ANNOT: 256,
  COMP_ITER: 512,
} as const;
export const DEF_BOUND = DEF.LOCAL | DEF.PARAM | DEF.IMPORT;

export const SCOPE = {
  NONE: 0,
  LOCAL: 1,
  GLOBAL_EXPLICIT: 2,
  GLOBAL_IMPLICIT: 3,
  FREE: 4,
  CELL: 5,
} as const;
export type ScopeKind = (typeof SCOPE)[keyof typeof SCOPE];
export const SCOPE_NAMES = ["NONE", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"] as const;

export type BlockType = "module" | "class" | "function";
export type ComprehensionKind = "none" | "list" | "set" | "dict" | "generator";

export class Scope {
  /** Name → DEF_* flags, in first-seen order. */
  readonly symbols = new Map<string, number>();
  /** Name → resolved scope (filled by `analyze`). */
  readonly scopes = new Map<string, ScopeKind>();
  /** Parameters in CPython's co_varnames order. */
  readonly varnames: string[] = [];
  readonly children: Scope[] = [];
  /** Location of each global/nonlocal statement, for error reporting. */
  readonly directives = new Map<string, Loc>();
  nested = false;
  /** Has free variables (its own or passed through). */
  hasFree = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = "none";
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object,
    readonly loc: Loc,
  ) {}

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  scopeOf(name: string): ScopeKind {
    return this.scopes.get(name) ?? SCOPE.NONE;
  }

  /** Names with the given resolved scope (or with one of the extra flags), sorted as CPython's `dictbytype` does. */
  namesWith(scope: ScopeKind, flag = 0): string[] {
    const out: string[] = [];
    for (const [name, f] of this.symbols) {
      if (this.scopeOf(name) === scope || (f & flag) !== 0) out.push(name);
    }
    return out.sort(comparePyStrings);
  }
}

/** Sort by code point like Python's str ordering (JS default sort compares UTF-16 units). */
export function comparePyStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done === true) return y.done === true ? 0 : -1;
    if (y.done === true) return 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx - cy;
  }
}

export class SymbolTable {
  constructor(
    readonly top: Scope,
    private readonly byNode: Map<object, Scope>,
  ) {}

  /** The scope created for a FunctionDef/ClassDef/Lambda/comprehension node. */
  lookup(node: object): Scope {
    const s = this.byNode.get(node);
    if (s === undefined) throw new Error("internal compiler error: no symbol table entry for node");
    return s;
  }
}
