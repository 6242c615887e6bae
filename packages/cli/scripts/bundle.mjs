#!/usr/bin/env node
// Bundles the compiled cli and every workspace package it imports into one
// script, `dist/pyvm.bundle.cjs`, which `bin/pyvm.js` runs, plus V8's code
// cache for it, `dist/pyvm.bundle.cache` (see bin/load-bundle.js).
//
// Why: start-up. Unbundled, `pyvm -c pass` loads ~200 ES modules, and Node
// spends most of its start-up resolving, reading and compiling them one by
// one. One file removes the per-module resolution and file-system work.
//
// Input is the tsc output (`dist/index.js`), so this runs after `tsc` and
// the workspace packages are reached through their `exports` (their `dist/`),
// exactly as an unbundled import would; nothing about the packages changes.
// Identifiers are not minified: class and function names show up in error
// messages and `repr`s. The format is CommonJS only because Node 20 can load
// a code cache for a vm.Script but not for an ES module; nothing in the
// bundled code uses import.meta or top-level await.
//
// The cache is made by running `pyvm -c pass` in this process, so it holds
// the functions start-up compiles, then asking V8 for the script's cache.
//
// Usage: node scripts/bundle.mjs

import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CACHE_PATH, loadBundle } from "../bin/load-bundle.js";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(packageRoot, "dist", "index.js")],
  outfile: join(packageRoot, "dist", "pyvm.bundle.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
});

const { exports, script } = loadBundle(false);
await exports.main(["-c", "pass"]);
writeFileSync(CACHE_PATH, script.createCachedData());
