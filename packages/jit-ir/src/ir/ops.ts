/**
 * The op vocabulary of the IR: the contract between the builder/passes
 * (`@pyvm/jit-ir`) and the optimizing code generator (`@pyvm/jit-codegen`'s
 * `src/opt/`). One table, data only; the verifier, the printer and the code
 * generator all derive from it (what an op consumes and produces, whether it
 * needs a frame state, whether passes may move or delete it).
 *
 * Conventions every op follows:
 * - `inputs` lists the representation each input must have (`"any"` = no
 *   constraint); `rest` is the representation of a variadic tail (or null).
 * - `imm` names the immediates (`Instr.imm`, numbers or strings). A `k`
 *   immediate indexes `Graph.consts` (the Python values the code captures by
 *   reference: never splice them into generated source). `pc` immediates are
 *   bytecode instruction indexes whose inline cache the helper uses
 *   (`rt.caches[pc]`), `namei` indexes `co_names`.
 * - `guard`: the op can fail a speculation and then deoptimizes: its
 *   `Instr.frameState` (required) describes the interpreter state to resume
 *   in; nothing of the failing bytecode instruction has happened yet, so the
 *   interpreter re-executes that instruction generically. Values in a frame
 *   state have their own reprs: the deopt routine boxes them (`Box`
 *   semantics); `null` locals are unbound; values produced by `lazy` ops are
 *   computed only then.
 * - `raises`: the op may throw a Python exception (a runtime helper that can
 *   raise). Its `Instr.pc` is the bytecode instruction for the traceback
 *   (the baseline sets `f.pc = pc + 1` before it); the builder gives it the
 *   frame state before the instruction too (locals for `tb_frame.f_locals`,
 *   or to hand the exception to the interpreter).
 * - `effects`: the op may write memory or run arbitrary Python code (calls,
 *   `__add__`, `__eq__` …): passes never delete, duplicate, reorder or hoist
 *   it, and it kills every fact about the heap (attribute/list loads).
 *   Ops without effects and without `guard`/`raises` are pure: removable
 *   when unused, hoistable when their inputs are loop-invariant.
 * - `helper`: the `JIT_RUNTIME` member (interpreter's jit-runtime) giving the
 *   generic semantics; typed ops must agree with it on every input they accept.
 *
 * Python ints are JS numbers while safe (|v| ≤ 2^53−1), else bigints: an
 * `int53` value is such a number, a `float64` the `.value` of an exact
 * `PyFloat`, a `bool` a JS boolean, a `str` a JS string (it is also a valid
 * tagged value), `tagged` any `PyValue`. `multi` values (several results of
 * one bytecode instruction) are only read through `Proj`; `void` ops produce
 * nothing usable.
 */
import type { Repr } from "./graph.js";

export type InputSpec = Repr | "any";

export interface OpDef {
  readonly inputs: readonly InputSpec[];
  readonly rest: InputSpec | null;
  readonly result: Repr;
  readonly imm: readonly string[];
  readonly guard: boolean;
  readonly raises: boolean;
  readonly effects: boolean;
  /** Computed only when a deoptimization materializes a frame state that holds it (a sunk allocation). */
  readonly lazy: boolean;
  readonly helper: string | null;
  readonly doc: string;
}

interface OpSpec {
  readonly inputs?: readonly InputSpec[];
  readonly rest?: InputSpec;
  readonly result: Repr;
  readonly imm?: readonly string[];
  readonly guard?: boolean;
  readonly raises?: boolean;
  readonly effects?: boolean;
  readonly lazy?: boolean;
  readonly helper?: string;
  readonly doc: string;
}

const T = "tagged";
const I = "int53";
const F = "float64";
const B = "bool";
const S = "str";
const V = "void";
const M = "multi";

/** COMPARE_OP operand order: `cmp` immediates use these numbers (Python's `<`, `<=`, `==`, `!=`, `>`, `>=`). */
export const CMP_OPS = ["<", "<=", "==", "!=", ">", ">="] as const;

const SPECS = {
  // ---- constants -----------------------------------------------------------
  Const: { result: T, imm: ["k"], doc: "The Python value Graph.consts[k]." },
  ConstInt53: { result: I, imm: ["value"], doc: "A safe-integer int (JS number)." },
  ConstFloat64: { result: F, imm: ["value"], doc: "A raw double (the value of a float constant)." },
  ConstBool: { result: B, imm: ["value"], doc: "value 1 = True, 0 = False." },

  // ---- guards (speculation; deopt at frameState.pc on failure) ------------
  CheckInt: { inputs: [T], result: I, guard: true, doc: "typeof v === 'number' (a small int; bool and bigint fail); the value as int53." },
  CheckFloat: { inputs: [T], result: F, guard: true, doc: "v instanceof PyFloat && v.cls === FloatType (exact float); v.value." },
  CheckNumber: {
    inputs: [T],
    result: F,
    guard: true,
    doc: "A small int (typeof number) or an exact float, as a double: only where Python converts an int operand to float anyway (the other operand is a float).",
  },
  CheckBool: { inputs: [T], result: B, guard: true, doc: "typeof v === 'boolean'." },
  CheckStr: { inputs: [T], result: S, guard: true, doc: "typeof v === 'string'." },
  CheckIdentity: { inputs: [T], result: T, imm: ["k"], guard: true, doc: "v === consts[k]; result is v." },
  CheckCode: {
    inputs: [T],
    result: T,
    imm: ["kCode"],
    guard: true,
    doc: "v is a Python function (PyFunction) whose __code__ is consts[kCode]: a call site that saw one code through several function objects (closures, lambdas made per call); result is v.",
  },
  CheckDefault: {
    inputs: [T],
    result: V,
    imm: ["count", "j", "k"],
    guard: true,
    doc: "The Python function v still has `count` positional defaults (__defaults__) and the j-th is consts[k] (the value a call site bound at compile time).",
  },
  CheckKwDefault: {
    inputs: [T],
    result: V,
    imm: ["kName", "k"],
    guard: true,
    doc: "The Python function v still has a __kwdefaults__ dict whose entry for the name consts[kName] is consts[k] (a keyword-only default a call site bound at compile time).",
  },
  BoundFunc: { inputs: [T], result: T, doc: "v.func of a bound method v known at compile time (a constant): its function." },
  BoundSelf: { inputs: [T], result: T, doc: "v.self of a bound method v known at compile time (a constant): its receiver." },
  BuildKwargs: {
    inputs: [],
    rest: T,
    result: T,
    imm: ["kNames"],
    effects: true,
    helper: "kwargsDict",
    doc: "A new dict {consts[kNames][i]: inputs[i]} (str keys, distinct): the **kwargs dict of a call bound at compile time (a new object each time: not movable).",
  },
  CheckType: { inputs: [T], result: T, imm: ["k"], guard: true, doc: "v is a PyObject whose cls === consts[k] exactly (exact list, tuple, range, class …); result is v." },
  CheckShape: {
    inputs: [T],
    result: T,
    imm: ["kShape", "version"],
    guard: true,
    doc: "v is a PyObject with shape === consts[kShape], cls.version === version (type versions are unique: this fixes the class and its attributes) and dict === null, so its slot layout and type lookups are what the interpreter's cache saw; result is v.",
  },
  CheckShapes: {
    inputs: [T],
    result: I,
    imm: ["kShape0", "version0", "…"],
    guard: true,
    doc: "Polymorphic CheckShape: immediates are (kShape, version) pairs, one per entry of a polymorphic inline cache; v is a PyObject with dict === null whose shape and cls.version are one pair's. The result is that pair's index (0, 1, …); deopt when none matches.",
  },
  CheckBound: { inputs: [T], result: T, guard: true, doc: "v !== undefined (a local that may be unbound; the interpreter raises UnboundLocalError)." },
  Guard: { inputs: [B], result: V, guard: true, doc: "Deopt unless the condition is true (a speculated branch or a loop-entry fact)." },
  CheckValid: {
    inputs: [],
    result: V,
    guard: true,
    doc: "The running compiled code was not invalidated (a dependency changed during a call); emitted after effectful ops. Its frame state is the state after the call.",
  },

  // ---- int53 arithmetic ------------------------------------------------------
  Int53Add: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a + b; deopt when the result is not a safe integer." },
  Int53Sub: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a - b; deopt when the result is not a safe integer." },
  Int53Mul: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a * b; deopt when not a safe integer; -0 is normalized to 0." },
  Int53FloorDiv: { inputs: [I, I], result: I, guard: true, helper: "intFloorDiv", doc: "Python a // b (floor), exact as intFloorDiv; deopt when b === 0." },
  Int53Mod: { inputs: [I, I], result: I, guard: true, helper: "intMod", doc: "Python a % b (sign of b), as intMod; deopt when b === 0." },
  Int53Neg: { inputs: [I], result: I, doc: "0 - a (never -0; safe integers are symmetric)." },
  Int53BitAnd: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a & b; deopt unless both are int32 (then JS & is exact)." },
  Int53BitOr: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a | b; deopt unless both are int32." },
  Int53BitXor: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a ^ b; deopt unless both are int32." },
  Int53RShift: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a >> b; deopt unless a is int32 and 0 <= b < 32 (then JS >> is Python's floor shift)." },
  Int53LShift: { inputs: [I, I], result: I, guard: true, helper: "binaryOp", doc: "a << b = a * 2**b; deopt unless 0 <= b < 53 and the result is a safe integer (a negative count raises in the interpreter)." },
  Int53AddExact: { inputs: [I, I], result: I, doc: "a + b where range analysis (passes/int-ranges.ts) proved the result a safe integer: no guard." },
  Int53SubExact: { inputs: [I, I], result: I, doc: "a - b, proved a safe integer (no guard)." },
  Int53MulExact: { inputs: [I, I], result: I, doc: "a * b, proved a safe integer (no guard); -0 is normalized to 0." },
  Int53AndMask: { inputs: [I, I], result: I, doc: "a & b where b is a constant in [0, 2^32) (passes/truncate.ts): exact for any safe integer a (ToInt32 is arithmetic modulo 2^32, as Python's & sees the low bits); no guard." },
  Int32WrapAdd: { inputs: [I, I], result: I, doc: "a + b modulo 2^32 (as int32): only the low 32 bits are used (every use is an Int53AndMask or another wrapping op, passes/truncate.ts)." },
  Int32WrapSub: { inputs: [I, I], result: I, doc: "a - b modulo 2^32 (as int32), see Int32WrapAdd." },
  Int32WrapMul: { inputs: [I, I], result: I, doc: "a * b modulo 2^32 (Math.imul), see Int32WrapAdd." },
  Int32WrapOr: { inputs: [I, I], result: I, doc: "a | b on the low 32 bits of each (JS |), see Int32WrapAdd." },
  Int32WrapXor: { inputs: [I, I], result: I, doc: "a ^ b on the low 32 bits of each (JS ^), see Int32WrapAdd." },
  Int53Compare: { inputs: [I, I], result: B, imm: ["cmp"], doc: "a <cmp> b, cmp per CMP_OPS." },
  Int53ToFloat64: { inputs: [I], result: F, doc: "float(a): exact for safe integers." },
  Int53Truthy: { inputs: [I], result: B, doc: "a !== 0." },

  // ---- ints of any size (build/ints.ts) ------------------------------------------
  CheckAnyInt: { inputs: [T], result: T, guard: true, doc: "typeof v === 'number' || typeof v === 'bigint' (an exact int of any size; bool fails); v unchanged." },
  IntArith: { inputs: [T, T], result: T, imm: ["nb"], guard: true, helper: "binaryOp", doc: "a <nb> b on two exact ints (nb: ADD, SUBTRACT, MULTIPLY, FLOOR_DIVIDE, REMAINDER, AND, OR, XOR, RSHIFT) by the interpreter's int helpers; a canonical int. // and %: deopt when b === 0, >>: when b < 0 (the interpreter raises)." },
  IntCompare: { inputs: [T, T], result: B, imm: ["cmp"], doc: "a <cmp> b on two exact ints (JS compares a number and a bigint exactly; canonical ints make === Python's ==)." },

  // ---- float64 arithmetic ----------------------------------------------------
  Float64Add: { inputs: [F, F], result: F, doc: "a + b." },
  Float64Sub: { inputs: [F, F], result: F, doc: "a - b." },
  Float64Mul: { inputs: [F, F], result: F, doc: "a * b." },
  Float64Div: { inputs: [F, F], result: F, guard: true, helper: "binaryOp", doc: "a / b; deopt when b === 0 (the interpreter raises ZeroDivisionError)." },
  Float64Neg: { inputs: [F], result: F, doc: "-a." },
  Float64FloorDiv: { inputs: [F, F], result: F, guard: true, helper: "binaryOp", doc: "a // b (CPython's float divmod quotient: floor of the exact quotient, -0.0 kept); deopt when b === 0." },
  Float64Pow: { inputs: [F, F], result: F, guard: true, helper: "binaryOp", doc: "a ** b (objects/numeric.ts floatPow); deopt when that would not return a float (a complex result, ZeroDivisionError, OverflowError)." },
  Float64Mod: { inputs: [F, F], result: F, guard: true, helper: "binaryOp", doc: "a % b with the sign of b (fmod, then + b when the signs differ; a zero result is ±0.0 as b's sign); deopt when b === 0." },
  Float64Compare: { inputs: [F, F], result: B, imm: ["cmp"], doc: "a <cmp> b, cmp per CMP_OPS (JS and Python agree on NaN)." },
  Float64Call1: {
    inputs: [F],
    result: F,
    imm: ["k"],
    guard: true,
    helper: "call",
    doc: "consts[k].floatKernel.f(a): a one-argument float builtin (math.sqrt, math.sin …, identity known at compile time) on a raw double; deopt (the interpreter re-executes the CALL and raises) when the builtin would raise: NaN from a non-NaN argument, or an infinity from a finite one.",
  },
  Float64Truthy: { inputs: [F], result: B, doc: "a !== 0 (NaN is true)." },

  // ---- bool / identity / truthiness -------------------------------------------
  BoolNot: { inputs: [B], result: B, doc: "!a." },
  IsIdentical: { inputs: [T, T], result: B, doc: "a === b (Python `is`)." },
  IsUndefined: { inputs: [T], result: B, doc: "a === undefined (IterNext's exhaustion sentinel)." },
  StrTruthy: { inputs: [S], result: B, doc: "a.length !== 0." },
  Truthy: { inputs: [T], result: B, raises: true, effects: true, helper: "isTrue", doc: "bool(v): may call __bool__/__len__." },

  // ---- representation changes --------------------------------------------------
  Box: { inputs: ["any"], result: T, doc: "An unboxed value as a PyValue: int53/bool/str as is, float64 → newFloat(x); tagged passes through." },

  // ---- generic operations (the baseline tier's helpers) ------------------------
  GenericBinaryOp: { inputs: [T, T], result: T, imm: ["nb"], raises: true, effects: true, helper: "binaryOp", doc: "binaryOp(nb, a, b), nb = BINARY_OP's oparg (in-place ≥ 13)." },
  GenericCompare: { inputs: [T, T], result: T, imm: ["cmp"], raises: true, effects: true, helper: "compareSlow", doc: "compareSlow(a, b, cmp)." },
  GenericUnary: {
    inputs: [T],
    result: T,
    imm: ["opcode"],
    raises: true,
    effects: true,
    helper: "unaryNegative",
    doc: "UNARY_NEGATIVE / UNARY_POSITIVE / UNARY_INVERT (imm is the opcode number): unaryNegative / unaryPositive / unaryInvert of protocols/number.",
  },
  GenericContains: { inputs: [T, T], result: B, raises: true, effects: true, helper: "contains", doc: "contains(container = inputs[0], item = inputs[1])." },
  LoadGlobal: { inputs: [], result: T, imm: ["pc", "namei"], raises: true, effects: true, helper: "loadGlobal", doc: "loadGlobal(f, rt, pc, namei) (namei = LOAD_GLOBAL oparg >> 1)." },
  LoadGlobalConst: {
    inputs: [],
    result: T,
    imm: ["k", "namei"],
    doc: "The global/builtin co_names[namei] read at compile time (= consts[k]); Graph.dependencies records it so rebinding invalidates the code.",
  },
  LoadName: {
    inputs: [],
    result: T,
    imm: ["namei"],
    raises: true,
    effects: true,
    helper: "loadName",
    doc: "LOAD_NAME in a module body: loadName(f, co_names[namei]) (locals mapping, globals, builtins; NameError). The builder forwards a name's value from its last LoadName/StoreName until an op with effects intervenes.",
  },
  CheckLocalsGlobals: {
    inputs: [],
    result: V,
    guard: true,
    doc: "Module bodies: the frame's locals mapping is its globals dict, so LOAD_NAME of a name bound in globals/builtins may be read as a constant (LoadGlobalConst).",
  },
  LoadNameGuard: {
    inputs: [],
    result: T,
    imm: ["namei", "local"],
    guard: true,
    doc: "LOAD_NAME's value (locals mapping when it is an exact dict, globals, builtins) read without running code; deopt when it is not found there (the interpreter then raises NameError or reads a custom mapping). With local = 1 only the locals mapping counts (the value will be written back there). Module bodies: a loop header's name parameter on an edge that does not know the name.",
  },
  CheckLocalsDict: {
    inputs: [],
    result: V,
    guard: true,
    doc: "Module bodies: the frame's locals mapping is an exact dict (reading and writing names runs no Python code), so STORE_NAMEs may be deferred.",
  },
  StoreName: {
    inputs: [T],
    result: V,
    imm: ["namei", "skipUndefined"],
    raises: true,
    effects: true,
    helper: "storeName",
    doc: "STORE_NAME in a module body: storeName(f, co_names[namei], value), skipped when skipUndefined is 1 and the value is undefined (a loop's placeholder for a name it has not stored yet). The builder defers STORE_NAMEs and emits this where the mapping could be observed (see FrameState.names).",
  },
  MakeCell: {
    inputs: [T],
    result: T,
    imm: ["slot"],
    effects: true,
    doc: "MAKE_CELL: new PyCell(value) (value undefined = empty cell); also stored to f.localsplus[slot], where zero-argument super() and frame objects read cells.",
  },
  CopyFreeVar: {
    inputs: [],
    result: T,
    imm: ["slot", "index"],
    effects: true,
    doc: "COPY_FREE_VARS, one variable: f.func.closure[index], also stored to f.localsplus[slot].",
  },
  LoadCell: {
    inputs: [T],
    result: T,
    imm: ["slot"],
    raises: true,
    helper: "loadDerefSlow",
    doc: "LOAD_DEREF: cell.ref; when the cell is empty loadDerefSlow(f, slot) raises NameError / UnboundLocalError.",
  },
  LoadCellChecked: {
    inputs: [T],
    result: T,
    imm: ["slot"],
    guard: true,
    doc: "cell.ref; deopt when the cell is empty: a LoadCell hoisted out of a loop (passes/licm.ts) deoptimizes at the loop's entry, and the interpreter raises where the loop reads the cell.",
  },
  LoopState: {
    inputs: [],
    result: V,
    guard: true,
    doc: "At the start of a loop header: its frame state is the state at the header's pc in terms of the header's parameters (the loop entry state guards hoisted to the preheader deoptimize with, passes/licm.ts, which removes these). Generates no code.",
  },
  StoreCell: { inputs: [T, T], result: V, effects: true, doc: "STORE_DEREF: cell.ref = value (inputs: cell, value)." },
  LoadAttr: { inputs: [T], result: T, imm: ["pc", "namei"], raises: true, effects: true, helper: "loadAttrCached", doc: "loadAttrCached(rt, pc, obj, namei)." },
  StoreAttr: { inputs: [T, T], result: V, imm: ["pc", "namei"], raises: true, effects: true, helper: "storeAttrCached", doc: "storeAttrCached(rt, pc, obj = inputs[0], namei, value = inputs[1])." },
  LoadMethod: {
    inputs: [T],
    result: M,
    imm: ["pc", "namei"],
    raises: true,
    effects: true,
    helper: "loadMethodCached",
    doc: "LOAD_METHOD: two results, Proj 0 = method or null, Proj 1 = self or the bound attribute (the two CALL stack slots).",
  },
  Proj: { inputs: [M], result: T, imm: ["index"], doc: "Component `index` of a multi-result op." },
  LoadSlot: { inputs: [T], result: T, imm: ["slot"], guard: true, doc: "obj.slots[slot] after CheckShape; deopt if the slot is empty (undefined)." },
  LoadSlotAt: {
    inputs: [T, I],
    result: T,
    imm: ["slot0", "slot1", "…"],
    guard: true,
    doc: "obj.slots[slot_j] where j = inputs[1] (a CheckShapes index of obj: each matched shape keeps the attribute in its own slot); deopt if the slot is empty.",
  },
  SelectConst: { inputs: [I], result: T, imm: ["k0", "k1", "…"], doc: "consts[k_j] where j = inputs[0] (a CheckShapes index: the class attribute or method each matched class has)." },
  StoreSlot: { inputs: [T, T], result: V, imm: ["slot"], effects: true, doc: "obj.slots[slot] = value after CheckShape (attribute already present in the shape)." },
  AddSlot: {
    inputs: [T, T],
    result: V,
    imm: ["slot", "kShape"],
    guard: true,
    effects: true,
    doc: "STORE_ATTR adding an attribute after CheckShape of the shape before it: deopt unless obj.slots has at least `slot` entries, then store value at `slot` (in place when the array has reserved capacity, objects/object.ts addSlot) and set obj.shape = consts[kShape] (the transition the interpreter cached).",
  },
  // Raw float slots (passes/raw-float-slots.ts, objects/shape.ts): a float attribute without its PyFloat box.
  LoadSlotF64: {
    inputs: [T],
    result: F,
    imm: ["slot"],
    guard: true,
    doc: "The float in obj.slots[slot] after CheckShape: a bare number in a raw float slot (the shape's floatMask bit), or an exact PyFloat's value; deopt otherwise.",
  },
  StoreSlotF64: {
    inputs: [T, F],
    result: V,
    imm: ["slot"],
    effects: true,
    doc: "StoreSlot of a float64 that needs no box: obj.slots[slot] = x as a bare number, marking the slot raw in obj's shape variant.",
  },
  AddSlotF64: {
    inputs: [T, F],
    result: V,
    imm: ["slot", "kShape"],
    guard: true,
    effects: true,
    doc: "AddSlot of a float64 that needs no box: the bare number, and obj.shape = the variant of consts[kShape] with the slot raw (and obj's other raw slots).",
  },
  Call: {
    inputs: [T, T],
    rest: T,
    result: T,
    imm: ["pc", "kwk"],
    raises: true,
    effects: true,
    helper: "call",
    doc: "CALL: inputs = the two stack slots below the arguments (null|method, callable|self) then the arguments; kwk = consts index of the keyword-name array or -1. Same as the baseline's $call/$call0..3.",
  },
  CallDirect: {
    inputs: [],
    rest: T,
    result: T,
    imm: ["k", "pc"],
    raises: true,
    effects: true,
    helper: "callPyFunction",
    doc: "Call of the known Python function consts[k] (identity already guarded) with exactly its positional arity; the callee's tier-2 code is called directly when it has some. Recursion-depth and tick accounting as for any call.",
  },
  CallCode: {
    inputs: [T],
    rest: T,
    result: T,
    imm: ["kCode", "pc"],
    raises: true,
    effects: true,
    helper: "callPyFunction",
    doc: "Call of the Python function inputs[0] (a CheckCode result: its code is consts[kCode]) with exactly its positional arity (the rest of the inputs); the code's tier-2 `fast` entry when it has one and the function still has that code, else a generic call.",
  },
  CallEx: {
    inputs: [T, T],
    rest: T,
    result: T,
    imm: ["pc", "merge"],
    raises: true,
    effects: true,
    helper: "callFunctionEx",
    doc: "CALL_FUNCTION_EX: callFunctionEx(callable = inputs[0], star-args = inputs[1], kwargs dict = inputs[2] or null without `**`): a Python function binds straight from the tuple and dict. merge = 1: inputs[2] is the `**` operand itself (DICT_MERGE into the call's empty dict folded in: callFunctionExMerge).",
  },
  BuildMap: { inputs: [], rest: T, result: T, raises: true, effects: true, helper: "buildMap", doc: "BUILD_MAP: a new dict of the key/value input pairs (hashing may run __hash__/__eq__)." },
  ListExtend: { inputs: [T, T], result: V, raises: true, effects: true, helper: "listExtend", doc: "LIST_EXTEND: the items of the iterable inputs[1] appended to the list inputs[0] (may run __iter__)." },
  ListToTuple: { inputs: [T], result: T, effects: true, helper: "newTuple", doc: "LIST_TO_TUPLE: a new tuple of the exact list's items (a new object each time: not movable)." },
  DictMerge: {
    inputs: [T, T, T],
    result: V,
    raises: true,
    effects: true,
    helper: "dictUpdate",
    doc: "DICT_MERGE: dictUpdate(dict = inputs[1], mapping = inputs[2], callable = inputs[0]): `**m` of a call into the call's dict (duplicate keys, non-mappings: the callable's TypeError).",
  },
  CallMethodDescr: {
    inputs: [T],
    rest: T,
    result: T,
    imm: ["k", "pc", "raw"],
    raises: true,
    effects: true,
    helper: "call",
    doc: "obj.m(args) where m = consts[k] is a builtin type's method descriptor known at compile time (LOAD_METHOD_TYPE) and obj = inputs[0] is guarded to that exact type: m.raw(obj, [rest], null) when raw = 1 (the descriptor accepts that many positional arguments, `entryFor`), else m.fn(…), which raises its arity error.",
  },
  GetItem: { inputs: [T, T], result: T, raises: true, effects: true, helper: "getItem", doc: "getItem(obj, key)." },
  SetItem: { inputs: [T, T, T], result: V, raises: true, effects: true, helper: "setItem", doc: "setItem(obj = inputs[0], key = inputs[1], value = inputs[2])." },
  DelItem: { inputs: [T, T], result: V, raises: true, effects: true, helper: "delItem", doc: "delItem(obj = inputs[0], key = inputs[1]) (DELETE_SUBSCR)." },
  // Generators (build/generator.ts): `yield from` delegation.
  Send: { inputs: [T, T], result: T, raises: true, effects: true, helper: "sendStep", doc: "SEND: sendStep(receiver = inputs[0], value = inputs[1]): what the receiver yielded, or undefined when it finished (its return value: SendReturned)." },
  SendReturned: { inputs: [], result: T, effects: true, helper: "takeSendReturn", doc: "The return value of the receiver the last Send saw finish (None otherwise); resets it." },
  SeqGet: { inputs: [T, I], result: T, guard: true, doc: "obj.items[i] (exact list or tuple after CheckType), i < 0 counts from the end; deopt when out of range." },
  SeqLength: { inputs: [T], result: I, doc: "obj.items.length (exact list or tuple after CheckType)." },
  DictGet: {
    inputs: [T, "any"],
    result: T,
    raises: true,
    helper: "dictGetItem",
    doc: "d[key] of an exact dict (CheckType) with an int53, str or bool key (hashing and comparing it runs no Python code): dictGetItem, KeyError when missing.",
  },
  DictSet: {
    inputs: [T, "any", T],
    result: V,
    effects: true,
    doc: "d[key] = value on an exact dict (CheckType) with an int53, str or bool key: PyDict.set (watchers notified as by setItem); runs no Python code.",
  },
  ListSet: { inputs: [T, I, T], result: V, guard: true, effects: true, doc: "obj.items[i] = v (exact list), i < 0 counts from the end; deopt when out of range." },
  ListAppend: { inputs: [T, T], result: V, effects: true, doc: "obj.items.push(v) on the exact list a comprehension built (LIST_APPEND)." },
  SeqSlice: {
    inputs: [T],
    rest: I,
    result: T,
    imm: ["mask", "step"],
    effects: true,
    helper: "seqSlice",
    doc: "obj[start:stop:step] of an exact list or tuple (after CheckType), a new object of its type: the rest inputs are start (mask bit 1) and stop (mask bit 2) when present (else None); step is a non-zero constant. A new object each time: not movable.",
  },
  ListSetSlice: {
    inputs: [T, T],
    rest: I,
    result: V,
    imm: ["mask", "step"],
    raises: true,
    effects: true,
    helper: "listSetSlice",
    doc: "obj[start:stop:step] = value on an exact list (after CheckType; inputs obj, value, then the bounds as SeqSlice): listSetItem with that slice (converting value may run Python code; a size mismatch on an extended slice raises).",
  },
  SetAdd: { inputs: [T, T], result: V, raises: true, effects: true, doc: "obj.table.set(v, true) on the exact set a set comprehension built (SET_ADD; hashing may run __hash__/__eq__)." },
  MapAdd: { inputs: [T, T, T], result: V, raises: true, effects: true, doc: "obj.set(k, v) on the exact dict a dict comprehension built (MAP_ADD; hashing may run __hash__/__eq__)." },
  // (opt) effects: a fresh object's identity is observable (`is`, mutation), so passes must never
  // hoist, CSE or duplicate an allocation: a BuildList hoisted out of a loop made every iteration share one list.
  BuildTuple: { inputs: [], rest: T, result: T, effects: true, helper: "newTuple", doc: "newTuple([inputs…]) (a new object each time: not movable)." },
  BuildList: { inputs: [], rest: T, result: T, effects: true, doc: "new PyList([inputs…]) (a new object each time: not movable)." },
  NewInstance: {
    inputs: [],
    result: T,
    imm: ["kCls", "version"],
    effects: true,
    doc: "new PyInstance(consts[kCls]) (empty shape; the class had `version` when built: passes/shape-checks.ts): `object.__new__` of a plain class (plainInitOf: metaclass type, __new__ inherited from object, __init__ a Python function; guarded by the callee's identity and a `type` dependency). A new object each time: not movable.",
  },
  InitResult: {
    inputs: [T, T],
    result: T,
    raises: true,
    doc: "Cls(...) after its __init__ returned inputs[0]: TypeError (at the CALL) unless it is None, else the instance inputs[1].",
  },
  UnpackSequence: {
    inputs: [T],
    result: M,
    imm: ["count"],
    raises: true,
    effects: true,
    helper: "execRare",
    doc: "UNPACK_SEQUENCE count: Proj j = the j-th item of the sequence (Proj 0 ends on top of the stack).",
  },
  ExecRare: {
    inputs: [],
    rest: "any",
    result: M,
    imm: ["word", "spillFrom", "depth", "resultFrom"],
    raises: true,
    effects: true,
    helper: "execRare",
    doc: "An opcode without its own op, run by the interpreter's execRare(ts, f, word) on the frame's value stack, as the baseline does: inputs (boxed like a deopt) go to stack slots spillFrom.. depth-1 (f.localsplus[stackBase + slot]), f.sp = stackBase + depth; afterwards Proj j = stack slot resultFrom + j. Slots below what the opcode pops are only read (lists being built), never replaced.",
  },
  Raise: {
    inputs: [],
    rest: T,
    result: V,
    imm: ["argc"],
    raises: true,
    effects: true,
    helper: "raise",
    doc: "RAISE_VARARGS argc with its operands as inputs (spilled to the stack like the baseline): raise(ts, f, argc) then throw (a bare `raise` re-raises). Never returns; the block ends with an unreachable deopt.",
  },
  GetIter: { inputs: [T], result: T, raises: true, effects: true, helper: "getIter", doc: "getIter(obj)." },
  IterNext: {
    inputs: [T],
    result: T,
    raises: true,
    effects: true,
    helper: "iterNext",
    doc: "The iterator's next item, or undefined when exhausted (PyNativeIterator.next() fast path, else iterNext).",
  },
  UnpackRangeIter: {
    inputs: [T],
    result: M,
    guard: true,
    doc: "Deopt unless v is an exact small-int range iterator (PyRangeIterator); Proj 0 = next value (current), 1 = stop, 2 = step (all int53 numbers; Proj's result is tagged, the builder checks them with CheckInt, which codegen may fold).",
  },
  NewRangeIter: {
    inputs: [I, I, I],
    result: T,
    effects: true,
    doc: "new PyRangeIterator(next, stop, step), eagerly: a counted loop's iterator flowing into a merge whose slot holds a real iterator (e.g. an outer loop entered by OSR).",
  },
  RangeIterCurrent: {
    inputs: [T],
    result: I,
    effects: true,
    doc: "inputs[0].current of a range iterator an OSR entry unpacked (UnpackRangeIter checked it): a counted loop over it reads its position each step (code in the loop may advance it). Ordered like a store (effects) so nothing moves it across calls.",
  },
  RangeIterAdvance: {
    inputs: [T, I, I, I],
    result: V,
    imm: ["dir"],
    effects: true,
    doc: "A counted loop over a range iterator an OSR entry unpacked (inputs[0], which user code may hold) steps it too: its `current` becomes inputs[2] when inputs[1] is still before its stop inputs[3] (dir 1: <, -1: >; PyRangeIterator.next).",
  },
  MaterializeRangeIter: {
    inputs: [I, I, I],
    result: T,
    lazy: true,
    doc: "A sunk range iterator: new PyRangeIterator(next, stop, step) built only when a deopt materializes a frame state holding it (counted loops keep the induction variable unboxed).",
  },

  // ---- str (exact str values are JS strings; build/strings.ts) ------------------------
  ConstStr: { result: S, imm: ["k"], doc: "The str constant Graph.consts[k] as a str value." },
  StrConcat: { inputs: [S, S], result: S, doc: "a + b (BINARY_OP_ADD_STR)." },
  StrCompare: { inputs: [S, S], result: B, imm: ["cmp"], helper: "cmpStrings", doc: "a <cmp> b in code-point order (cmpStrings), cmp per CMP_OPS." },
  StrContains: { inputs: [S, S], result: B, helper: "strContains", doc: "inputs[1] in inputs[0] (container, item)." },
  StrAt: { inputs: [S, I], result: S, guard: true, helper: "strAt", doc: "s[i] (code points, i < 0 from the end); deopt when out of range (the interpreter raises IndexError)." },
  StrSlice: {
    inputs: [S],
    rest: I,
    result: S,
    imm: ["mask", "step"],
    helper: "strSlice",
    doc: "s[start:stop:step] of code points: the rest inputs are start (mask bit 1) and stop (mask bit 2) when present (else None); step is a non-zero constant.",
  },
  StrLen: { inputs: [S], result: I, helper: "strLen", doc: "len(s) in code points." },
  LenFast: { inputs: [T], result: I, guard: true, helper: "lenFast", doc: "len(v) of an exact str, list, tuple, dict, set or frozenset (no Python code runs); deopt for anything else." },
  StrOrd: { inputs: [S], result: I, guard: true, helper: "strOrd", doc: "ord(s); deopt unless s is exactly one code point (the interpreter raises TypeError)." },
  StrToInt: { inputs: [S], result: I, guard: true, helper: "strToSmallInt", doc: "int(s) of a plain ASCII decimal (optional sign, at most 15 characters: strToSmallInt); deopt for anything else (the interpreter's int() parses or raises)." },
  StrMod: {
    inputs: [S, T],
    result: T,
    imm: ["nb"],
    raises: true,
    effects: true,
    helper: "strModOp",
    doc: "s % x of an exact str s (printf-style formatting: may call __str__/__repr__/__format__/__index__/__getitem__); nb = BINARY_OP's oparg for the generic path a str subclass x takes.",
  },
  Int53ToStr: { inputs: [I], result: S, doc: "str(a) of a small int (FORMAT_VALUE without a spec)." },
  FormatValue: {
    inputs: [T],
    rest: T,
    result: S,
    imm: ["flags"],
    raises: true,
    effects: true,
    helper: "formatValue",
    doc: "FORMAT_VALUE flags: formatValue(v, flags, spec = inputs[1] or '') (conversion, __format__).",
  },
  BuildString: { inputs: [], rest: T, result: S, doc: "BUILD_STRING: the concatenation of its inputs (every one a str: FORMAT_VALUE results and str constants)." },
  StrCallStr: {
    inputs: [S],
    rest: "any",
    result: S,
    imm: ["k", "argc"],
    raises: true,
    helper: "strMethodKernel",
    doc: "s.m(args) through the str kernel of the method descriptor consts[k] for argc arguments (objects/str/str-kernels.ts: arguments already str / int53 / exact list as the kernel's params say); a str result.",
  },
  StrCallInt: { inputs: [S], rest: "any", result: I, imm: ["k", "argc"], raises: true, helper: "strMethodKernel", doc: "StrCallStr with an int result (find, count …)." },
  StrCallBool: { inputs: [S], rest: "any", result: B, imm: ["k", "argc"], raises: true, helper: "strMethodKernel", doc: "StrCallStr with a bool result (isalpha, startswith …)." },
  StrCallObj: { inputs: [S], rest: "any", result: T, imm: ["k", "argc"], raises: true, helper: "strMethodKernel", doc: "StrCallStr with an object result (split: a new list each call)." },

  // ---- inlining ---------------------------------------------------------------------
  InlineOk: {
    inputs: [T],
    result: B,
    imm: ["kCode"],
    effects: true,
    doc: "Whether an inlined body of the function `v` may run here: v.code === consts[kCode] (its __code__ was not replaced) and ts.depth < ts.recursionLimit (the call would not raise RecursionError). Reads mutable state, so it is never moved or merged; false takes the call path.",
  },
  DepthEnter: { inputs: [], result: V, effects: true, doc: "ts.depth++ on entering an inlined body: every inlined Python frame counts one recursion level (deopt/throwIn give them back)." },
  DepthExit: { inputs: [], result: V, effects: true, doc: "ts.depth-- on leaving an inlined body (at each of its returns)." },

  // ---- execution budget ---------------------------------------------------------
  Tick: {
    inputs: [],
    result: V,
    raises: true,
    effects: true,
    doc: "if (--ts.ticks < 0) ts.onTicksExhausted() — at function entry and every loop back-edge (VMThread.ticks).",
  },
} as const satisfies Record<string, OpSpec>;

export type OpName = keyof typeof SPECS;

function def(spec: OpSpec): OpDef {
  return {
    inputs: spec.inputs ?? [],
    rest: spec.rest ?? null,
    result: spec.result,
    imm: spec.imm ?? [],
    guard: spec.guard ?? false,
    raises: spec.raises ?? false,
    effects: spec.effects ?? false,
    lazy: spec.lazy ?? false,
    helper: spec.helper ?? null,
    doc: spec.doc,
  };
}

/** Every op by name. */
export const OPS: { readonly [K in OpName]: OpDef } = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec]) => [name, def(spec as OpSpec)]),
) as { readonly [K in OpName]: OpDef };

export function opDef(name: string): OpDef | undefined {
  return (OPS as Readonly<Record<string, OpDef>>)[name];
}

/** An op that passes may delete when unused and move (no guard, no raise, no effects). */
export function isPure(d: OpDef): boolean {
  return !d.guard && !d.raises && !d.effects;
}

/** An instruction that must carry a frame state. */
export function needsFrameState(d: OpDef): boolean {
  return d.guard || d.raises;
}
