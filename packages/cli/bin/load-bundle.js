// Loads dist/pyvm.bundle.cjs (written by scripts/bundle.mjs) with V8's code cache.
//
// Compiling the 1.3 MB bundle is most of what is left of start-up once it is one
// file. Node 22 can cache module compilation itself (module.enableCompileCache);
// Node 20 cannot, but vm.Script accepts the cache V8 produces for a script. The
// build runs the bundle once (`-c pass`) and saves that cache next to it, so a
// run deserializes the functions start-up needs instead of compiling them.
// V8 rejects a cache made by another V8 version, other flags or another source
// (cachedDataRejected); the script then compiles normally, just more slowly.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

export const BUNDLE_PATH = fileURLToPath(new URL("../dist/pyvm.bundle.cjs", import.meta.url));
export const CACHE_PATH = fileURLToPath(new URL("../dist/pyvm.bundle.cache", import.meta.url));

/**
 * Compile and run the bundle; returns its exports and the compiled script (for
 * `createCachedData`). `useCache: false` ignores any saved cache.
 */
export function loadBundle(useCache = true) {
  const source = readFileSync(BUNDLE_PATH, "utf8");
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CACHE_PATH);
    } catch {
      cachedData = undefined; // not built (yet): compile without it
    }
  }
  const script = new Script(`(function (exports, require, module) {${source}\n})`, {
    filename: BUNDLE_PATH,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE_PATH), module);
  return { exports: module.exports, script };
}
