/**
 * Code generator core: the `Compiler` object that the per-construct files
 * (`expressions.ts`, `statements.ts`, …) drive. It owns the stack of
 * compilation units (one per code object being built: module, class body,
 * function, lambda, comprehension), and offers what CPython's `compile.c`
 * macros offer: `emit` (ADDOP), `jump` (ADDOP_JUMP), `useBlock`
 * (compiler_use_next_block), `loadConst`, `nameOp` (LOAD/STORE/DELETE through
 * FAST, DEREF, GLOBAL or NAME by the symbol table's verdict), the frame-block
 * stack that `break`/`continue`/`return` unwind through, and `makeClosure`.
 * Instructions are tagged with the location of the AST node currently being
 * compiled (`withLoc`), which becomes the positions table.
 */
import { CO, type CodeConst, type CodeObject } from "../../code-object.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import { opcodeDef } from "../../opcodes/table.js";
import { assemble } from "../assemble.js";
import type * as ast from "../ast.js";
import { type ErrorReporter, type Loc, mangle } from "../errors.js";
import { Block, CompileInternalError, isTerminator, PSEUDO } from "../flowgraph.js";
import { DEF, SCOPE, type Scope, type SymbolTable } from "../symtable/scope.js";

export type ScopeType = "module" | "class" | "function" | "async_function" | "lambda" | "comprehension";

export type FBlockType =
  | "WHILE_LOOP"
  | "FOR_LOOP"
  | "TRY_EXCEPT"
  | "FINALLY_TRY"
  | "FINALLY_END"
  | "WITH"
  | "ASYNC_WITH"
  | "HANDLER_CLEANUP"
  | "POP_VALUE"
  | "EXCEPTION_HANDLER"
  | "EXCEPTION_GROUP_HANDLER"
  | "ASYNC_COMPREHENSION_GENERATOR";

export interface FBlock {
  readonly type: FBlockType;
  readonly block: Block | null;
  readonly exit: Block | null;
  /** FINALLY_TRY: the finally body; WITH: the statement; HANDLER_CLEANUP: the bound name. */
  readonly datum: readonly ast.Stmt[] | ast.With | ast.AsyncWith | string | null;
}

export class Unit {
  readonly consts: CodeConst[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIdx = new Map<string, number>();
  readonly varnames: string[];
  private readonly varIdx = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  private readonly derefIdx = new Map<string, number>();
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly entry: Block;
  cur: Block;
  readonly fblocks: FBlock[] = [];
  loc: Loc;
  /** Location of the most recently emitted instruction (for artificial instructions). */
  lastLoc: Loc;
  private nblocks = 0;

  constructor(
    readonly ste: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly scopeType: ScopeType,
    readonly privateName: string | null,
    readonly firstlineno: number,
  ) {
    this.varnames = [...ste.varnames];
    this.varnames.forEach((n, i) => this.varIdx.set(n, i));
    this.cellvars = ste.namesWith(SCOPE.CELL);
    if (ste.needsClassClosure) this.cellvars.push("__class__");
    this.freevars = ste.namesWith(SCOPE.FREE, DEF.FREE_CLASS);
    [...this.cellvars, ...this.freevars].forEach((n, i) => this.derefIdx.set(n, i));
    this.entry = this.newBlock();
    this.cur = this.entry;
    this.loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    this.lastLoc = this.loc;
  }

  newBlock(): Block {
    return new Block(this.nblocks++);
  }

  addConst(v: CodeConst): number {
    const key = constKey(v);
    if (key !== null) {
      const i = this.constKeys.get(key);
      if (i !== undefined) return i;
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }

  addName(name: string): number {
    let i = this.nameIdx.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIdx.set(name, i);
    }
    return i;
  }

  varIndex(name: string): number {
    let i = this.varIdx.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIdx.set(name, i);
    }
    return i;
  }

  derefIndex(name: string): number {
    const i = this.derefIdx.get(name);
    if (i === undefined) throw new CompileInternalError(`${this.qualname}: '${name}' is not a cell or free variable`);
    return i;
  }
}

/** Dedup key for a constant (null: never shared, i.e. code objects). */
export function constKey(v: CodeConst): string | null {
  switch (v.kind) {
    case "int":
      return `i${v.value}`;
    case "float":
      return `f${Object.is(v.value, -0) ? "-0" : String(v.value)}`;
    case "complex":
      return `c${Object.is(v.imag, -0) ? "-0" : String(v.imag)}`;
    case "str":
      return `s${v.value}`;
    case "bytes":
      return `b${Array.from(v.value).join(",")}`;
    case "bool":
      return v.value ? "T" : "F";
    case "None":
      return "N";
    case "Ellipsis":
      return "E";
    case "tuple":
    case "frozenset": {
      const parts: string[] = [];
      for (const item of v.items) {
        const k = constKey(item);
        if (k === null) return null;
        parts.push(k.length + ":" + k);
      }
      return `${v.kind === "tuple" ? "t" : "z"}(${parts.join("")})`;
    }
    case "code":
      return null;
  }
}

export const NONE: CodeConst = { kind: "None" };

export interface CompilerOptions {
  readonly filename: string;
  readonly interactive: boolean;
}

export class Compiler {
  private readonly stack: Unit[] = [];
  u!: Unit;

  constructor(
    readonly st: SymbolTable,
    readonly errors: ErrorReporter,
    readonly options: CompilerOptions,
  ) {}

  /** Depth of nesting: 1 while compiling the module body. */
  get nestLevel(): number {
    return this.stack.length;
  }

  get parent(): Unit | undefined {
    return this.stack[this.stack.length - 2];
  }

  enterScope(name: string, scopeType: ScopeType, node: object, firstlineno: number): void {
    const ste = scopeType === "module" ? this.st.top : this.st.lookup(node);
    const parent = this.stack[this.stack.length - 1];
    const privateName = scopeType === "class" ? name : (parent?.privateName ?? null);
    const qualname = parent === undefined ? name : this.qualnameFor(name, scopeType, parent);
    const u = new Unit(ste, name, qualname, scopeType, privateName, firstlineno);
    this.stack.push(u);
    this.u = u;
  }

  private qualnameFor(name: string, scopeType: ScopeType, parent: Unit): string {
    if (this.stack.length === 1) return name;
    if (scopeType === "function" || scopeType === "async_function" || scopeType === "class") {
      const mangled = mangle(parent.privateName, name);
      if (parent.ste.scopeOf(mangled) === SCOPE.GLOBAL_EXPLICIT) return name;
    }
    const pt = parent.scopeType;
    const base = pt === "function" || pt === "async_function" || pt === "lambda" ? `${parent.qualname}.<locals>` : parent.qualname;
    return `${base}.${name}`;
  }

  /** Finish the current unit: add the implicit `return None` if needed and assemble it. */
  exitScope(addNone = true): CodeObject {
    const u = this.u;
    if (u.cur.fallsThrough()) {
      // The implicit return takes the location of the last instruction emitted (like CPython's line propagation).
      u.loc = u.lastLoc;
      if (addNone) this.loadConst(NONE);
      this.emit(Op.RETURN_VALUE);
    }
    const ste = u.ste;
    let flags = 0;
    if (ste.type === "function") {
      flags |= CO.NEWLOCALS | CO.OPTIMIZED;
      if (ste.nested) flags |= CO.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO.COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO.VARARGS;
      if (ste.varkeywords) flags |= CO.VARKEYWORDS;
    }
    const nparams = u.argcount + u.kwonlyargcount + (ste.varargs ? 1 : 0) + (ste.varkeywords ? 1 : 0);
    const code = assemble({
      name: u.name,
      qualname: u.qualname,
      filename: this.options.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags,
      entry: u.entry,
      consts: u.consts,
      names: u.names,
      varnames: u.varnames,
      nparams,
      cellvars: u.cellvars,
      freevars: u.freevars,
    });
    this.stack.pop();
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) this.u = top;
    return code;
  }

  error(msg: string, loc: Loc = this.u.loc): Error {
    return this.errors.error(msg, loc);
  }

  /** Run `f` with instructions tagged with `node`'s location, then restore. */
  withLoc<T>(node: Loc, f: () => T): T {
    const saved = this.u.loc;
    this.u.loc = node;
    try {
      return f();
    } finally {
      this.u.loc = saved;
    }
  }

  setLoc(node: Loc): void {
    this.u.loc = node;
  }

  /** Emit a jump that belongs to no source construct: it takes the previous instruction's location. */
  artificialJump(target: Block): void {
    const saved = this.u.loc;
    this.u.loc = this.u.lastLoc;
    this.jump(PSEUDO.JUMP, target);
    this.u.loc = saved;
  }

  // ---- emission ----

  private ensureOpenBlock(): void {
    const last = this.u.cur.last();
    if (last !== undefined && isTerminator(last.op)) this.useBlock(this.u.newBlock());
  }

  emit(op: number, arg = 0): void {
    this.ensureOpenBlock();
    if (op < 256 && opcodeDef(op).operand === "jump") throw new CompileInternalError(`emit() of jump ${op}; use jump()`);
    this.u.cur.instrs.push({ op, arg, target: null, loc: this.u.loc, handler: null });
    this.u.lastLoc = this.u.loc;
  }

  jump(op: number, target: Block): void {
    this.ensureOpenBlock();
    this.u.cur.instrs.push({ op, arg: 0, target, loc: this.u.loc, handler: null });
    this.u.lastLoc = this.u.loc;
    // CPython starts a new block after every jump (NEXT_BLOCK); conditional jumps fall through into it.
    if (op !== PSEUDO.JUMP && !isSetup(op)) this.useBlock(this.u.newBlock());
  }

  newBlock(): Block {
    return this.u.newBlock();
  }

  /** Make `b` the current block, laid out right after the current one. */
  useBlock(b: Block): void {
    this.u.cur.next = b;
    this.u.cur = b;
  }

  loadConst(v: CodeConst): void {
    this.emit(Op.LOAD_CONST, this.u.addConst(v));
  }

  emitName(op: number, name: string): void {
    this.emit(op, this.u.addName(mangle(this.u.privateName, name)));
  }

  // ---- names ----

  nameOp(name: string, ctx: ast.ExprContext): void {
    if (ctx !== "Load" && name === "__debug__") {
      throw this.error(ctx === "Store" ? "cannot assign to __debug__" : "cannot delete __debug__");
    }
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === "function";
    let kind: "deref" | "fast" | "global" | "name" = "name";
    switch (scope) {
      case SCOPE.FREE:
      case SCOPE.CELL:
        kind = "deref";
        break;
      case SCOPE.LOCAL:
        if (isFunction) kind = "fast";
        break;
      case SCOPE.GLOBAL_IMPLICIT:
        if (isFunction) kind = "global";
        break;
      case SCOPE.GLOBAL_EXPLICIT:
        kind = "global";
        break;
    }
    switch (kind) {
      case "deref": {
        const i = u.derefIndex(mangled);
        const op = ctx === "Load" ? (u.ste.type === "class" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.emit(op, i);
        return;
      }
      case "fast": {
        const i = u.varIndex(mangled);
        this.emit(ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST, i);
        return;
      }
      case "global": {
        const i = u.addName(mangled);
        if (ctx === "Load") this.emit(Op.LOAD_GLOBAL, i << 1);
        else this.emit(ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
        return;
      }
      case "name": {
        const i = u.addName(mangled);
        this.emit(ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME, i);
        return;
      }
    }
  }

  /** If loading `name` compiles to LOAD_GLOBAL, emit it with the push-NULL bit and return true. */
  tryLoadGlobalWithNull(name: string): boolean {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    if (scope === SCOPE.GLOBAL_EXPLICIT || (scope === SCOPE.GLOBAL_IMPLICIT && u.ste.type === "function")) {
      this.emit(Op.LOAD_GLOBAL, (u.addName(mangled) << 1) | 1);
      return true;
    }
    return false;
  }

  // ---- frame blocks ----

  pushFBlock(type: FBlockType, block: Block | null, exit: Block | null, datum: FBlock["datum"] = null): void {
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(type: FBlockType): void {
    const f = this.u.fblocks.pop();
    if (f === undefined || f.type !== type) throw new CompileInternalError(`fblock mismatch: expected ${type}`);
  }

  // ---- closures ----

  /** Push a function built from `code` (with LOAD_CLOSUREs for its free variables) via MAKE_FUNCTION. */
  makeClosure(code: CodeObject, flags: number): void {
    const frees = code.freevars;
    if (frees.length > 0) {
      for (const name of frees) {
        this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(name));
      }
      flags |= 0x08;
      this.emit(Op.BUILD_TUPLE, frees.length);
    }
    this.loadConst(code);
    this.emit(Op.MAKE_FUNCTION, flags);
  }
}

function isSetup(op: number): boolean {
  return op === PSEUDO.SETUP_FINALLY || op === PSEUDO.SETUP_CLEANUP || op === PSEUDO.SETUP_WITH;
}
