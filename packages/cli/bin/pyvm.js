#!/usr/bin/env node
// Runs the single-file bundle that `pnpm build` writes (scripts/bundle.mjs, loaded with
// V8's code cache by load-bundle.js): loading one precompiled script instead of ~200
// modules is most of pyvm's start-up time. PYVM_UNBUNDLED=1 runs the per-package tsc
// output instead (e.g. after rebuilding one package with tsc alone).
const { main } =
  process.env.PYVM_UNBUNDLED === "1" ? await import("../dist/index.js") : (await import("./load-bundle.js")).loadBundle().exports;

process.exitCode = await main(process.argv.slice(2));
