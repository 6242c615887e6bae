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
 * - `shape`/`slots`  attributes in slot mode (`shape.lookup(name)` → index);
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

/**
 * The slot array of an object that gains an attribute: `slots` with `v`
 * appended (`slots.length` stays the shape's size). Small arrays are
 * reallocated at their exact size rather than pushed to: V8 grows a full
 * array to 1.5× + 16 elements, so a typical 2–8-attribute instance would
 * carry ~17 slots, which the scavenger copies for as long as it lives.
 */
export function slotsWith(slots: PyValue[] | null, v: PyValue): PyValue[] {
  if (slots === null) return [v];
  switch (slots.length) {
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
    default:
      slots.push(v);
      return slots;
  }
}
