/**
 * A stand-in `builtins` module used only until the object model's
 * `createBuiltinsModule()` (modules/builtins.ts) lands: just enough
 * (print, len, range, repr, str, isinstance, __build_class__, exception
 * types) for the VM's own tests. Delete once the real module exists.
 */
import type { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { PyBuiltinFunction } from "../objects/builtin-function.js";
import { PyRange } from "../objects/range.js";
import { PyType, ObjectType, TypeType, IntType, StrType, BoolType, typeOf } from "../objects/type.js";
import { PyDict } from "../objects/dict.js";
import { PyFunction } from "../objects/function.js";
import { PyCell } from "../objects/cell.js";
import { None } from "../objects/singletons.js";
import { BUILTIN_EXCEPTIONS } from "../objects/exceptions.js";
import { ListType } from "../objects/list.js";
import { TupleType } from "../objects/tuple.js";
import { DictType } from "../objects/dict.js";
import { FloatType } from "../objects/float.js";
import { splitKwargs } from "../objects/args.js";
import { createClass } from "../objects/type-type.js";
import { getThreadState } from "../objects/thread-state.js";
import { repr, str } from "../protocols/repr.js";
import { lenOf } from "../protocols/len.js";
import { getAttr } from "../protocols/attribute.js";
import { callObject } from "../protocols/call.js";

export function createFallbackBuiltins(): PyModule {
  const m = new PyModule("builtins");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    d.setStr(name, new PyBuiltinFunction(name, fn, m));
  def("print", (args, kw) => {
    const { pos, kw: kws } = splitKwargs(args, kw);
    const sep = kws.get("sep");
    const end = kws.get("end");
    const text = pos.map((v) => str(v)).join(typeof sep === "string" ? sep : " ") + (typeof end === "string" ? end : "\n");
    const ts = getThreadState();
    const out = ts.sysStdout?.() ?? null;
    if (out !== null) callObject(getAttr(out, "write"), [text], null);
    else ts.stdout.write(text);
    return None;
  });
  def("len", (args) => lenOf(args[0] as PyValue));
  def("repr", (args) => repr(args[0] as PyValue));
  def("range", (args) => {
    if (args.length === 1) return new PyRange(0, args[0] as number, 1);
    return new PyRange(args[0] as number, args[1] as number, (args[2] as number | undefined) ?? 1);
  });
  def("isinstance", (args) => typeOf(args[0] as PyValue).isSubtypeOf(args[1] as PyType));
  def("__build_class__", (args, kw) => {
    const { pos } = splitKwargs(args, kw);
    const body = pos[0] as PyFunction;
    const name = pos[1] as string;
    const bases = pos.slice(2);
    const ns = new PyDict();
    const cell = getThreadState().callWithLocals(body, ns);
    const cls = createClass(TypeType, name, bases, ns, new Map());
    if (cell instanceof PyCell) cell.ref = cls;
    return cls;
  });
  for (const [name, t] of [
    ["object", ObjectType], ["type", TypeType], ["int", IntType], ["str", StrType], ["bool", BoolType],
    ["list", ListType], ["tuple", TupleType], ["dict", DictType], ["float", FloatType],
  ] as const) d.setStr(name, t);
  for (const [name, t] of BUILTIN_EXCEPTIONS) d.setStr(name, t);
  d.setStr("None", None);
  return m;
}
