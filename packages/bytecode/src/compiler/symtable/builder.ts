/**
 * Symbol table, pass 1: walk the AST and record, per scope, every name with
 * how it is used (CPython's `symtable.c`, `symtable_visit_*`). Scopes are
 * entered for function/async function/class bodies, lambdas and
 * comprehensions; default values, decorators, annotations, class bases and a
 * comprehension's outermost iterable are visited in the enclosing scope. A
 * walrus inside a comprehension binds in the nearest enclosing function (as
 * nonlocal) or module (as global) scope. Errors detected here (misplaced
 * global/nonlocal, duplicate parameters, `yield` in a comprehension, `import *`
 * in a function) carry CPython's messages. Pass 2 (`analyze.ts`) resolves
 * scopes.
 */
import type * as ast from "../ast.js";
import { type ErrorReporter, type Loc, mangle } from "../errors.js";
import { DEF, Scope, SymbolTable, type BlockType } from "./scope.js";
import { analyze } from "./analyze.js";

const MODULE_LOC: Loc = { lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 };

export function buildSymbolTable(mod: ast.Mod, errors: ErrorReporter): SymbolTable {
  const b = new Builder(errors);
  const top = b.run(mod);
  analyze(top, errors);
  return new SymbolTable(top, b.byNode);
}

class Builder {
  readonly byNode = new Map<object, Scope>();
  private stack: Scope[] = [];
  private cur!: Scope;
  private global!: Scope;
  private privateName: string | null = null;

  constructor(private readonly errors: ErrorReporter) {}

  run(mod: ast.Mod): Scope {
    this.enter("top", "module", mod, MODULE_LOC);
    this.global = this.cur;
    switch (mod.type) {
      case "Module":
      case "Interactive":
        this.stmts(mod.body);
        break;
      case "Expression":
        this.expr(mod.body);
        break;
      case "FunctionType":
        break;
    }
    return this.exit();
  }

  private enter(name: string, type: BlockType, node: object, loc: Loc): void {
    const prev = this.stack[this.stack.length - 1];
    const s = new Scope(name, type, node, loc);
    if (prev !== undefined) {
      prev.children.push(s);
      if (prev.nested || prev.type === "function") s.nested = true;
    }
    this.byNode.set(node, s);
    this.stack.push(s);
    this.cur = s;
  }

  private exit(): Scope {
    const s = this.stack.pop();
    if (s === undefined) throw new Error("internal compiler error: scope stack underflow");
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) this.cur = top;
    return s;
  }

  private addDef(name: string, flag: number, loc: Loc, scope: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = scope.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF.PARAM && val & DEF.PARAM) {
        throw this.errors.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (scope.compIterTarget) {
      if (val & (DEF.GLOBAL | DEF.NONLOCAL)) {
        throw this.errors.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF.COMP_ITER;
    }
    scope.symbols.set(mangled, val);
    if (flag & DEF.PARAM) scope.varnames.push(mangled);
    else if (flag & DEF.GLOBAL) {
      this.global.symbols.set(mangled, flag | (this.global.symbols.get(mangled) ?? 0));
    }
  }

  private stmts(body: readonly ast.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private exprs(es: readonly (ast.Expr | null)[]): void {
    for (const e of es) if (e !== null) this.expr(e);
  }

  private stmt(s: ast.Stmt): void {
    switch (s.type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF.LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter(s.name, "function", s, s);
        if (s.type === "AsyncFunctionDef") this.cur.coroutine = true;
        this.arguments(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case "ClassDef": {
        this.addDef(s.name, DEF.LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter(s.name, "class", s, s);
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.exit();
        break;
      }
      case "Return":
        if (s.value !== null) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.exprs(s.targets);
        break;
      case "Assign":
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case "AnnAssign": {
        const t = s.target;
        if (t.type === "Name") {
          const cur = this.cur.flags(mangle(this.privateName, t.id));
          if (cur & (DEF.GLOBAL | DEF.NONLOCAL) && this.cur !== this.global && s.simple) {
            const kind = cur & DEF.GLOBAL ? "global" : "nonlocal";
            throw this.errors.error(`annotated name '${t.id}' can't be ${kind}`, s);
          }
          if (s.simple) this.addDef(t.id, DEF.ANNOT | DEF.LOCAL, t);
          else if (s.value !== null) this.addDef(t.id, DEF.LOCAL, t);
        } else {
          this.expr(t);
        }
        this.expr(s.annotation);
        if (s.value !== null) this.expr(s.value);
        break;
      }
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars !== null) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard !== null) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type_ !== null) this.expr(h.type_);
          if (h.name !== null) this.addDef(h.name, DEF.LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.alias(a);
        break;
      case "Global":
      case "Nonlocal":
        this.declaration(s);
        break;
      case "Expr":
        this.expr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  private declaration(s: ast.Global | ast.Nonlocal): void {
    const kind = s.type === "Global" ? "global" : "nonlocal";
    for (const name of s.names) {
      const cur = this.cur.flags(mangle(this.privateName, name));
      if (cur & (DEF.PARAM | DEF.LOCAL | DEF.USE | DEF.ANNOT)) {
        let msg: string;
        if (cur & DEF.PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (cur & DEF.USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (cur & DEF.ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        throw this.errors.error(msg, s);
      }
      this.addDef(name, s.type === "Global" ? DEF.GLOBAL : DEF.NONLOCAL, s);
      this.cur.directives.set(mangle(this.privateName, name), s);
    }
  }

  private alias(a: ast.Alias): void {
    const store = a.asname ?? a.name.split(".")[0] ?? a.name;
    if (a.name === "*") {
      if (this.cur.type !== "module") throw this.errors.error("import * only allowed at module level", a);
      return;
    }
    this.addDef(store, DEF.IMPORT, a);
  }

  private annotations(args: ast.Arguments, returns: ast.Expr | null): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) if (a.annotation !== null) this.expr(a.annotation);
    if (args.vararg?.annotation) this.expr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.expr(args.kwarg.annotation);
    if (returns !== null) this.expr(returns);
  }

  private arguments(args: ast.Arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF.PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF.PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF.PARAM, a);
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, DEF.PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, DEF.PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private expr(e: ast.Expr): void {
    switch (e.type) {
      case "NamedExpr":
        if (this.cur.compIterExpr > 0) {
          throw this.errors.error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (this.cur.comprehension !== "none") this.extendNamedExprScope(e.target);
        this.expr(e.value);
        this.expr(e.target);
        break;
      case "BoolOp":
        this.exprs(e.values);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        break;
      case "Lambda":
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enter("lambda", "function", e, e);
        this.arguments(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case "Set":
        this.exprs(e.elts);
        break;
      case "GeneratorExp":
        this.comprehension(e, "genexpr", "generator", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.comprehension(e, "listcomp", "list", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.comprehension(e, "setcomp", "set", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.comprehension(e, "dictcomp", "dict", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        if (e.value !== null) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== "none") {
          const what = { list: "list comprehension", set: "set comprehension", dict: "dict comprehension", generator: "generator expression" }[this.cur.comprehension];
          throw this.errors.error(`'yield' inside ${what}`, e);
        }
        break;
      case "Await":
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case "Call":
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        this.exprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case "Starred":
        this.expr(e.value);
        break;
      case "Slice":
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx === "Load" ? DEF.USE : DEF.LOCAL, e);
        if (e.ctx === "Load" && this.cur.type === "function" && e.id === "super") {
          this.addDef("__class__", DEF.USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.exprs(e.elts);
        break;
    }
  }

  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste === undefined) break;
      if (ste.comprehension !== "none") {
        if (ste.flags(name) & DEF.COMP_ITER) {
          throw this.errors.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === "function") {
        this.addDef(name, ste.flags(name) & DEF.GLOBAL ? DEF.GLOBAL : DEF.NONLOCAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF.LOCAL, target, ste);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF.GLOBAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF.GLOBAL, target, ste);
        return;
      }
      throw this.errors.error("assignment expression within a comprehension cannot be used in a class body", target);
    }
  }

  private comprehension(
    e: ast.Expr,
    name: string,
    kind: "list" | "set" | "dict" | "generator",
    generators: readonly ast.Comprehension[],
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const outermost = generators[0];
    if (outermost === undefined) throw new Error("internal compiler error: comprehension without generators");
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter(name, "function", e, e);
    const scope = this.cur;
    scope.comprehension = kind;
    if (outermost.is_async) scope.coroutine = true;
    this.addDef(".0", DEF.PARAM, e);
    scope.compIterTarget = true;
    this.expr(outermost.target);
    scope.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (const gen of generators.slice(1)) {
      scope.compIterTarget = true;
      this.expr(gen.target);
      scope.compIterTarget = false;
      scope.compIterExpr++;
      this.expr(gen.iter);
      scope.compIterExpr--;
      this.exprs(gen.ifs);
      if (gen.is_async) scope.coroutine = true;
    }
    if (value !== null) this.expr(value);
    this.expr(elt);
    scope.generator = kind === "generator";
    const isAsync = scope.coroutine && kind !== "generator";
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }

  private pattern(p: ast.Pattern): void {
    switch (p.type) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF.LOCAL, p);
        break;
      case "MatchMapping":
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF.LOCAL, p);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case "MatchAs":
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF.LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }
}
