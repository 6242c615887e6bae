/**
 * Opcodes that are not on the eval loop's hot path. The loop syncs
 * `f.pc`/`f.sp` before calling `execRare` and reloads them after, so these
 * handlers work on the frame directly (`f.localsplus` is the value stack,
 * `f.sp` its top; `f.pc` already points past the instruction).
 */
import { Op, FORMAT_VALUE_FLAGS, CO } from "@pyvm/bytecode";
import type { PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { PyType, TypeFlags, typeOf } from "../../objects/type.js";
import { PyNativeIterator } from "../../objects/iterators.js";
import { None } from "../../objects/singletons.js";
import { PyCell } from "../../objects/cell.js";
import { PyCode } from "../../objects/code.js";
import { PyFunction } from "../../objects/function.js";
import { PyDict } from "../../objects/dict.js";
import { PyList } from "../../objects/list.js";
import { PyTuple, newTuple } from "../../objects/tuple.js";
import { PySet, PySetBase } from "../../objects/set.js";
import { tableUpdate } from "../../objects/set-methods.js";
import { PySlice } from "../../objects/slice.js";
import { PyModule } from "../../objects/module.js";
import { PyRange } from "../../objects/range.js";
import { PyBaseException } from "../../objects/exceptions.js";
import * as E from "../../objects/exceptions.js";
import {
  keyError, nameError, newException, typeError, typeName, unboundLocal, valueError, VMInternalError,
} from "../../objects/errors.js";
import { binaryOp } from "../../protocols/number.js";
import { unaryNegative, unaryPositive, unaryInvert, unaryNot } from "../../protocols/number.js";
import { callObject, callMethod, lookupSpecial } from "../../protocols/call.js";
import { getAttr, getAttrOrUndefined, delAttr } from "../../protocols/attribute.js";
import { getItem, setItem, delItem } from "../../protocols/subscript.js";
import { contains } from "../../protocols/contains.js";
import { getIter, iterNext, toArray } from "../../protocols/iter.js";
import { lenOf } from "../../protocols/len.js";
import { repr, str, ascii } from "../../protocols/repr.js";
import { format } from "../../protocols/format-bridge.js";
import { PyTraceback } from "../../traceback/traceback.js";
import type { Frame, Slot } from "../frame.js";
import type { VMThread } from "../thread.js";
import { loadAttrCached } from "./access.js";
import { exceptionMatchesSpec } from "./exceptions.js";
import { PyAsyncGenWrapped, PyGenerator, CoroutineType, genResume, GeneratorType, sendStep, takeSendReturn } from "../generator.js";

/**
 * Entry from the eval loop. The rare opcodes that most often re-enter Python
 * code (f-string conversions calling `__repr__`/`__format__`, `__getattr__`,
 * `__getitem__`, operator dunders) run in this small function rather than in
 * the big switch below: an interpreted JS frame holds a register for every
 * case's locals (~1 KB for the switch), and that frame would sit on the JS
 * stack once per level of Python -> builtin -> Python recursion, so the JS
 * stack would run out long before `sys.getrecursionlimit()`.
 */
export function execRare(ts: VMThread, f: Frame, word: number): void {
  switch (word & 0xff) {
    case Op.FORMAT_VALUE:
      formatValueOp(f, word >>> 8);
      return;
    case Op.LOAD_ATTR:
      f.localsplus[f.sp - 1] = loadAttrCached(f.rt, f.pc - 1, f.localsplus[f.sp - 1] as PyValue, word >>> 8);
      return;
    case Op.BINARY_SUBSCR:
      f.localsplus[f.sp - 2] = getItem(f.localsplus[f.sp - 2] as PyValue, pop(f));
      return;
    case Op.BINARY_OP:
      f.localsplus[f.sp - 2] = binaryOp(word >>> 8, f.localsplus[f.sp - 2] as PyValue, pop(f));
      return;
    // Frequent per-item ops (comprehensions, `in`, slices, `not`, closures): here, not
    // in the big switch below; each body is a small function so this frame stays small.
    case Op.SET_ADD:
      setAddOp(f, word >>> 8);
      return;
    case Op.MAP_ADD:
      mapAddOp(f, word >>> 8);
      return;
    case Op.CONTAINS_OP:
      containsOp(f, word >>> 8);
      return;
    case Op.BUILD_SLICE:
      buildSliceOp(f, word >>> 8);
      return;
    case Op.BUILD_STRING:
      buildStringOp(f, word >>> 8);
      return;
    case Op.UNARY_NOT:
      f.localsplus[f.sp - 1] = unaryNot(f.localsplus[f.sp - 1] as PyValue);
      return;
    case Op.COPY_FREE_VARS:
      copyFreeVarsOp(f, word >>> 8);
      return;
    case Op.DELETE_SUBSCR:
      deleteSubscrOp(f);
      return;
    default:
      execRareSwitch(ts, f, word);
  }
}

function setAddOp(f: Frame, arg: number): void {
  const v = pop(f);
  (f.localsplus[f.sp - arg] as PySetBase).table.set(v, true);
}

function mapAddOp(f: Frame, arg: number): void {
  const v = pop(f);
  const k = pop(f);
  (f.localsplus[f.sp - arg] as PyDict).set(k, v);
}

function containsOp(f: Frame, arg: number): void {
  const container = pop(f);
  const lp = f.localsplus;
  lp[f.sp - 1] = contains(container, lp[f.sp - 1] as PyValue) !== (arg === 1);
}

function buildSliceOp(f: Frame, arg: number): void {
  const step = arg === 3 ? pop(f) : None;
  const stop = pop(f);
  const start = pop(f);
  push(f, new PySlice(start, stop, step));
}

/** BUILD_STRING: every operand is a str (FORMAT_VALUE results, str constants). */
function buildStringOp(f: Frame, arg: number): void {
  const lp = f.localsplus;
  const base = f.sp - arg;
  let r = "";
  for (let i = base; i < f.sp; i++) {
    r += lp[i] as string;
    lp[i] = undefined;
  }
  f.sp = base;
  push(f, r);
}

function copyFreeVarsOp(f: Frame, arg: number): void {
  const closure = f.func?.closure;
  if (closure === null || closure === undefined) throw new VMInternalError("COPY_FREE_VARS without a closure");
  const lp = f.localsplus;
  const offset = f.code.nlocalsplus - arg;
  for (let i = 0; i < arg; i++) lp[offset + i] = closure[i];
}

function deleteSubscrOp(f: Frame): void {
  const k = pop(f);
  const o = pop(f);
  delItem(o, k);
}

/** FORMAT_VALUE: conversion (`!s`/`!r`/`!a`) then `format(v, spec)`. */
function formatValueOp(f: Frame, arg: number): void {
  const spec = arg & FORMAT_VALUE_FLAGS.HAVE_SPEC ? (pop(f) as string) : "";
  push(f, formatValue(pop(f), arg, spec));
}

/** FORMAT_VALUE's result for value `v`, oparg `arg` and `spec` ("" without one); compiled code calls it directly. */
export function formatValue(v: PyValue, arg: number, spec: string): string {
  switch (arg & FORMAT_VALUE_FLAGS.CONV_MASK) {
    case FORMAT_VALUE_FLAGS.STR:
      v = str(v);
      break;
    case FORMAT_VALUE_FLAGS.REPR:
      v = repr(v);
      break;
    case FORMAT_VALUE_FLAGS.ASCII:
      v = ascii(v);
      break;
  }
  return typeof v === "string" && spec === "" ? v : format(v, spec);
}

function execRareSwitch(ts: VMThread, f: Frame, word: number): void {
  const op = word & 0xff;
  const arg = word >>> 8;
  const lp = f.localsplus;
  switch (op) {
    // ---- locals, cells, names ----
    case Op.DELETE_FAST:
      if (lp[arg] === undefined) throw unboundLocal(f.code.localsplusNames[arg] as string);
      lp[arg] = undefined;
      return;
    case Op.MAKE_CELL:
      lp[arg] = new PyCell(lp[arg] as PyValue | undefined);
      return;
    case Op.LOAD_CLOSURE:
      push(f, lp[arg]);
      return;
    case Op.LOAD_DEREF: {
      const v = (lp[arg] as PyCell).ref;
      if (v === undefined) throw derefError(f, arg);
      push(f, v);
      return;
    }
    case Op.LOAD_CLASSDEREF: {
      const name = f.code.localsplusNames[arg] as string;
      const locals = f.locals;
      if (locals !== null) {
        const v = mappingGet(locals, name);
        if (v !== undefined) {
          push(f, v);
          return;
        }
      }
      const v = (lp[arg] as PyCell).ref;
      if (v === undefined) throw derefError(f, arg);
      push(f, v);
      return;
    }
    case Op.DELETE_DEREF: {
      const cell = lp[arg] as PyCell;
      if (cell.ref === undefined) throw derefError(f, arg);
      cell.ref = undefined;
      return;
    }
    case Op.LOAD_NAME: {
      const name = f.rt.names[arg] as string;
      push(f, loadName(f, name));
      return;
    }
    case Op.STORE_NAME: {
      const v = pop(f);
      storeName(f, f.rt.names[arg] as string, v);
      return;
    }
    case Op.DELETE_NAME:
      deleteName(f, f.rt.names[arg] as string);
      return;
    case Op.STORE_GLOBAL:
      f.globals.setStr(f.rt.names[arg] as string, pop(f));
      return;
    case Op.DELETE_GLOBAL: {
      const name = f.rt.names[arg] as string;
      if (f.globals.delete(name) === undefined) throw nameError(name);
      return;
    }

    // ---- attributes and subscripts ----
    case Op.LOAD_ATTR:
      lp[f.sp - 1] = loadAttrCached(f.rt, f.pc - 1, lp[f.sp - 1] as PyValue, arg);
      return;
    case Op.DELETE_ATTR:
      delAttr(pop(f), f.rt.names[arg] as string);
      return;
    case Op.BINARY_SUBSCR: {
      const k = pop(f);
      lp[f.sp - 1] = getItem(lp[f.sp - 1] as PyValue, k);
      return;
    }
    case Op.STORE_SUBSCR: {
      const k = pop(f);
      const o = pop(f);
      const v = pop(f);
      setItem(o, k, v);
      return;
    }

    // ---- operators ----
    case Op.UNARY_POSITIVE:
      lp[f.sp - 1] = unaryPositive(lp[f.sp - 1] as PyValue);
      return;
    case Op.UNARY_NEGATIVE:
      lp[f.sp - 1] = unaryNegative(lp[f.sp - 1] as PyValue);
      return;
    case Op.UNARY_INVERT:
      lp[f.sp - 1] = unaryInvert(lp[f.sp - 1] as PyValue);
      return;
    case Op.BINARY_OP: {
      const b = pop(f);
      lp[f.sp - 1] = binaryOp(arg, lp[f.sp - 1] as PyValue, b);
      return;
    }

    // ---- calls and functions ----
    case Op.CALL_FUNCTION_EX: {
      const kwargs = arg & 1 ? (pop(f) as PyDict) : null;
      const args = pop(f);
      const callable = pop(f);
      const nul = pop(f);
      void nul;
      const posArgs = args instanceof PyTuple ? [...args.items] : starArgs(callable, args);
      let kwnames: string[] | null = null;
      if (kwargs !== null && kwargs.size > 0) {
        kwnames = [];
        for (const [k, v] of kwargs.entries()) {
          if (typeof k !== "string") throw typeError(`keywords must be strings`);
          kwnames.push(k);
          posArgs.push(v);
        }
      }
      f.pc = f.pc;
      push(f, callObject(callable, posArgs, kwnames));
      return;
    }
    case Op.MAKE_FUNCTION: {
      const codeObj = pop(f) as PyCode;
      const fn = new PyFunction(codeObj.code, f.globals, f.builtins);
      if (arg & 0x08) fn.closure = (pop(f) as PyTuple).items as PyCell[];
      if (arg & 0x04) fn.annotations = annotationsDict(pop(f));
      if (arg & 0x02) fn.kwdefaults = pop(f) as PyDict;
      if (arg & 0x01) fn.defaults = [...(pop(f) as PyTuple).items];
      const c0 = codeObj.code.consts[0];
      if (c0 !== undefined && "kind" in c0 && c0.kind === "str" && (codeObj.code.flags & 0x4000000) === 0) {
        // co_consts[0] is the docstring when the compiler put one there.
      }
      push(f, fn);
      return;
    }
    case Op.LOAD_BUILD_CLASS: {
      const bc = f.builtins.getStr("__build_class__");
      if (bc === undefined) throw nameError("__build_class__");
      push(f, bc);
      return;
    }

    // ---- containers ----
    case Op.BUILD_SET: {
      const items = popN(f, arg);
      push(f, new PySet(items));
      return;
    }
    case Op.BUILD_MAP: {
      const items = popN(f, 2 * arg);
      const d = new PyDict();
      for (let i = 0; i < items.length; i += 2) d.set(items[i] as PyValue, items[i + 1] as PyValue);
      push(f, d);
      return;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = pop(f) as PyTuple;
      const values = popN(f, arg);
      const d = new PyDict();
      for (let i = 0; i < arg; i++) d.set(keys.items[i] as PyValue, values[i] as PyValue);
      push(f, d);
      return;
    }
    case Op.BUILD_STRING: {
      const parts = popN(f, arg);
      push(f, parts.join(""));
      return;
    }
    case Op.SET_ADD: {
      const v = pop(f);
      (lp[f.sp - arg] as PySetBase).table.set(v, true);
      return;
    }
    case Op.MAP_ADD: {
      const v = pop(f);
      const k = pop(f);
      (lp[f.sp - arg] as PyDict).set(k, v);
      return;
    }
    case Op.LIST_EXTEND: {
      const it = pop(f);
      listExtend(lp[f.sp - arg] as PyList, it);
      return;
    }
    case Op.SET_UPDATE: {
      const it = pop(f);
      const set = lp[f.sp - arg] as PySetBase;
      tableUpdate(set.table, it);
      return;
    }
    case Op.DICT_UPDATE: {
      const src = pop(f);
      const d = lp[f.sp - arg] as PyDict;
      dictUpdate(d, src, null);
      return;
    }
    case Op.DICT_MERGE: {
      const src = pop(f);
      const d = lp[f.sp - arg] as PyDict;
      const callable = lp[f.sp - arg - 2] as PyValue;
      dictUpdate(d, src, callable);
      return;
    }
    case Op.LIST_TO_TUPLE:
      lp[f.sp - 1] = newTuple([...(lp[f.sp - 1] as PyList).items]);
      return;
    case Op.UNPACK_SEQUENCE:
      unpackSequence(f, arg);
      return;
    case Op.UNPACK_EX:
      unpackEx(f, arg & 0xff, arg >>> 8);
      return;
    case Op.FORMAT_VALUE: {
      formatValueOp(f, arg);
      return;
    }

    // ---- exceptions and with ----
    case Op.PUSH_EXC_INFO: {
      const exc = pop(f);
      push(f, ts.excItem.value);
      push(f, exc);
      ts.excItem.value = exc;
      return;
    }
    case Op.POP_EXCEPT:
      ts.excItem.value = pop(f);
      return;
    case Op.CHECK_EXC_MATCH: {
      const spec = pop(f);
      push(f, exceptionMatchesSpec(lp[f.sp - 1] as PyValue, spec));
      return;
    }
    case Op.CHECK_EG_MATCH:
      checkEgMatch(ts, f);
      return;
    case Op.PREP_RERAISE_STAR: {
      const excs = pop(f) as PyList;
      const orig = pop(f);
      push(f, prepReraiseStar(orig, excs));
      return;
    }
    case Op.LOAD_ASSERTION_ERROR:
      push(f, E.AssertionError);
      return;
    case Op.BEFORE_WITH: {
      const mgr = pop(f);
      const t = typeOf(mgr);
      const enter = lookupSpecial(t, "__enter__");
      const exit = lookupSpecial(t, "__exit__");
      if (enter === undefined) throw typeError(`'${t.name}' object does not support the context manager protocol`);
      if (exit === undefined) {
        throw typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
      }
      push(f, bindSpecial(exit, mgr));
      push(f, callMethod(enter, mgr, []));
      return;
    }
    case Op.WITH_EXCEPT_START: {
      // Stack: exit_func, lasti, prev_exc, val
      const val = lp[f.sp - 1] as PyValue;
      const exit = lp[f.sp - 4] as PyValue;
      const tb = val instanceof PyBaseException ? val.traceback : None;
      push(f, callObject(exit, [typeOf(val), val, tb], null));
      return;
    }

    // ---- generators and coroutines ----
    case Op.GET_YIELD_FROM_ITER: {
      const v = lp[f.sp - 1] as PyValue;
      if (v instanceof PyGenerator) {
        if (v.cls === CoroutineType && (f.code.flags & (CO.COROUTINE | CO.ITERABLE_COROUTINE)) === 0) {
          throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return;
      }
      lp[f.sp - 1] = getIter(v);
      return;
    }
    case Op.SEND:
      send(f, arg);
      return;
    case Op.GET_AWAITABLE:
      lp[f.sp - 1] = getAwaitable(lp[f.sp - 1] as PyValue, arg);
      return;
    case Op.GET_AITER: {
      const o = pop(f);
      const m = lookupSpecial(typeOf(o), "__aiter__");
      if (m === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(o)}`);
      const it = callMethod(m, o, []);
      if (lookupSpecial(typeOf(it), "__anext__") === undefined) {
        throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
      }
      push(f, it);
      return;
    }
    case Op.GET_ANEXT: {
      const it = lp[f.sp - 1] as PyValue;
      const m = lookupSpecial(typeOf(it), "__anext__");
      if (m === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(it)}`);
      const aw = callMethod(m, it, []);
      push(f, getAwaitable(aw, 0));
      return;
    }
    case Op.END_ASYNC_FOR: {
      const exc = pop(f);
      pop(f);
      if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(E.StopAsyncIteration)) {
        // The loop ends normally; the handled exception is restored by the compiler's POP_EXCEPT.
        return;
      }
      throw exc;
    }
    case Op.BEFORE_ASYNC_WITH: {
      const mgr = pop(f);
      const t = typeOf(mgr);
      const enter = lookupSpecial(t, "__aenter__");
      const exit = lookupSpecial(t, "__aexit__");
      if (enter === undefined) throw typeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
      if (exit === undefined) {
        throw typeError(`'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
      }
      push(f, bindSpecial(exit, mgr));
      push(f, getAwaitable(callMethod(enter, mgr, []), 1));
      return;
    }
    case Op.ASYNC_GEN_WRAP:
      lp[f.sp - 1] = new PyAsyncGenWrapped(lp[f.sp - 1] as PyValue);
      return;

    // ---- imports, annotations, match, REPL ----
    case Op.IMPORT_NAME: {
      const fromlist = pop(f);
      const level = pop(f);
      push(f, ts.importModule(f.rt.names[arg] as string, f.globals, fromlist, typeof level === "number" ? level : 0));
      return;
    }
    case Op.IMPORT_FROM:
      push(f, importFrom(ts, lp[f.sp - 1] as PyValue, f.rt.names[arg] as string));
      return;
    case Op.IMPORT_STAR:
      importStar(f, pop(f));
      return;
    case Op.SETUP_ANNOTATIONS: {
      const locals = f.locals;
      if (locals === null) throw newException(E.SystemError, "no locals found when setting up annotations");
      if (mappingGet(locals, "__annotations__") === undefined) setItem(locals, "__annotations__", new PyDict());
      return;
    }
    case Op.GET_LEN:
      push(f, lenOf(lp[f.sp - 1] as PyValue));
      return;
    case Op.MATCH_MAPPING: {
      const t = typeOf(lp[f.sp - 1] as PyValue);
      push(f, t.hasFlag(TypeFlags.DICT_SUBCLASS) || isAbcMapping(t));
      return;
    }
    case Op.MATCH_SEQUENCE:
      push(f, isMatchSequence(lp[f.sp - 1] as PyValue));
      return;
    case Op.MATCH_KEYS:
      push(f, matchKeys(lp[f.sp - 2] as PyValue, lp[f.sp - 1] as PyTuple));
      return;
    case Op.MATCH_CLASS: {
      const names = pop(f) as PyTuple;
      const cls = pop(f);
      const subject = pop(f);
      push(f, matchClass(subject, cls, arg, names));
      return;
    }
    case Op.COPY_DICT_WITHOUT_KEYS: {
      const keys = pop(f) as PyTuple;
      const subject = lp[f.sp - 1] as PyValue;
      const d = new PyDict();
      dictUpdate(d, subject, null);
      for (const k of keys.items) d.delete(k);
      push(f, d);
      return;
    }
    case Op.PRINT_EXPR:
      ts.displayHook(pop(f));
      return;
    default:
      throw new VMInternalError(`opcode ${op} not handled by the eval loop`);
  }
}

// ---- helpers ----------------------------------------------------------------

function push(f: Frame, v: Slot): void {
  f.localsplus[f.sp++] = v;
}

function pop(f: Frame): PyValue {
  const lp = f.localsplus;
  const v = lp[--f.sp] as PyValue;
  lp[f.sp] = undefined;
  return v;
}

function popN(f: Frame, n: number): PyValue[] {
  const lp = f.localsplus;
  const out = new Array<PyValue>(n);
  f.sp -= n;
  for (let i = 0; i < n; i++) {
    out[i] = lp[f.sp + i] as PyValue;
    lp[f.sp + i] = undefined;
  }
  return out;
}

function derefError(f: Frame, i: number): PyBaseException {
  const code = f.code;
  const name = code.localsplusNames[i] as string;
  if (i >= code.nlocalsplus - code.nfreevars) {
    return newException(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return unboundLocal(name);
}

/** `mapping[name]` for a locals mapping; undefined when missing. */
function mappingGet(m: PyValue, name: string): PyValue | undefined {
  if (m instanceof PyDict && m.cls.isImmutable) return m.getStr(name);
  try {
    return getItem(m, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(E.KeyError)) return undefined;
    throw e;
  }
}

/** STORE_NAME: bind `name` in the frame's locals mapping (shared by the eval loop and compiled code). */
export function storeName(f: Frame, name: string, v: PyValue): void {
  const locals = f.locals;
  if (locals === null) throw E.SystemError === undefined ? typeError("") : newException(E.SystemError, `no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.cls.isImmutable) locals.setStr(name, v);
  else setItem(locals, name, v);
}

/** DELETE_NAME: unbind `name` in the frame's locals mapping (NameError when unbound). */
export function deleteName(f: Frame, name: string): void {
  const locals = f.locals;
  if (locals === null) throw newException(E.SystemError, `no locals when deleting '${name}'`);
  if (locals instanceof PyDict && locals.cls.isImmutable) {
    if (locals.delete(name) === undefined) throw nameError(name);
  } else {
    try {
      delItem(locals, name);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(E.KeyError)) throw nameError(name);
      throw e;
    }
  }
}

/** LOAD_NAME: the locals mapping, then globals, then builtins (NameError when unbound). */
export function loadName(f: Frame, name: string): PyValue {
  const locals = f.locals;
  if (locals !== null) {
    const v = mappingGet(locals, name);
    if (v !== undefined) return v;
  }
  const g = f.globals.getStr(name);
  if (g !== undefined) return g;
  const b = f.builtins.getStr(name);
  if (b !== undefined) return b;
  throw nameError(name);
}

function isIterableType(v: PyValue): boolean {
  const t = typeOf(v);
  return t.lookup("__iter__") !== undefined || t.lookup("__getitem__") !== undefined;
}

/** CPython's `_PyObject_FunctionStr`: "f()", "Foo.bar()", "print()". */
function functionStr(v: PyValue): string {
  if (v instanceof PyFunction) {
    const m = v.globals.getStr("__name__");
    const mod = getAttrOrUndefined(v, "__module__") ?? m;
    return typeof mod === "string" && mod !== "builtins" ? `${mod}.${v.qualname}()` : `${v.qualname}()`;
  }
  const q = getAttrOrUndefined(v, "__qualname__");
  if (typeof q === "string") {
    const m = getAttrOrUndefined(v, "__module__");
    if (typeof m === "string" && m !== "builtins") return `${m}.${q}()`;
    return `${q}()`;
  }
  return `${typeName(v)} object`;
}

export function starArgs(callable: PyValue, args: PyValue): PyValue[] {
  if (args instanceof PyList) return [...args.items];
  if (!isIterableType(args)) throw typeError(`${functionStr(callable)} argument after * must be an iterable, not ${typeName(args)}`);
  return toArray(args);
}

/** LIST_EXTEND (`[*a]`, `f(*a)`): the items of `it` appended to `list`. */
export function listExtend(list: PyList, it: PyValue): void {
  if (it instanceof PyList || it instanceof PyTuple) {
    for (const v of it.items) list.items.push(v);
    return;
  }
  let items: PyValue[];
  try {
    items = toArray(it);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === E.TypeError && !isIterableType(it)) {
      throw typeError(`Value after * must be an iterable, not ${typeName(it)}`);
    }
    throw e;
  }
  for (const v of items) list.items.push(v);
}

/** DICT_UPDATE / DICT_MERGE (with `callable` set: duplicate keys are an error, for f(**a, **b)). */
export function dictUpdate(d: PyDict, src: PyValue, callable: PyValue | null): void {
  if (src instanceof PyDict) {
    const ks = src.keyList, vs = src.valueList, n = ks.length;
    for (let i = 0; i < n; i++) {
      const k = ks[i];
      if (k === undefined) continue;
      if (callable !== null && d.has(k)) throw multipleValues(callable, k);
      d.set(k, vs[i] as PyValue);
    }
    return;
  }
  const keysFn = getAttrOrUndefined(src, "keys");
  if (keysFn === undefined) {
    if (callable !== null) throw typeError(`${functionStr(callable)} argument after ** must be a mapping, not ${typeName(src)}`);
    throw typeError(`'${typeName(src)}' object is not a mapping`);
  }
  for (const k of toArray(callObject(keysFn, [], null))) {
    if (callable !== null && d.has(k)) throw multipleValues(callable, k);
    d.set(k, getItem(src, k));
  }
}

function multipleValues(callable: PyValue, k: PyValue): PyBaseException {
  if (typeof k !== "string") return typeError(`${functionStr(callable)} keywords must be strings`);
  return typeError(`${functionStr(callable)} got multiple values for keyword argument '${k}'`);
}

function annotationsDict(v: PyValue): PyDict {
  if (v instanceof PyDict) return v;
  const d = new PyDict();
  if (v instanceof PyTuple) {
    for (let i = 0; i + 1 < v.items.length; i += 2) d.set(v.items[i] as PyValue, v.items[i + 1] as PyValue);
  }
  return d;
}

function unpackSequence(f: Frame, n: number): void {
  const seq = pop(f);
  let items: readonly PyValue[];
  if (seq instanceof PyTuple || seq instanceof PyList) {
    items = seq.items;
    if (items.length !== n) {
      if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
      throw valueError(`too many values to unpack (expected ${n})`);
    }
  } else {
    if (!isIterableType(seq)) throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
    const it = getIter(seq);
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) {
      const v = iterNext(it);
      if (v === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
      out.push(v);
    }
    if (iterNext(it) !== undefined) throw valueError(`too many values to unpack (expected ${n})`);
    items = out;
  }
  for (let i = n - 1; i >= 0; i--) push(f, items[i] as PyValue);
}

function unpackEx(f: Frame, before: number, after: number): void {
  const seq = pop(f);
  if (!isIterableType(seq) && !(seq instanceof PyTuple || seq instanceof PyList)) {
    throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
  }
  const items = seq instanceof PyTuple || seq instanceof PyList ? [...seq.items] : toArray(seq);
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = new PyList(items.slice(before, items.length - after));
  for (let i = after - 1; i >= 0; i--) push(f, items[items.length - after + i] as PyValue);
  push(f, middle);
  for (let i = before - 1; i >= 0; i--) push(f, items[i] as PyValue);
}

/** Bind a special method found on the type to `self` (for `__exit__`). */
function bindSpecial(m: PyValue, self: PyValue): PyValue {
  if (m instanceof PyFunction) return new (boundMethodClass())(m, self);
  const get = typeof m === "object" ? lookupSpecial(typeOf(m), "__get__") : undefined;
  if (get !== undefined) return callMethod(get, m, [self, typeOf(self)]);
  return m;
}
import { PyBoundMethod } from "../../objects/function.js";
function boundMethodClass() {
  return PyBoundMethod;
}

/** SEND: drive the sub-iterator at STACK[-2] with the value at TOS (generator.ts `sendStep`). */
function send(f: Frame, target: number): void {
  const v = pop(f);
  const r = sendStep(f.localsplus[f.sp - 1] as PyValue, v);
  if (r === undefined) {
    f.localsplus[f.sp - 1] = takeSendReturn();
    f.pc = target;
    return;
  }
  push(f, r);
}

function getAwaitable(o: PyValue, where: number): PyValue {
  if (o instanceof PyGenerator && o.cls === CoroutineType) {
    if (o.running || (o.started && o.frame !== null && isAwaiting(o))) {
      throw newException(E.RuntimeError, "coroutine is being awaited already");
    }
    return o;
  }
  if (o instanceof PyGenerator && o.cls === GeneratorType && (o.frame?.code.flags ?? 0) & CO.ITERABLE_COROUTINE) return o;
  const m = lookupSpecial(typeOf(o), "__await__");
  if (m === undefined) {
    const ctx = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : "object ";
    if (where === 0) throw typeError(`object ${typeName(o)} can't be used in 'await' expression`);
    throw typeError(`${ctx}${typeName(o)}`);
  }
  const it = callMethod(m, o, []);
  if (it instanceof PyGenerator && it.cls === CoroutineType) throw typeError("__await__() returned a coroutine");
  if (lookupSpecial(typeOf(it), "__next__") === undefined && !(it instanceof PyGenerator)) {
    throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

function isAwaiting(g: PyGenerator): boolean {
  const fr = g.frame;
  if (fr === null || fr.pc < 2) return false;
  return ((fr.code.code[fr.pc - 2] ?? 0) & 0xff) === Op.SEND;
}

function importFrom(ts: VMThread, mod: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(mod, name);
  if (v !== undefined) return v;
  // A submodule that was imported but not yet bound as an attribute.
  const pkgName = getAttrOrUndefined(mod, "__name__");
  if (typeof pkgName === "string") {
    const sub = ts.modules?.lookup(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const modName = typeof pkgName === "string" ? pkgName : "<unknown module name>";
  const file = getAttrOrUndefined(mod, "__file__");
  const where = typeof file === "string" ? file : "unknown location";
  // Through the constructor so `name` / `path` are recorded, as CPython does.
  throw callObject(E.ImportError, [`cannot import name '${name}' from '${modName}' (${where})`, modName, typeof file === "string" ? file : None], ["name", "path"]) as PyBaseException;
}

function importStar(f: Frame, mod: PyValue): void {
  const locals = f.locals;
  if (locals === null) throw newException(E.SystemError, "no locals found during 'import *'");
  const all = getAttrOrUndefined(mod, "__all__");
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== "string") throw typeError(`Item in ${"module"}.__all__ must be str, not ${typeName(n)}`);
      setItem(locals, n, getAttr(mod, n));
    }
    return;
  }
  const d = mod instanceof PyModule ? mod.dict : (getAttr(mod, "__dict__") as PyDict);
  for (const [k, v] of d.entries()) {
    if (typeof k === "string" && !k.startsWith("_")) setItem(locals, k, v);
  }
}

function isAbcMapping(t: PyType): boolean {
  // Classes registered with collections.abc.Mapping set this marker attribute.
  return t.lookup("__abc_mapping__") === true;
}

function isMatchSequence(v: PyValue): boolean {
  if (typeof v !== "object") return false;
  const t = v.cls;
  if (t.hasFlag(TypeFlags.STR_SUBCLASS)) return false;
  if (t.hasFlag(TypeFlags.LIST_SUBCLASS) || t.hasFlag(TypeFlags.TUPLE_SUBCLASS)) return true;
  if (v instanceof PyRange) return true;
  if (t.name === "bytes" || t.name === "bytearray") return false;
  return t.lookup("__abc_sequence__") === true || t.name === "deque" || t.name === "memoryview";
}

function matchKeys(subject: PyValue, keys: PyTuple): PyValue {
  const values: PyValue[] = [];
  if (keys.items.length === 0) return newTuple([]);
  const getFn = subject instanceof PyDict ? null : getAttr(subject, "get");
  const dummy = new PyObject(typeOf(None));
  const seen = new PyDict();
  for (const k of keys.items) {
    if (seen.has(k)) throw valueError(`mapping pattern checks duplicate key (${repr(k)})`);
    seen.set(k, true);
    const v = getFn === null ? (subject as PyDict).get(k) : callObject(getFn, [k, dummy], null);
    if (v === undefined || v === dummy) return None;
    values.push(v);
  }
  return newTuple(values);
}

function matchClass(subject: PyValue, cls: PyValue, nargs: number, names: PyTuple): PyValue {
  if (!(cls instanceof PyType)) throw typeError("called match pattern must be a class");
  if (!typeOf(subject).isSubtypeOf(cls)) return None;
  const out: PyValue[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    const matchArgs = getAttrOrUndefined(cls, "__match_args__");
    const selfMatch =
      cls.hasFlag(TypeFlags.INT_SUBCLASS) || cls.hasFlag(TypeFlags.STR_SUBCLASS) || cls.hasFlag(TypeFlags.FLOAT_SUBCLASS) ||
      cls.hasFlag(TypeFlags.LIST_SUBCLASS) || cls.hasFlag(TypeFlags.TUPLE_SUBCLASS) || cls.hasFlag(TypeFlags.DICT_SUBCLASS) ||
      ["bool", "bytearray", "bytes", "frozenset", "set"].includes(cls.name);
    if (matchArgs === undefined) {
      if (selfMatch && nargs === 1) {
        out.push(subject);
      } else {
        throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
      if (nargs > matchArgs.items.length) {
        const m = matchArgs.items.length;
        throw typeError(`${cls.name}() accepts ${m} positional sub-pattern${m === 1 ? "" : "s"} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const n = matchArgs.items[i];
        if (typeof n !== "string") throw typeError(`__match_args__ elements must be strings (got ${typeName(n as PyValue)})`);
        seen.add(n);
        const v = getAttrOrUndefined(subject, n);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const n of names.items) {
    const name = n as string;
    if (seen.has(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = getAttrOrUndefined(subject, name);
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

/** except* matching (simplified split of an exception group by type). */
function checkEgMatch(ts: VMThread, f: Frame): void {
  const matchType = pop(f);
  const exc = f.localsplus[f.sp - 1] as PyValue;
  if (exc === None) {
    push(f, None);
    return;
  }
  if (!(exc instanceof PyBaseException)) throw new VMInternalError("CHECK_EG_MATCH on a non-exception");
  const isGroup = exc.cls.isSubtypeOf(E.BaseExceptionGroup);
  if (!isGroup) {
    if (exceptionMatchesSpec(exc, matchType)) {
      const group = callObject(E.ExceptionGroup.isSubtypeOf(E.Exception) && exc.cls.isSubtypeOf(E.Exception) ? E.ExceptionGroup : E.BaseExceptionGroup, ["", new PyList([exc])], null);
      f.localsplus[f.sp - 1] = None;
      push(f, group);
      ts.excItem.value = group;
      return;
    }
    push(f, None);
    return;
  }
  const split = callObject(getAttr(exc, "split"), [matchType], null) as PyTuple;
  const match = split.items[0] as PyValue;
  const rest = split.items[1] as PyValue;
  if (match === None) {
    push(f, None);
    return;
  }
  f.localsplus[f.sp - 1] = rest;
  push(f, match);
  ts.excItem.value = match;
}

/** Combine what the except* clauses raised/re-raised (simplified CPython `_PyExc_PrepReraiseStar`). */
function prepReraiseStar(orig: PyValue, excs: PyList): PyValue {
  const raised = excs.items.filter((e) => e !== None);
  if (raised.length === 0) return None;
  if (!(orig instanceof PyBaseException)) return raised[0] as PyValue;
  const reraised = raised.filter((e) => isLeafOf(e, orig));
  const fresh = raised.filter((e) => !isLeafOf(e, orig));
  let keep: PyValue = None;
  if (reraised.length > 0) {
    keep = reraised.length === 1 && reraised[0] === orig ? orig : reraised.length === 1 ? (reraised[0] as PyValue) : callObject(E.BaseExceptionGroup, ["", new PyList(reraised)], null);
  }
  if (fresh.length === 0) return keep;
  const all = keep === None ? fresh : [keep, ...fresh];
  if (all.length === 1) return all[0] as PyValue;
  return callObject(E.ExceptionGroup, ["", new PyList(all)], null);
}

function isLeafOf(e: PyValue, group: PyBaseException): boolean {
  if (e === group) return true;
  if (!(e instanceof PyBaseException)) return false;
  const excs = getAttrOrUndefined(group, "exceptions");
  if (excs instanceof PyTuple) return excs.items.some((x) => x === e || (x instanceof PyBaseException && isLeafOf(e, x)));
  return false;
}

export { PyTraceback, keyError };
