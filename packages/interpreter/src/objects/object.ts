/**
 * The root of the object model: `PyValue` and `PyObject`.
 *
 * See docs/internals/architecture.md ("Values"). Python ints are JS numbers
 * (|v| ≤ 2^53−1, never -0) or bigints, bools are JS booleans, strs are JS
 * strings; everything else is a `PyObject`. `undefined` is never a Python value.
 *
 * Every heap object has the same four fields, initialised in the same order
 * (`cls`, `shape`, `slots`, `dict`) so V8 gives them one hidden-class prefix:
 * - `cls`   its Python type;
 * - `shape`/`slots`  attributes in slot mode (`shape.lookup(name)` → index;
 *   `slots` may be longer than the shape: capacity reserved by `addSlot`);
 * - `dict`  non-null once the object is in dictionary mode (after a `del` of
 *   an attribute, a request for `__dict__`, or too many attributes); then the
 *   dict is the only attribute storage and `shape`/`slots` are ignored.
 *
 * Module layering (important for ES module initialisation order): the
 * "kernel" modules — shape.ts, object.ts, type.ts, singletons.ts,
 * builtin-function.ts — import only each other. Every other module may use,
 * at its top level, only kernel bindings and its own; anything else only
 * inside function bodies. That keeps circular imports harmless whichever
 * module is loaded first.
 */

import { Shape } from "./shape.js";
import type { PyType } from "./type.js";
import type { PyDict } from "./dict.js";

export type PyValue = number | bigint | boolean | string | PyObject;

export class PyObject {
  cls!: PyType;
  shape!: Shape;
  slots!: PyValue[] | null;
  dict!: PyDict | null;

  /**
   * `null` means the subclass writes the header itself (see `initHeader`
   * below): V8 keeps one store feedback per constructor, so the base
   * constructor's stores go megamorphic once dozens of classes share it. Hot
   * allocation sites (float, list, tuple, dict, instances) therefore write
   * their own header fields, in this same order.
   */
  constructor(cls: PyType | null) {
    if (cls === null) return;
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
  }
}

/**
 * Instances of plain user classes (no builtin base other than `object`).
 * Not a derived class (like `PyFloat`, `PyList`, `PyTuple`): a derived
 * constructor's `super()` call keeps V8 from inlining the allocation into the
 * eval loop. The prototype is linked to `PyObject.prototype` below.
 */
export interface PyInstance extends PyObject {}
export class PyInstance {
  declare cls: PyType;
  declare shape: Shape;
  declare slots: PyValue[] | null;
  declare dict: PyDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
  }
}
Object.setPrototypeOf(PyInstance.prototype, PyObject.prototype);
Object.setPrototypeOf(PyInstance, PyObject);

/** Most slots an instance's first attribute store reserves (see `PyType.slotHint`). */
export const MAX_RESERVED_SLOTS = 8;

/**
 * Store `v` as the new slot `n` of `o` (`n` = the size of `o.shape` before
 * the store; the caller sets the new shape). A slot array may be longer than
 * its shape — the tail is `undefined` capacity reserved by the first store —
 * so the append is an in-place write when the capacity is there.
 */
export function addSlot(o: PyObject, n: number, v: PyValue): void {
  const slots = o.slots;
  if (slots !== null && n < slots.length) slots[n] = v;
  else o.slots = grownSlots(o.cls, slots, n, v);
}

/**
 * `slots` (holding `n` values) with `v` appended at `n`, updating the class's
 * slot hint. The first store reserves `cls.slotHint` slots; later growth
 * (more attributes than any earlier instance had) is at the exact size.
 */
export function grownSlots(cls: PyType, slots: PyValue[] | null, n: number, v: PyValue): PyValue[] {
  let hint = cls.slotHint;
  if (n >= hint && n < MAX_RESERVED_SLOTS) cls.slotHint = hint = n + 1;
  if (slots === null) {
    // Literals, so the array stays PACKED_ELEMENTS (`new Array(k)` is holey).
    const u = undefined as unknown as PyValue;
    switch (hint) {
      case 0:
      case 1:
        return [v];
      case 2:
        return [v, u];
      case 3:
        return [v, u, u];
      case 4:
        return [v, u, u, u];
      case 5:
        return [v, u, u, u, u];
      case 6:
        return [v, u, u, u, u, u];
      case 7:
        return [v, u, u, u, u, u, u];
      default:
        return [v, u, u, u, u, u, u, u];
    }
  }
  return slotsWith(slots, n, v);
}

/**
 * `grownSlots` for tier 2's `AddSlotF64` (a bare float, objects/shape.ts):
 * a first store reserves the capacity with zeros instead of `undefined`, so
 * V8 keeps the array's elements as unboxed doubles while only floats are
 * stored (the filler is never read: slots past the shape's size are not
 * attributes).
 */
export function grownRawSlots(cls: PyType, slots: PyValue[] | null, n: number, v: number): PyValue[] {
  if (slots !== null) return grownSlots(cls, slots, n, v);
  let hint = cls.slotHint;
  if (n >= hint && n < MAX_RESERVED_SLOTS) cls.slotHint = hint = n + 1;
  switch (hint) {
    case 0:
    case 1:
      return [v];
    case 2:
      return [v, 0];
    case 3:
      return [v, 0, 0];
    case 4:
      return [v, 0, 0, 0];
    default:
      return grownSlots(cls, slots, n, v);
  }
}

/**
 * The slot array of an object that gains an attribute: the `n` values of
 * `slots` with `v` appended. Small arrays are reallocated at their exact size
 * rather than pushed to: V8 grows a full array to 1.5× + 16 elements, so a
 * typical 2–8-attribute instance would carry ~17 slots, which the scavenger
 * copies for as long as it lives.
 */
function slotsWith(slots: PyValue[], n: number, v: PyValue): PyValue[] {
  switch (n) {
    case 1:
      return [slots[0] as PyValue, v];
    case 2:
      return [slots[0] as PyValue, slots[1] as PyValue, v];
    case 3:
      return [slots[0] as PyValue, slots[1] as PyValue, slots[2] as PyValue, v];
    case 4:
      return [slots[0] as PyValue, slots[1] as PyValue, slots[2] as PyValue, slots[3] as PyValue, v];
    case 5:
      return [slots[0] as PyValue, slots[1] as PyValue, slots[2] as PyValue, slots[3] as PyValue, slots[4] as PyValue, v];
    default: {
      const out = slots.slice(0, n);
      out.push(v);
      return out;
    }
  }
}
