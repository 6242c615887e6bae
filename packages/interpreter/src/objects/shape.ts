/**
 * Shapes (hidden classes / "maps") for instance attribute storage.
 *
 * An object in slot mode keeps its attribute values in `slots`, indexed by
 * `shape.lookup(name)`. Adding an attribute moves the object to the child
 * shape `shape.withAttribute(name)`; transitions are cached on the parent so
 * objects that gain attributes in the same order share shapes, which is what
 * lets the interpreter's LOAD_ATTR/STORE_ATTR caches key on a shape identity.
 * Shapes are immutable and process-wide (they hold only attribute names).
 *
 * Raw float slots: tier-2 code stores a float attribute as a bare JS number
 * (no PyFloat box) in a *variant* of the object's shape — same names, with
 * `floatMask` bit i set when slot i's JS-number values are floats (an exact
 * PyFloat box is allowed there too: a read that needs the object boxes the
 * number and caches the box in the slot, so `o.x is o.x` holds). `base` is
 * the variant's shape without raw slots; only base shapes are ever cached by
 * the interpreter, so its fast paths miss on variants and every slow path
 * first turns the object back into its base shape (`derawSlots`,
 * protocols/attribute.ts). Tier-2 shape guards accept a base shape's variants.
 */

const MAX_SLOTS = 64;

/** Slots past this index are never raw float slots (`floatMask` is an int32 bit set). */
export const MAX_RAW_FLOAT_SLOT = 30;

export class Shape {
  /** Attribute names in slot order. */
  readonly names: readonly string[];
  readonly parent: Shape | null;
  private readonly index: Map<string, number>;
  private transitions: Map<string, Shape> | null = null;
  /** Bit i: slot i holds a float as a bare JS number (or an exact PyFloat); 0 for a base shape. */
  readonly floatMask: number;
  /** This shape without raw float slots (itself for a base shape). */
  readonly base: Shape;
  /** On a base shape: its variants by `floatMask`. */
  private variants: Map<number, Shape> | null = null;
  /** On a base shape: the variant `variant` returned last (tier-2 code asks for the same one again and again). */
  private lastVariant: Shape | null = null;

  private constructor(parent: Shape | null, names: readonly string[], base: Shape | null = null, floatMask = 0) {
    this.parent = parent;
    this.names = names;
    if (base === null) {
      const index = new Map<string, number>();
      for (let i = 0; i < names.length; i++) index.set(names[i] as string, i);
      this.index = index;
    } else this.index = base.index;
    this.floatMask = floatMask;
    this.base = base ?? this;
  }

  /** The shape with no attributes. */
  static readonly EMPTY: Shape = new Shape(null, []);

  get size(): number {
    return this.names.length;
  }

  /** Slot index of `name`, or -1 when this shape has no such attribute. */
  lookup(name: string): number {
    const i = this.index.get(name);
    return i === undefined ? -1 : i;
  }

  /** Whether this shape's base has had a variant (tier-2 code compiled before that assumed none: codegen `rawAware`). */
  hasVariants(): boolean {
    return this.base.variants !== null;
  }

  /** The variant of this shape's base with raw float slots `mask` (the base itself for 0). */
  variant(mask: number): Shape {
    const b = this.base;
    if (mask === 0) return b;
    const last = b.lastVariant;
    if (last !== null && last.floatMask === mask) return last;
    let m = b.variants;
    if (m === null) m = b.variants = new Map();
    let v = m.get(mask);
    if (v === undefined) {
      v = new Shape(b.parent, b.names, b, mask);
      m.set(mask, v);
    }
    b.lastVariant = v;
    return v;
  }

  /**
   * The (cached) child shape with `name` appended; `null` when objects of this size should go to dict mode.
   * Always a base shape: an object in a variant shape is turned back into its base first (`derawSlots`).
   */
  withAttribute(name: string): Shape | null {
    if (this.base !== this) return this.base.withAttribute(name);
    let t = this.transitions;
    if (t === null) t = this.transitions = new Map();
    let child = t.get(name);
    if (child === undefined) {
      if (this.names.length >= MAX_SLOTS) return null;
      child = new Shape(this, [...this.names, name]);
      t.set(name, child);
    }
    return child;
  }
}
