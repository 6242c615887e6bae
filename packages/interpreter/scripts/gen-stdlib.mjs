#!/usr/bin/env node
// Bundles pyvm's pure-Python standard library into a TypeScript module.
//
// Every `src/modules/lib/**/*.py` (except the `generated/` output folder) is
// read and keyed by its dotted module name: `functools.py` -> "functools",
// `collections/__init__.py` -> "collections" (a package), and
// `collections/abc.py` -> "collections.abc".  The result is written to
// `src/modules/lib/generated/stdlib-sources.ts` as a frozen record of
// `{ source, isPackage }`.  Sources are embedded with JSON.stringify, so any
// character in a .py file round-trips exactly.
//
// Usage: node scripts/gen-stdlib.mjs          (write the file)
//        node scripts/gen-stdlib.mjs --check  (exit 1 if it is out of date)

import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const libDir = join(packageRoot, "src", "modules", "lib");
const outDir = join(libDir, "generated");
const outFile = join(outDir, "stdlib-sources.ts");

/** Recursively list .py files under `dir`, skipping generated output and caches. */
function listPythonFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name === "generated" || entry.name === "__pycache__") continue;
      files.push(...listPythonFiles(join(dir, entry.name)));
    } else if (entry.isFile() && entry.name.endsWith(".py")) {
      files.push(join(dir, entry.name));
    }
  }
  return files;
}

/** Map a file path to [dotted module name, isPackage]. */
function moduleNameOf(file) {
  const parts = relative(libDir, file).split(sep);
  const last = parts.pop().slice(0, -".py".length);
  if (last === "__init__") {
    if (parts.length === 0) throw new Error(`top-level __init__.py is not a module: ${file}`);
    return [parts.join("."), true];
  }
  return [[...parts, last].join("."), false];
}

function render() {
  const modules = listPythonFiles(libDir)
    .map((file) => {
      const [name, isPackage] = moduleNameOf(file);
      return { name, isPackage, source: readFileSync(file, "utf8") };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const seen = new Set();
  for (const m of modules) {
    if (seen.has(m.name)) throw new Error(`duplicate module name: ${m.name}`);
    seen.add(m.name);
  }

  const lines = [
    "// GENERATED — do not edit. Produced by packages/interpreter/scripts/gen-stdlib.mjs",
    "// from packages/interpreter/src/modules/lib/**/*.py; rerun the script after changing them.",
    "",
    "export const STDLIB_SOURCES: Readonly<",
    "  Record<string, { readonly source: string; readonly isPackage: boolean }>",
    "> = Object.freeze({",
  ];
  for (const m of modules) {
    lines.push(`  ${JSON.stringify(m.name)}: Object.freeze({`);
    lines.push(`    isPackage: ${m.isPackage},`);
    lines.push(`    source: ${JSON.stringify(m.source)},`);
    lines.push("  }),");
  }
  lines.push("});", "");
  return lines.join("\n");
}

const text = render();
if (process.argv.includes("--check")) {
  const current = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
  if (current !== text) {
    console.error(`${relative(packageRoot, outFile)} is out of date; run node scripts/gen-stdlib.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outFile, text);
  console.log(`wrote ${relative(packageRoot, outFile)}`);
}
