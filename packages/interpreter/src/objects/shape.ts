/**
 * Shapes (hidden classes / "maps") for instance attribute storage.
 *
 * An object in slot mode keeps its attribute values in `slots`, indexed by
 * `shape.lookup(name)`. Adding an attribute moves the object to the child
 * shape `shape.withAttribute(name)`; transitions are cached on the parent so
 * objects that gain attributes in the same order share shapes, which is what
 * lets the interpreter's LOAD_ATTR/STORE_ATTR caches key on a shape identity.
 * Shapes are immutable and process-wide (they hold only attribute names).
 */

const MAX_SLOTS = 64;

export class Shape {
  /** Attribute names in slot order. */
  readonly names: readonly string[];
  readonly parent: Shape | null;
  private readonly index: Map<string, number>;
  private transitions: Map<string, Shape> | null = null;

  private constructor(parent: Shape | null, names: readonly string[]) {
    this.parent = parent;
    this.names = names;
    const index = new Map<string, number>();
    for (let i = 0; i < names.length; i++) index.set(names[i] as string, i);
    this.index = index;
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

  /** The (cached) child shape with `name` appended; `null` when objects of this size should go to dict mode. */
  withAttribute(name: string): Shape | null {
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
