/**
 * The opcode table: the single source of truth for pyvm's instruction set.
 *
 * This file is data only. Every opcode is declared once, with its stack effect,
 * operand kind and flags; the numeric enum, the name list, the flag arrays, the
 * stack-depth helpers, the disassembler and the JIT's coverage table are all
 * derived from it (see `generated/` and `table.ts`). Opcode numbers are the index
 * of the entry in `OPCODE_DEFS`, so append new opcodes at the end of a section
 * only if you are willing to regenerate (`pnpm --filter @pyvm/bytecode gen`).
 *
 * Semantics follow CPython 3.11's `dis` documentation
 * (https://docs.python.org/3.11/library/dis.html#python-bytecode-instructions)
 * with these deliberate differences, all chosen to keep the interpreter's
 * dispatch and the JIT's bytecode walk simple:
 *
 * - One 32-bit word per instruction: `opcode | (oparg << 8)`; opargs are
 *   24-bit, so there is no EXTENDED_ARG and there are no CACHE entries
 *   (inline caches live in a side array indexed by instruction).
 * - Jump targets are absolute instruction indexes (not byte offsets, not
 *   relative). `JUMP_BACKWARD` is kept distinct from `JUMP_FORWARD` so loop
 *   back-edges are visible to hotness counters.
 * - No PRECALL, RESUME, CACHE, EXTENDED_ARG or RETURN_GENERATOR: calling a
 *   generator/coroutine function creates the generator object directly from
 *   the code flags.
 * - `COMPARE_OP`'s oparg is the comparison (`CMP_OP` below), nothing else.
 * - `LOAD_GLOBAL`'s oparg is `(namei << 1) | pushNull`, as in 3.11.
 * - Calls use 3.11's layout: `[NULL | method, callable | self, arg1 … argN]`
 *   then `CALL argc`; `KW_NAMES consti` before a `CALL` names its trailing
 *   arguments. NULL is JS `null` on the value stack.
 *
 * Specialized ("quickened") forms of an opcode name their base in `family`;
 * they are never emitted by the compiler, only written by the interpreter
 * over the base opcode, and the disassembler shows the base name by default.
 */

/** How the oparg is interpreted (drives the disassembler and the JIT's builder). */
export type OperandKind =
  | "none" // oparg unused (always 0)
  | "const" // index into co_consts
  | "name" // index into co_names
  | "global" // (namei << 1) | pushNull, names index
  | "local" // index into localsplus (fast locals)
  | "free" // index into localsplus (cell / free variable)
  | "jump" // absolute target instruction index
  | "count" // an element/argument count
  | "binop" // NB_* operator number
  | "compare" // CMP_OP number
  | "flags" // opcode-specific bit flags
  | "unpack_ex"; // before | (after << 8)

/**
 * Stack effect: a fixed count, or `"arg"`-relative forms for variadic
 * instructions. `pops`/`pushes` are for the fall-through path; `jumpPops`/
 * `jumpPushes` (when present) describe the stack when the jump is taken.
 */
export type StackCount = number | "arg" | "arg+1" | "arg+2" | "arg+3" | "2*arg" | "unpack_ex" | "build_slice" | "make_function" | "call_ex" | "format_value" | "raise" | "load_global";

export interface OpcodeDef {
  readonly name: string;
  readonly operand: OperandKind;
  readonly pops: StackCount;
  readonly pushes: StackCount;
  readonly jumpPops?: StackCount;
  readonly jumpPushes?: StackCount;
  /** Can raise a Python exception. */
  readonly canRaise: boolean;
  /** Transfers control: "cond" may jump, "always" never falls through, "exit" leaves the frame. */
  readonly control?: "cond" | "always" | "exit";
  /** For specialized forms: the base opcode this one quickens. */
  readonly family?: string;
  readonly doc: string;
}

/** `BINARY_OP` operator numbers (CPython 3.11's NB_*). In-place forms are +13. */
export const NB_OP = {
  ADD: 0,
  AND: 1,
  FLOOR_DIVIDE: 2,
  LSHIFT: 3,
  MATRIX_MULTIPLY: 4,
  MULTIPLY: 5,
  REMAINDER: 6,
  OR: 7,
  POWER: 8,
  RSHIFT: 9,
  SUBTRACT: 10,
  TRUE_DIVIDE: 11,
  XOR: 12,
  INPLACE_ADD: 13,
  INPLACE_AND: 14,
  INPLACE_FLOOR_DIVIDE: 15,
  INPLACE_LSHIFT: 16,
  INPLACE_MATRIX_MULTIPLY: 17,
  INPLACE_MULTIPLY: 18,
  INPLACE_REMAINDER: 19,
  INPLACE_OR: 20,
  INPLACE_POWER: 21,
  INPLACE_RSHIFT: 22,
  INPLACE_SUBTRACT: 23,
  INPLACE_TRUE_DIVIDE: 24,
  INPLACE_XOR: 25,
} as const;

/** Operator symbols by NB_* number, as `dis` prints them. */
export const NB_OP_SYMBOLS = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
] as const;

/** `COMPARE_OP` operand. */
export const CMP_OP = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
export const CMP_OP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="] as const;

/** `MAKE_FUNCTION` flag bits. */
export const MAKE_FUNCTION_FLAGS = { DEFAULTS: 0x01, KWDEFAULTS: 0x02, ANNOTATIONS: 0x04, CLOSURE: 0x08 } as const;

/** `FORMAT_VALUE` flag bits: low two bits pick the conversion, 0x04 means a format spec is on the stack. */
export const FORMAT_VALUE_FLAGS = { CONV_MASK: 0x03, NONE: 0x00, STR: 0x01, REPR: 0x02, ASCII: 0x03, HAVE_SPEC: 0x04 } as const;

export const OPCODE_DEFS: readonly OpcodeDef[] = [
  // ---- stack manipulation and constants ----
  { name: "NOP", operand: "none", pops: 0, pushes: 0, canRaise: false, doc: "Do nothing." },
  { name: "POP_TOP", operand: "none", pops: 1, pushes: 0, canRaise: false, doc: "Remove TOS." },
  { name: "PUSH_NULL", operand: "none", pops: 0, pushes: 1, canRaise: false, doc: "Push NULL (JS null), the call-protocol marker for 'no self'." },
  { name: "COPY", operand: "count", pops: "arg", pushes: "arg+1", canRaise: false, doc: "Push a copy of the i-th item from the top (1 = TOS)." },
  { name: "SWAP", operand: "count", pops: "arg", pushes: "arg", canRaise: false, doc: "Swap TOS with the i-th item from the top." },
  { name: "LOAD_CONST", operand: "const", pops: 0, pushes: 1, canRaise: false, doc: "Push co_consts[i]." },

  // ---- locals, cells, names, globals ----
  { name: "LOAD_FAST", operand: "local", pops: 0, pushes: 1, canRaise: true, doc: "Push local i; UnboundLocalError if unbound." },
  { name: "STORE_FAST", operand: "local", pops: 1, pushes: 0, canRaise: false, doc: "local i = TOS." },
  { name: "DELETE_FAST", operand: "local", pops: 0, pushes: 0, canRaise: true, doc: "Unbind local i; UnboundLocalError if unbound." },
  { name: "MAKE_CELL", operand: "free", pops: 0, pushes: 0, canRaise: false, doc: "Replace slot i with a new cell holding its current value (arguments that are cells)." },
  { name: "COPY_FREE_VARS", operand: "count", pops: 0, pushes: 0, canRaise: false, doc: "Copy the n closure cells of the function into the last n localsplus slots." },
  { name: "LOAD_CLOSURE", operand: "free", pops: 0, pushes: 1, canRaise: false, doc: "Push the cell in slot i (for building a closure tuple)." },
  { name: "LOAD_DEREF", operand: "free", pops: 0, pushes: 1, canRaise: true, doc: "Push the contents of the cell in slot i; NameError/UnboundLocalError if empty." },
  { name: "LOAD_CLASSDEREF", operand: "free", pops: 0, pushes: 1, canRaise: true, doc: "Like LOAD_DEREF but first consult the class-body locals mapping." },
  { name: "STORE_DEREF", operand: "free", pops: 1, pushes: 0, canRaise: false, doc: "Store TOS into the cell in slot i." },
  { name: "DELETE_DEREF", operand: "free", pops: 0, pushes: 0, canRaise: true, doc: "Empty the cell in slot i." },
  { name: "LOAD_NAME", operand: "name", pops: 0, pushes: 1, canRaise: true, doc: "Push locals/globals/builtins lookup of co_names[i]." },
  { name: "STORE_NAME", operand: "name", pops: 1, pushes: 0, canRaise: true, doc: "locals[co_names[i]] = TOS." },
  { name: "DELETE_NAME", operand: "name", pops: 0, pushes: 0, canRaise: true, doc: "del locals[co_names[i]]." },
  { name: "LOAD_GLOBAL", operand: "global", pops: 0, pushes: "load_global", canRaise: true, doc: "If arg & 1 push NULL; then push globals/builtins lookup of co_names[arg >> 1]. (pushes is 1 or 2; see stackEffect.)" },
  { name: "STORE_GLOBAL", operand: "name", pops: 1, pushes: 0, canRaise: false, doc: "globals[co_names[i]] = TOS." },
  { name: "DELETE_GLOBAL", operand: "name", pops: 0, pushes: 0, canRaise: true, doc: "del globals[co_names[i]]." },

  // ---- attributes and subscripts ----
  { name: "LOAD_ATTR", operand: "name", pops: 1, pushes: 1, canRaise: true, doc: "TOS = getattr(TOS, co_names[i])." },
  { name: "STORE_ATTR", operand: "name", pops: 2, pushes: 0, canRaise: true, doc: "TOS.name = TOS1." },
  { name: "DELETE_ATTR", operand: "name", pops: 1, pushes: 0, canRaise: true, doc: "del TOS.name." },
  { name: "LOAD_METHOD", operand: "name", pops: 1, pushes: 2, canRaise: true, doc: "Push [method, self] if TOS.name is a plain method found on the type, else [NULL, getattr(TOS, name)]." },
  { name: "BINARY_SUBSCR", operand: "none", pops: 2, pushes: 1, canRaise: true, doc: "TOS = TOS1[TOS]." },
  { name: "STORE_SUBSCR", operand: "none", pops: 3, pushes: 0, canRaise: true, doc: "TOS1[TOS] = TOS2." },
  { name: "DELETE_SUBSCR", operand: "none", pops: 2, pushes: 0, canRaise: true, doc: "del TOS1[TOS]." },
  { name: "BUILD_SLICE", operand: "count", pops: "build_slice", pushes: 1, canRaise: false, doc: "Push slice(TOS1, TOS) (argc 2) or slice(TOS2, TOS1, TOS) (argc 3)." },

  // ---- operators ----
  { name: "UNARY_POSITIVE", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = +TOS." },
  { name: "UNARY_NEGATIVE", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = -TOS." },
  { name: "UNARY_NOT", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = not TOS." },
  { name: "UNARY_INVERT", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = ~TOS." },
  { name: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "TOS = TOS1 <op> TOS, op = NB_* (in-place forms try __i<op>__ first)." },
  { name: "COMPARE_OP", operand: "compare", pops: 2, pushes: 1, canRaise: true, doc: "TOS = TOS1 <cmp> TOS (rich comparison)." },
  { name: "IS_OP", operand: "flags", pops: 2, pushes: 1, canRaise: false, doc: "TOS = TOS1 is TOS (arg 1: is not)." },
  { name: "CONTAINS_OP", operand: "flags", pops: 2, pushes: 1, canRaise: true, doc: "TOS = TOS1 in TOS (arg 1: not in)." },

  // ---- control flow ----
  { name: "JUMP_FORWARD", operand: "jump", pops: 0, pushes: 0, canRaise: false, control: "always", doc: "Jump to the (later) target." },
  { name: "JUMP_BACKWARD", operand: "jump", pops: 0, pushes: 0, canRaise: true, control: "always", doc: "Jump to the (earlier) target: a loop back-edge; checks interrupts and counts hotness." },
  { name: "POP_JUMP_IF_FALSE", operand: "jump", pops: 1, pushes: 0, canRaise: true, control: "cond", doc: "Pop TOS; jump if falsy." },
  { name: "POP_JUMP_IF_TRUE", operand: "jump", pops: 1, pushes: 0, canRaise: true, control: "cond", doc: "Pop TOS; jump if truthy." },
  { name: "POP_JUMP_IF_NONE", operand: "jump", pops: 1, pushes: 0, canRaise: false, control: "cond", doc: "Pop TOS; jump if it is None." },
  { name: "POP_JUMP_IF_NOT_NONE", operand: "jump", pops: 1, pushes: 0, canRaise: false, control: "cond", doc: "Pop TOS; jump if it is not None." },
  { name: "JUMP_IF_FALSE_OR_POP", operand: "jump", pops: 1, pushes: 0, jumpPops: 0, jumpPushes: 0, canRaise: true, control: "cond", doc: "If TOS is falsy jump, leaving it; else pop it." },
  { name: "JUMP_IF_TRUE_OR_POP", operand: "jump", pops: 1, pushes: 0, jumpPops: 0, jumpPushes: 0, canRaise: true, control: "cond", doc: "If TOS is truthy jump, leaving it; else pop it." },
  { name: "GET_ITER", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = iter(TOS)." },
  { name: "FOR_ITER", operand: "jump", pops: 1, pushes: 2, jumpPops: 1, jumpPushes: 0, canRaise: true, control: "cond", doc: "Push next(TOS); when exhausted pop the iterator and jump to target." },
  { name: "RETURN_VALUE", operand: "none", pops: 1, pushes: 0, canRaise: false, control: "exit", doc: "Return TOS to the caller." },

  // ---- calls and functions ----
  { name: "KW_NAMES", operand: "const", pops: 0, pushes: 0, canRaise: false, doc: "The next CALL's last len(co_consts[i]) arguments are keywords named by that tuple." },
  { name: "CALL", operand: "count", pops: "arg+2", pushes: 1, canRaise: true, doc: "Call with stack [NULL|method, callable|self, args…]; argc = arg (+1 when a self is present)." },
  { name: "CALL_FUNCTION_EX", operand: "flags", pops: "call_ex", pushes: 1, canRaise: true, doc: "Call [NULL, f, argsTuple, (kwargsDict if arg & 1)]." },
  { name: "MAKE_FUNCTION", operand: "flags", pops: "make_function", pushes: 1, canRaise: false, doc: "Build a function from the code object at TOS and, below it by flag bit, closure tuple (0x08), annotations (0x04), kwdefaults dict (0x02), defaults tuple (0x01)." },
  { name: "LOAD_BUILD_CLASS", operand: "none", pops: 0, pushes: 1, canRaise: false, doc: "Push builtins.__build_class__." },

  // ---- building containers ----
  { name: "BUILD_TUPLE", operand: "count", pops: "arg", pushes: 1, canRaise: false, doc: "Tuple from the top n items." },
  { name: "BUILD_LIST", operand: "count", pops: "arg", pushes: 1, canRaise: false, doc: "List from the top n items." },
  { name: "BUILD_SET", operand: "count", pops: "arg", pushes: 1, canRaise: true, doc: "Set from the top n items." },
  { name: "BUILD_MAP", operand: "count", pops: "2*arg", pushes: 1, canRaise: true, doc: "Dict from n key/value pairs (key below value)." },
  { name: "BUILD_CONST_KEY_MAP", operand: "count", pops: "arg+1", pushes: 1, canRaise: true, doc: "Dict from n values and a constant tuple of keys at TOS." },
  { name: "BUILD_STRING", operand: "count", pops: "arg", pushes: 1, canRaise: false, doc: "Concatenate the top n strings." },
  { name: "LIST_APPEND", operand: "count", pops: 1, pushes: 0, canRaise: false, doc: "STACK[-i].append(TOS) after popping TOS (comprehensions)." },
  { name: "SET_ADD", operand: "count", pops: 1, pushes: 0, canRaise: true, doc: "STACK[-i].add(TOS) after popping TOS." },
  { name: "MAP_ADD", operand: "count", pops: 2, pushes: 0, canRaise: true, doc: "STACK[-i][TOS1] = TOS after popping both." },
  { name: "LIST_EXTEND", operand: "count", pops: 1, pushes: 0, canRaise: true, doc: "STACK[-i].extend(TOS) after popping TOS." },
  { name: "SET_UPDATE", operand: "count", pops: 1, pushes: 0, canRaise: true, doc: "STACK[-i].update(TOS) after popping TOS." },
  { name: "DICT_UPDATE", operand: "count", pops: 1, pushes: 0, canRaise: true, doc: "STACK[-i].update(TOS) after popping TOS." },
  { name: "DICT_MERGE", operand: "count", pops: 1, pushes: 0, canRaise: true, doc: "Like DICT_UPDATE but raises on duplicate keys (for f(**a, **b))." },
  { name: "LIST_TO_TUPLE", operand: "none", pops: 1, pushes: 1, canRaise: false, doc: "TOS = tuple(TOS)." },
  { name: "UNPACK_SEQUENCE", operand: "count", pops: 1, pushes: "arg", canRaise: true, doc: "Unpack TOS into n values, pushed right-to-left (first item ends on top)." },
  { name: "UNPACK_EX", operand: "unpack_ex", pops: 1, pushes: "unpack_ex", canRaise: true, doc: "Starred unpack: arg = before | (after << 8); pushes before + 1 + after values." },
  { name: "FORMAT_VALUE", operand: "flags", pops: "format_value", pushes: 1, canRaise: true, doc: "f-string field: convert (flags & 3) then format with the spec (TOS if flags & 4)." },

  // ---- exceptions and with ----
  { name: "RAISE_VARARGS", operand: "count", pops: "raise", pushes: 0, canRaise: true, control: "always", doc: "0: re-raise the current exception; 1: raise TOS; 2: raise TOS1 from TOS." },
  { name: "RERAISE", operand: "flags", pops: 1, pushes: 0, canRaise: true, control: "always", doc: "Re-raise TOS; if arg is non-zero, restore the frame's lasti from STACK[-arg-1] first (for tracebacks)." },
  { name: "PUSH_EXC_INFO", operand: "none", pops: 1, pushes: 2, canRaise: false, doc: "Push the current exc_info below TOS and make TOS the handled exception." },
  { name: "POP_EXCEPT", operand: "none", pops: 1, pushes: 0, canRaise: false, doc: "Restore exc_info from TOS (pushed by PUSH_EXC_INFO)." },
  { name: "CHECK_EXC_MATCH", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = isinstance-match of TOS1 against the class/tuple TOS (TOS1 stays)." },
  { name: "CHECK_EG_MATCH", operand: "none", pops: 2, pushes: 2, canRaise: true, doc: "except* matching: split the exception group TOS1 by TOS." },
  { name: "PREP_RERAISE_STAR", operand: "none", pops: 2, pushes: 1, canRaise: false, doc: "Combine raised and re-raised exceptions after except* handlers." },
  { name: "LOAD_ASSERTION_ERROR", operand: "none", pops: 0, pushes: 1, canRaise: false, doc: "Push AssertionError." },
  { name: "BEFORE_WITH", operand: "none", pops: 1, pushes: 2, canRaise: true, doc: "Push bound __exit__ then the result of __enter__()." },
  { name: "WITH_EXCEPT_START", operand: "none", pops: 4, pushes: 5, canRaise: true, doc: "Call __exit__ (STACK[-4]) with (type, value, tb) of the exception at TOS; push the result." },

  // ---- generators and coroutines ----
  { name: "YIELD_VALUE", operand: "none", pops: 1, pushes: 1, canRaise: false, doc: "Suspend the generator yielding TOS; on resume TOS is the sent value." },
  { name: "GET_YIELD_FROM_ITER", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = iter(TOS) unless it is a generator/coroutine." },
  { name: "SEND", operand: "jump", pops: 2, pushes: 2, jumpPops: 2, jumpPushes: 1, canRaise: true, control: "cond", doc: "Send TOS into the sub-iterator TOS1: on a yielded value replace TOS with it; on return pop both, push the return value and jump." },
  { name: "GET_AWAITABLE", operand: "flags", pops: 1, pushes: 1, canRaise: true, doc: "TOS = awaitable iterator of TOS (__await__)." },
  { name: "GET_AITER", operand: "none", pops: 1, pushes: 1, canRaise: true, doc: "TOS = TOS.__aiter__()." },
  { name: "GET_ANEXT", operand: "none", pops: 1, pushes: 2, canRaise: true, doc: "Push awaitable of TOS.__anext__()." },
  { name: "END_ASYNC_FOR", operand: "none", pops: 2, pushes: 0, canRaise: true, doc: "Finish `async for` when StopAsyncIteration is at TOS, else re-raise." },
  { name: "BEFORE_ASYNC_WITH", operand: "none", pops: 1, pushes: 2, canRaise: true, doc: "Push bound __aexit__ then the awaitable of __aenter__()." },
  { name: "ASYNC_GEN_WRAP", operand: "none", pops: 1, pushes: 1, canRaise: false, doc: "Wrap TOS before yielding it from an async generator." },

  // ---- imports, classes, annotations, match, REPL ----
  { name: "IMPORT_NAME", operand: "name", pops: 2, pushes: 1, canRaise: true, doc: "Import co_names[i] with fromlist TOS and level TOS1; push the module." },
  { name: "IMPORT_FROM", operand: "name", pops: 0, pushes: 1, canRaise: true, doc: "Push attribute co_names[i] of the module at TOS (ImportError if missing)." },
  { name: "IMPORT_STAR", operand: "none", pops: 1, pushes: 0, canRaise: true, doc: "from TOS import *." },
  { name: "SETUP_ANNOTATIONS", operand: "none", pops: 0, pushes: 0, canRaise: true, doc: "Create __annotations__ in the locals if missing." },
  { name: "GET_LEN", operand: "none", pops: 0, pushes: 1, canRaise: true, doc: "Push len(TOS)." },
  { name: "MATCH_MAPPING", operand: "none", pops: 0, pushes: 1, canRaise: false, doc: "Push whether TOS is a mapping." },
  { name: "MATCH_SEQUENCE", operand: "none", pops: 0, pushes: 1, canRaise: false, doc: "Push whether TOS is a sequence (not str/bytes/bytearray)." },
  { name: "MATCH_KEYS", operand: "none", pops: 0, pushes: 1, canRaise: true, doc: "TOS is a key tuple, TOS1 a mapping: push a tuple of the values, or None if any key is missing." },
  { name: "MATCH_CLASS", operand: "count", pops: 3, pushes: 1, canRaise: true, doc: "Match TOS2 against class TOS1 with n positional and the keyword-name tuple TOS; push the attribute tuple or None." },
  { name: "COPY_DICT_WITHOUT_KEYS", operand: "none", pops: 2, pushes: 2, canRaise: true, doc: "TOS = copy of dict TOS1 without the keys in tuple TOS (for **rest)." },
  { name: "PRINT_EXPR", operand: "none", pops: 1, pushes: 0, canRaise: true, doc: "Interactive mode: print repr(TOS) through sys.displayhook unless None." },

  // ---- specialized forms (PEP 659 quickening) ----
  // Written only by the interpreter into its per-VM copy of the instruction
  // stream (`CodeRuntime.quick`), never by the compiler; each has the stack
  // effect and operand of its family's base opcode. A guard failure runs the
  // base semantics and counts a miss; repeated misses rewrite the base back.
  { name: "LOAD_GLOBAL_MODULE", family: "LOAD_GLOBAL", operand: "global", pops: 0, pushes: "load_global", canRaise: true, doc: "LOAD_GLOBAL found in the globals dict (guard: the dict's keysVersion)." },
  { name: "LOAD_GLOBAL_BUILTIN", family: "LOAD_GLOBAL", operand: "global", pops: 0, pushes: "load_global", canRaise: true, doc: "LOAD_GLOBAL found in builtins (guards: the globals' and the builtins' keysVersion)." },
  { name: "LOAD_ATTR_SLOT", family: "LOAD_ATTR", operand: "name", pops: 1, pushes: 1, canRaise: true, doc: "Instance attribute in a shape slot (guards: type version, shape)." },
  { name: "LOAD_ATTR_CLASS", family: "LOAD_ATTR", operand: "name", pops: 1, pushes: 1, canRaise: true, doc: "Plain (non-descriptor) class attribute read through an instance (guards: type version, shape)." },
  { name: "LOAD_ATTR_MODULE", family: "LOAD_ATTR", operand: "name", pops: 1, pushes: 1, canRaise: true, doc: "Attribute of an exact module (guards: the module dict and its keysVersion)." },
  { name: "LOAD_ATTR_PROPERTY", family: "LOAD_ATTR", operand: "name", pops: 1, pushes: 1, canRaise: true, doc: "A `property` with a Python getter on the type (guards: type version, shape); calls the getter." },
  { name: "STORE_ATTR_SLOT", family: "STORE_ATTR", operand: "name", pops: 2, pushes: 0, canRaise: true, doc: "Store into (or append) an instance shape slot (guards: type version, shape before the store)." },
  { name: "LOAD_METHOD_TYPE", family: "LOAD_METHOD", operand: "name", pops: 1, pushes: 2, canRaise: true, doc: "Method found on the receiver's type (guards: type version, and the shape for instances)." },
  { name: "LOAD_METHOD_MODULE", family: "LOAD_METHOD", operand: "name", pops: 1, pushes: 2, canRaise: true, doc: "`module.f(...)`: pushes NULL and the module attribute (guards: module dict and keysVersion)." },
  { name: "BINARY_OP_ADD_INT", family: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "`+` / `+=` on two small ints (result stays a safe integer)." },
  { name: "BINARY_OP_SUBTRACT_INT", family: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "`-` / `-=` on two small ints." },
  { name: "BINARY_OP_MULTIPLY_INT", family: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "`*` / `*=` on two small ints." },
  { name: "BINARY_OP_ADD_FLOAT", family: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "`+` / `+=` on exact floats (or an exact float and a small int)." },
  { name: "BINARY_OP_SUBTRACT_FLOAT", family: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "`-` / `-=` on exact floats (or an exact float and a small int)." },
  { name: "BINARY_OP_MULTIPLY_FLOAT", family: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "`*` / `*=` on exact floats (or an exact float and a small int)." },
  { name: "BINARY_OP_ADD_STR", family: "BINARY_OP", operand: "binop", pops: 2, pushes: 1, canRaise: true, doc: "`+` / `+=` on two str." },
  { name: "COMPARE_OP_INT", family: "COMPARE_OP", operand: "compare", pops: 2, pushes: 1, canRaise: true, doc: "Comparison of two small ints." },
  { name: "COMPARE_OP_FLOAT", family: "COMPARE_OP", operand: "compare", pops: 2, pushes: 1, canRaise: true, doc: "Comparison of exact floats (or an exact float and a small int)." },
  { name: "COMPARE_OP_STR", family: "COMPARE_OP", operand: "compare", pops: 2, pushes: 1, canRaise: true, doc: "`==` / `!=` of two str." },
  { name: "BINARY_SUBSCR_LIST_INT", family: "BINARY_SUBSCR", operand: "none", pops: 2, pushes: 1, canRaise: true, doc: "Exact list indexed by an in-range small int." },
  { name: "BINARY_SUBSCR_TUPLE_INT", family: "BINARY_SUBSCR", operand: "none", pops: 2, pushes: 1, canRaise: true, doc: "Exact tuple indexed by an in-range small int." },
  { name: "BINARY_SUBSCR_DICT", family: "BINARY_SUBSCR", operand: "none", pops: 2, pushes: 1, canRaise: true, doc: "Exact dict lookup of a present key." },
  { name: "STORE_SUBSCR_LIST_INT", family: "STORE_SUBSCR", operand: "none", pops: 3, pushes: 0, canRaise: true, doc: "Store into an exact list at an in-range small int." },
  { name: "STORE_SUBSCR_DICT", family: "STORE_SUBSCR", operand: "none", pops: 3, pushes: 0, canRaise: true, doc: "Store into an exact dict." },
  { name: "CALL_PY_EXACT_ARGS", family: "CALL", operand: "count", pops: "arg+2", pushes: 1, canRaise: true, doc: "Call of the cached Python function (guard: identity) with exactly its positional parameters." },
  { name: "CALL_BOUND_METHOD", family: "CALL", operand: "count", pops: "arg+2", pushes: 1, canRaise: true, doc: "Call of a bound method whose function is the cached Python function, exact positional arguments." },
  { name: "CALL_BUILTIN", family: "CALL", operand: "count", pops: "arg+2", pushes: 1, canRaise: true, doc: "Call of a builtin function with a fixed-arity (1 or 2 argument) entry, no keywords." },
  { name: "CALL_METHOD_DESCRIPTOR", family: "CALL", operand: "count", pops: "arg+2", pushes: 1, canRaise: true, doc: "`obj.method(...)` of a builtin type's method (LOAD_METHOD pushed [descr, self]), no keywords." },
  { name: "CALL_TYPE", family: "CALL", operand: "count", pops: "arg+2", pushes: 1, canRaise: true, doc: "Instantiation of the cached plain class (Python `__init__` run in the same loop)." },
  { name: "FOR_ITER_RANGE", family: "FOR_ITER", operand: "jump", pops: 1, pushes: 2, jumpPops: 1, jumpPushes: 0, canRaise: true, control: "cond", doc: "FOR_ITER over a small-int range iterator." },
  { name: "FOR_ITER_LIST", family: "FOR_ITER", operand: "jump", pops: 1, pushes: 2, jumpPops: 1, jumpPushes: 0, canRaise: true, control: "cond", doc: "FOR_ITER over a list iterator." },
  { name: "FOR_ITER_TUPLE", family: "FOR_ITER", operand: "jump", pops: 1, pushes: 2, jumpPops: 1, jumpPushes: 0, canRaise: true, control: "cond", doc: "FOR_ITER over a tuple iterator." },
  { name: "LOAD_ATTR_POLY", family: "LOAD_ATTR", operand: "name", pops: 1, pushes: 1, canRaise: true, doc: "Polymorphic instance slot / plain class attribute: up to 5 (type version, shape) entries." },
  { name: "STORE_ATTR_POLY", family: "STORE_ATTR", operand: "name", pops: 2, pushes: 0, canRaise: true, doc: "Polymorphic STORE_ATTR_SLOT: up to 5 (type version, shape before the store) entries." },
  { name: "LOAD_METHOD_POLY", family: "LOAD_METHOD", operand: "name", pops: 1, pushes: 2, canRaise: true, doc: "Polymorphic LOAD_METHOD_TYPE: up to 5 (type version, shape) entries, each with its method." },
  // Superinstructions: a LOAD_FAST followed by a specialized attribute site on that local
  // (`self.x`, `self.x = v`, `self.m(...)`). The LOAD_FAST is rewritten when the next
  // instruction specializes; it runs that instruction's cached fast path inline and skips
  // it, and on any guard failure just pushes the local (the next instruction runs itself).
  { name: "LOAD_FAST__LOAD_ATTR", family: "LOAD_FAST", operand: "local", pops: 0, pushes: 1, canRaise: true, doc: "LOAD_FAST, then the next LOAD_ATTR_SLOT/_CLASS/_POLY inline when its cache hits." },
  { name: "LOAD_FAST__STORE_ATTR", family: "LOAD_FAST", operand: "local", pops: 0, pushes: 1, canRaise: true, doc: "LOAD_FAST, then the next STORE_ATTR_SLOT/_POLY inline when its cache hits." },
  { name: "LOAD_FAST__LOAD_METHOD", family: "LOAD_FAST", operand: "local", pops: 0, pushes: 1, canRaise: true, doc: "LOAD_FAST, then the next LOAD_METHOD_TYPE/_POLY inline when its cache hits." },
  // A specialized comparison fused with the POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE after it
  // (CPython 3.11's COMPARE_OP_*_JUMP): written over COMPARE_OP when it specializes and the
  // next instruction is a conditional pop-jump; on a hit it jumps (or falls through past the
  // jump) itself, on a guard failure it pushes the result and the jump runs itself.
  { name: "COMPARE_OP_INT_JUMP", family: "COMPARE_OP", operand: "compare", pops: 2, pushes: 1, canRaise: true, doc: "COMPARE_OP_INT and the next POP_JUMP_IF_FALSE/TRUE in one dispatch." },
  { name: "COMPARE_OP_FLOAT_JUMP", family: "COMPARE_OP", operand: "compare", pops: 2, pushes: 1, canRaise: true, doc: "COMPARE_OP_FLOAT and the next POP_JUMP_IF_FALSE/TRUE in one dispatch." },
  { name: "COMPARE_OP_STR_JUMP", family: "COMPARE_OP", operand: "compare", pops: 2, pushes: 1, canRaise: true, doc: "COMPARE_OP_STR and the next POP_JUMP_IF_FALSE/TRUE in one dispatch." },
  // Pairs of simple instructions run in one dispatch (CPython 3.11's superinstructions),
  // written by the quickening pass when a code object first runs (code-runtime.ts). The
  // second instruction stays in the stream (jumps to it, and deopts landing on it, run it
  // alone); the pair executes it and skips it, raising with `pc` past the second
  // instruction when that one fails (an unbound local), as if it had run alone.
  { name: "LOAD_FAST__LOAD_FAST", family: "LOAD_FAST", operand: "local", pops: 0, pushes: 1, canRaise: true, doc: "LOAD_FAST, then the next LOAD_FAST." },
  { name: "LOAD_FAST__LOAD_CONST", family: "LOAD_FAST", operand: "local", pops: 0, pushes: 1, canRaise: true, doc: "LOAD_FAST, then the next LOAD_CONST." },
  { name: "LOAD_CONST__LOAD_FAST", family: "LOAD_CONST", operand: "const", pops: 0, pushes: 1, canRaise: true, doc: "LOAD_CONST, then the next LOAD_FAST." },
  { name: "STORE_FAST__LOAD_FAST", family: "STORE_FAST", operand: "local", pops: 1, pushes: 0, canRaise: true, doc: "STORE_FAST, then the next LOAD_FAST." },
  { name: "STORE_FAST__STORE_FAST", family: "STORE_FAST", operand: "local", pops: 1, pushes: 0, canRaise: false, doc: "STORE_FAST, then the next STORE_FAST." },
  { name: "LOAD_CONST__IS_OP_JUMP", family: "LOAD_CONST", operand: "const", pops: 0, pushes: 1, canRaise: false, doc: "LOAD_CONST, IS_OP and POP_JUMP_IF_FALSE/TRUE (`if x is None:`) in one dispatch: pops x and jumps or skips both." },
  { name: "FOR_ITER_GEN", family: "FOR_ITER", operand: "jump", pops: 1, pushes: 2, jumpPops: 1, jumpPushes: 0, canRaise: true, control: "cond", doc: "FOR_ITER over a plain generator: interpreter-only runs resume its frame in the same dispatch loop (YIELD_VALUE / RETURN_VALUE come back to the FOR_ITER)." },
];
