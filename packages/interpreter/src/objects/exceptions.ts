/**
 * Exceptions: `PyBaseException` and CPython 3.11's builtin exception
 * hierarchy as `PyType`s.
 *
 * A Python exception is a `PyBaseException` (user subclasses too: the JS
 * class is shared, `cls` says which type) and is thrown with a plain
 * `throw exc` — never wrapped in a JS `Error`. Raise through the factories in
 * objects/errors.ts so messages match CPython. Python-visible methods
 * (`__init__`, `__str__`, `with_traceback`, `add_note`, …) are installed by
 * objects/exception-methods.ts.
 */

import { PyObject, type PyValue } from "./object.js";
import { Shape } from "./shape.js";
import type { PyDict } from "./dict.js";
import { PyType, ObjectType, TypeType, TypeFlags } from "./type.js";
import { None } from "./singletons.js";
import { EMPTY_TUPLE, type PyTuple } from "./tuple.js";
import type { PyList } from "./list.js";

/**
 * Not `extends PyObject` (see `PyFloat` in float.ts): the shared base
 * constructor's header stores go megamorphic once dozens of classes use it,
 * and every raise in a hot loop paid for that. The prototype is linked to
 * `PyObject.prototype` below, so `instanceof PyObject` holds.
 */
export interface PyBaseException extends PyObject {}
export class PyBaseException {
  declare cls: PyType;
  declare shape: Shape;
  declare slots: PyValue[] | null;
  declare dict: PyDict | null;
  args: PyTuple;
  /** `__traceback__`: None or a traceback object (built by the VM). */
  traceback: PyValue;
  /** `__cause__` (None or an exception). */
  cause: PyValue;
  /** `__context__` (None or an exception). */
  context: PyValue;
  /** `__suppress_context__`. */
  suppressContext: boolean;
  /** `__notes__` once `add_note` was called. */
  notes: PyList | null;

  constructor(cls: PyType, args: PyTuple = EMPTY_TUPLE) {
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.args = args;
    this.traceback = None;
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
    this.notes = null;
  }
}
Object.setPrototypeOf(PyBaseException.prototype, PyObject.prototype);
Object.setPrototypeOf(PyBaseException, PyObject);

const F = TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.BASE_EXC_SUBCLASS;

/** Exceptions with their own C struct in CPython (extra fields): solid bases for layout checks. */
const OWN_LAYOUT = new Set([
  "BaseException", "BaseExceptionGroup", "SystemExit", "StopIteration", "ImportError", "OSError", "SyntaxError",
  "NameError", "AttributeError", "UnicodeError",
]);

function exc(name: string, base: PyType): PyType {
  return new PyType(TypeType, name, [base], OWN_LAYOUT.has(name) ? F : F | TypeFlags.SHARES_BASE_LAYOUT);
}

export const BaseException = exc("BaseException", ObjectType);
export const BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const SystemExit = exc("SystemExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ExceptionGroup: PyType = (() => {
  const t = new PyType(TypeType, "ExceptionGroup", [BaseExceptionGroup, Exception], F, []);
  t.mro = [t, BaseExceptionGroup, Exception, BaseException, ObjectType];
  return t;
})();
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const FileExistsError = exc("FileExistsError", OSError);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const InterruptedError = exc("InterruptedError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const StopIteration = exc("StopIteration", Exception);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const BytesWarning = exc("BytesWarning", Warning);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const EncodingWarning = exc("EncodingWarning", Warning);
export const FutureWarning = exc("FutureWarning", Warning);
export const ImportWarning = exc("ImportWarning", Warning);
export const PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
export const ResourceWarning = exc("ResourceWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
export const SyntaxWarning = exc("SyntaxWarning", Warning);
export const UnicodeWarning = exc("UnicodeWarning", Warning);
export const UserWarning = exc("UserWarning", Warning);

/** Every builtin exception class by its builtins name (including the OSError aliases). */
export const BUILTIN_EXCEPTIONS: ReadonlyMap<string, PyType> = new Map<string, PyType>([
  ...[
    BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception, ArithmeticError,
    FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError,
    ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
    UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
    ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
    InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
    ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration, StopIteration,
    SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
    UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning,
    FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
    UnicodeWarning, UserWarning,
  ].map((t): [string, PyType] => [t.name, t]),
  ["EnvironmentError", OSError],
  ["IOError", OSError],
]);

/** `isinstance(v, BaseException)`. */
export function isException(v: PyValue): v is PyBaseException {
  return v instanceof PyBaseException;
}

let baseNewFn: PyValue | undefined;
let baseInitFn: PyValue | undefined;

/**
 * Whether `cls(*args)` without keywords is exactly `BaseException.__new__`
 * plus `BaseException.__init__` — an exception whose `args` are the
 * arguments: metaclass `type`, both methods inherited from BaseException
 * (ValueError, KeyError, a user `class E(Exception): pass`; not OSError,
 * StopIteration, or a class defining `__init__`). Cached on the type until
 * its version changes.
 */
export function isPlainExceptionType(cls: PyType): boolean {
  if (cls.plainExcVersion === cls.version) return cls.plainExc;
  baseNewFn ??= BaseException.attrs.get("__new__");
  baseInitFn ??= BaseException.attrs.get("__init__");
  const r =
    cls.cls === TypeType &&
    (cls.flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0 &&
    baseNewFn !== undefined &&
    cls.lookup("__new__") === baseNewFn &&
    cls.lookup("__init__") === baseInitFn;
  cls.plainExc = r;
  cls.plainExcVersion = cls.version;
  return r;
}
