import { describe, it, expect } from "vitest";
import { createBuiltinsModule } from "../modules/builtins.js";
import { Shape } from "./shape.js";
import { PyInstance, addSlot, type PyValue } from "./object.js";
import { ObjectType, PyType } from "./type.js";
import { PyFloat, FloatType } from "./float.js";
import { derawSlots, boxRawSlot, rawSlotStored, instanceGet, instanceSet, toDictMode } from "../protocols/attribute.js";

createBuiltinsModule();

function cls(name: string): PyType {
  return new PyType(ObjectType.cls, name, [ObjectType], 0);
}

/** An instance of `t` whose attributes `names` hold `values` as stored (bare numbers stay bare), in shape variant `mask`. */
function instance(t: PyType, names: string[], values: PyValue[], mask: number): PyInstance {
  const o = new PyInstance(t);
  let shape = Shape.EMPTY;
  for (let i = 0; i < names.length; i++) {
    addSlot(o, i, values[i] as PyValue);
    shape = shape.withAttribute(names[i] as string) as Shape;
  }
  o.shape = shape.variant(mask);
  return o;
}

describe("shape variants (raw float slots)", () => {
  it("share their base's names and are cached per mask", () => {
    const s = (Shape.EMPTY.withAttribute("x") as Shape).withAttribute("y") as Shape;
    const v = s.variant(0b10);
    expect(v).not.toBe(s);
    expect(v.base).toBe(s);
    expect(s.base).toBe(s);
    expect(v.floatMask).toBe(0b10);
    expect(v.lookup("y")).toBe(1);
    expect(v.names).toBe(s.names);
    expect(s.variant(0b10)).toBe(v);
    expect(v.variant(0b01).base).toBe(s);
    expect(v.variant(0)).toBe(s);
    expect(v.withAttribute("z")).toBe(s.withAttribute("z"));
  });

  it("are turned back into boxes by the generic paths", () => {
    const t = cls("P");
    const o = instance(t, ["x", "y", "n"], [1.5, new PyFloat(2), 3], 0b011);
    const x = instanceGet(o, "x");
    expect(o.shape.floatMask).toBe(0);
    expect(x).toBeInstanceOf(PyFloat);
    expect((x as PyFloat).value).toBe(1.5);
    expect(instanceGet(o, "x")).toBe(x);
    expect(instanceGet(o, "n")).toBe(3);
    const d = toDictMode(instance(t, ["x", "n"], [-0, 4], 0b01));
    expect(Object.is((d.getStr("x") as PyFloat).value, -0)).toBe(true);
    expect(d.getStr("n")).toBe(4);
  });

  it("keep a box read from a raw slot, and stop being raw for a non-float", () => {
    const t = cls("Q");
    const o = instance(t, ["x", "y"], [0.25, 7.5], 0b11);
    const b = boxRawSlot(o, 0, 0.25);
    expect(o.slots?.[0]).toBe(b);
    expect(o.shape.floatMask).toBe(0b11);
    rawSlotStored(o, 0, new PyFloat(1));
    expect(o.shape.floatMask).toBe(0b11);
    (o.slots as PyValue[])[1] = 9;
    rawSlotStored(o, 1, 9);
    expect(o.shape.floatMask).toBe(0b01);
    derawSlots(o);
    expect(o.shape).toBe(o.shape.base);
    expect(instanceGet(o, "y")).toBe(9);
    instanceSet(o, "z", 1);
    expect(o.shape.floatMask).toBe(0);
    expect((instanceGet(o, "x") as PyFloat).cls).toBe(FloatType);
  });

  it("reserve the slots an earlier instance of the class needed", () => {
    const t = cls("R");
    const a = new PyInstance(t);
    instanceSet(a, "p", 1);
    instanceSet(a, "q", 2);
    instanceSet(a, "r", 3);
    const b = new PyInstance(t);
    instanceSet(b, "p", 4);
    expect(b.slots?.length).toBe(3);
    const kept = b.slots;
    instanceSet(b, "q", 5);
    instanceSet(b, "r", 6);
    expect(b.slots).toBe(kept);
    instanceSet(b, "s", 7);
    expect([instanceGet(b, "p"), instanceGet(b, "q"), instanceGet(b, "r"), instanceGet(b, "s")]).toEqual([4, 5, 6, 7]);
    expect([...toDictMode(b).keys()].length).toBe(4);
  });
});
