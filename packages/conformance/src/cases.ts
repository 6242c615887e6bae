/**
 * Discovery of conformance cases. A case is a Python program plus CPython's
 * recorded output: `NAME.py`, `NAME.out` (exact stdout) and, for programs that
 * must fail, `NAME.err` (the last stderr line; exit status 1). Two corpora are
 * run: the shared one in `../shared/conformance/` beside the repository, and
 * the project's own under `packages/conformance/cases/<area>/`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

export interface Case {
  /** Stable id: `shared/NAME` or `cases/AREA/NAME`. */
  readonly id: string;
  readonly path: string;
  readonly expectedStdout: string;
  /** Last stderr line expected when the program fails, else null (exit 0 expected). */
  readonly expectedError: string | null;
}

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = resolve(here, "..");
export const REPO_ROOT = resolve(PACKAGE_DIR, "../..");
export const SHARED_DIR = process.env["PYVM_SHARED_CONFORMANCE"] ?? resolve(REPO_ROOT, "../shared/conformance");
export const OWN_DIR = join(PACKAGE_DIR, "cases");

function casesIn(dir: string, prefix: string): Case[] {
  if (!existsSync(dir)) return [];
  const out: Case[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      out.push(...casesIn(full, `${prefix}${entry}/`));
      continue;
    }
    if (!entry.endsWith(".py")) continue;
    const base = full.slice(0, -3);
    if (!existsSync(`${base}.out`)) continue; // a helper module imported by a case, not a case itself
    const err = existsSync(`${base}.err`) ? readFileSync(`${base}.err`, "utf8").replace(/\n$/, "") : null;
    out.push({
      id: `${prefix}${entry.slice(0, -3)}`,
      path: full,
      expectedStdout: readFileSync(`${base}.out`, "utf8"),
      expectedError: err,
    });
  }
  return out;
}

export function discoverCases(): Case[] {
  return [...casesIn(SHARED_DIR, "shared/"), ...casesIn(OWN_DIR, "cases/")];
}
