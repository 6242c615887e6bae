/**
 * The expected-failure list: cases that cannot pass yet, each with its reason.
 * Keys are case ids (`shared/NAME`, `cases/AREA/NAME`), optionally suffixed
 * with `@interp`, `@jit` or `@stress` when only some modes fail (`@jit`
 * covers `stress` too). The language issue's job
 * is to empty this list; a listed case that starts passing fails the suite so
 * the list never hides progress.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_DIR } from "./cases.js";
import type { ModeName } from "./runner.js";

export const EXPECTED_FAILURES_PATH = join(PACKAGE_DIR, "expected-failures.json");

export type ExpectedFailures = Record<string, string>;

export function loadExpectedFailures(): ExpectedFailures {
  return JSON.parse(readFileSync(EXPECTED_FAILURES_PATH, "utf8")) as ExpectedFailures;
}

export function saveExpectedFailures(list: ExpectedFailures): void {
  const sorted = Object.fromEntries(Object.entries(list).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(EXPECTED_FAILURES_PATH, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The reason a case is expected to fail in a mode, or null if it must pass. */
export function expectedFailure(list: ExpectedFailures, id: string, mode: ModeName): string | null {
  // Stress mode is the JIT mode with stress on: a case expected to fail with the JIT fails there too.
  return list[`${id}@${mode}`] ?? (mode === "stress" ? list[`${id}@jit`] : undefined) ?? list[id] ?? null;
}
