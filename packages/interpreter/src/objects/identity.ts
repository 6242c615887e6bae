/**
 * `id()`: a stable number per object, assigned on first request and held in
 * a WeakMap (JS has no addresses). Primitive values get ids derived from
 * their value so equal small ints/strs look "interned", like CPython's.
 */

import type { PyValue } from "./object.js";

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000 / 16;

export function objectId(v: PyValue): number {
  if (typeof v === "object") {
    let id = ids.get(v);
    if (id === undefined) {
      id = (nextId += 3) * 16;
      ids.set(v, id);
    }
    return id;
  }
  return primitiveId(v);
}

const primIds = new Map<number | bigint | boolean | string, number>();
function primitiveId(v: number | bigint | boolean | string): number {
  let id = primIds.get(v);
  if (id === undefined) {
    id = (nextId += 3) * 16;
    if (primIds.size < 100000) primIds.set(v, id);
  }
  return id;
}
