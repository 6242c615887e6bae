/**
 * Symbol table, pass 2: resolve every name to LOCAL, CELL, FREE,
 * GLOBAL_EXPLICIT or GLOBAL_IMPLICIT, following CPython's `analyze_block`.
 * Each block receives the set of names bound in enclosing function scopes
 * (`bound`), the names declared global (`global`), and reports its free
 * names upward (`free`). Class scopes are transparent for their methods
 * (their own bindings are not visible), but they add `__class__` to the bound
 * set so methods using `super()`/`__class__` make it a cell of the class
 * (`needsClassClosure`). A function's local that a child uses freely becomes
 * a CELL; a free name that a class also binds gets DEF_FREE_CLASS (the class
 * body then loads it with LOAD_CLASSDEREF).
 */
import type { ErrorReporter } from "../errors.js";
import { DEF, DEF_BOUND, SCOPE, type Scope, type ScopeKind } from "./scope.js";

export function analyze(top: Scope, errors: ErrorReporter): void {
  analyzeBlock(top, null, new Set(), new Set(), errors);
}

function analyzeName(
  ste: Scope,
  scopes: Map<string, ScopeKind>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  errors: ErrorReporter,
): void {
  if (flags & DEF.GLOBAL) {
    if (flags & DEF.NONLOCAL) throw errors.error(`name '${name}' is nonlocal and global`, directive(ste, name));
    scopes.set(name, SCOPE.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF.NONLOCAL) {
    if (bound === null) throw errors.error("nonlocal declaration not allowed at module level", directive(ste, name));
    if (!bound.has(name)) throw errors.error(`no binding for nonlocal '${name}' found`, directive(ste, name));
    scopes.set(name, SCOPE.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, SCOPE.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound !== null && bound.has(name)) {
    scopes.set(name, SCOPE.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, SCOPE.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.hasFree = true;
  scopes.set(name, SCOPE.GLOBAL_IMPLICIT);
}

function directive(ste: Scope, name: string) {
  return ste.directives.get(name) ?? ste.loc;
}

function analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, errors: ErrorReporter): void {
  const local = new Set<string>();
  const scopes = new Map<string, ScopeKind>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  if (ste.type === "class") {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, errors);
  }
  if (ste.type !== "class") {
    if (ste.type === "function") for (const n of local) newBound.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }

  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), errors);
    for (const n of childFree) allFree.add(n);
    if (child.hasFree || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);

  if (ste.type === "function") {
    for (const [name, scope] of scopes) {
      if (scope !== SCOPE.LOCAL || !newFree.has(name)) continue;
      scopes.set(name, SCOPE.CELL);
      newFree.delete(name);
    }
  } else if (ste.type === "class") {
    if (newFree.delete("__class__")) ste.needsClassClosure = true;
  }

  // update_symbols
  for (const [name, scope] of scopes) ste.scopes.set(name, scope);
  for (const name of newFree) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      if (ste.type === "class" && flags & (DEF_BOUND | DEF.GLOBAL)) ste.symbols.set(name, flags | DEF.FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    ste.symbols.set(name, 0);
    ste.scopes.set(name, SCOPE.FREE);
  }
  for (const n of newFree) free.add(n);
}
