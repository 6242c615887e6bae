/**
 * LOAD_NAME / STORE_NAME with an inline cache, for module-level code (and
 * class bodies) whose locals mapping is an exact `dict`.
 *
 * Module code runs with `locals === globals`, so its names are dict entries
 * like LOAD_GLOBAL's: the cache (a `GlobalCache` whose `globals` is the
 * locals dict) keeps the entry position and its key, valid while the entry
 * holds that key; a builtin found through a module-level LOAD_NAME is
 * cached with the globals' `addedVersion`. The eval loop checks the
 * cache inline; these functions are the misses, which fill it. Any other
 * locals mapping (exec with a custom mapping, `__prepare__`) takes the
 * uncached `loadName` / `storeName` path.
 */
import type { PyValue } from "../../objects/object.js";
import { PyDict, DictType } from "../../objects/dict.js";
import { GlobalCache, type CodeRuntime } from "../code-runtime.js";
import type { Frame } from "../frame.js";
import { loadName, storeName } from "./rare.js";

function nameCache(rt: CodeRuntime, pc: number): GlobalCache | null {
  const c = rt.caches[pc];
  if (c instanceof GlobalCache) return c;
  if (c !== undefined) return null;
  const fresh = new GlobalCache();
  rt.caches[pc] = fresh;
  return fresh;
}

export function loadNameCached(f: Frame, rt: CodeRuntime, pc: number, namei: number): PyValue {
  const name = rt.names[namei] as string;
  const d = f.locals;
  if (d instanceof PyDict && d.cls === DictType) {
    const c = nameCache(rt, pc);
    if (c !== null) {
      const i = d.find(name);
      if (i >= 0) {
        c.fillGlobal(d, i);
        return d.valueList[i] as PyValue;
      }
      if (d === f.globals) {
        const b = f.builtins;
        const bi = b.find(name);
        if (bi >= 0) {
          c.fillBuiltin(d, b, bi);
          return b.valueList[bi] as PyValue;
        }
      }
    }
  }
  return loadName(f, name);
}

export function storeNameCached(f: Frame, rt: CodeRuntime, pc: number, namei: number, v: PyValue): void {
  const name = rt.names[namei] as string;
  storeName(f, name, v);
  const d = f.locals;
  if (d instanceof PyDict && d.cls === DictType) {
    const c = nameCache(rt, pc);
    const i = d.find(name);
    if (c !== null && i >= 0) c.fillGlobal(d, i);
  }
}
