#!/usr/bin/env node
// Bundles the compiled cli and every workspace package it imports into one
// ES module, `dist/pyvm.bundle.js`, which `bin/pyvm.js` runs.
//
// Why: start-up. Unbundled, `pyvm -c pass` loads ~200 ES modules, and Node
// spends most of its start-up resolving, reading and compiling them one by
// one. One file removes the per-module resolution and file-system work.
//
// Input is the tsc output (`dist/index.js`), so this runs after `tsc` and
// the workspace packages are reached through their `exports` (their `dist/`),
// exactly as an unbundled import would; nothing about the packages changes.
// Identifiers are not minified: class and function names show up in error
// messages and `repr`s.
//
// Usage: node scripts/bundle.mjs

import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(packageRoot, "dist", "index.js")],
  outfile: join(packageRoot, "dist", "pyvm.bundle.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
});
