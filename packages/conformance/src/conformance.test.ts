/**
 * The Python-program corpus, run through `pyvm` in both modes (interpreter
 * only, and JIT at threshold 0). Every case must match CPython's recorded
 * stdout, exit status and final stderr line, except those in
 * expected-failures.json, which must still fail (so the list shrinks as
 * features land).
 */
import { describe, expect, it } from "vitest";
import { discoverCases } from "./cases.js";
import { expectedFailure, loadExpectedFailures } from "./expected-failures.js";
import { MODES, runCase, type ModeName } from "./runner.js";

const cases = discoverCases();
const xfail = loadExpectedFailures();

describe("conformance corpus", () => {
  it("finds the shared corpus and the project's own cases", () => {
    expect(cases.filter((c) => c.id.startsWith("shared/")).length).toBeGreaterThanOrEqual(73);
    expect(cases.filter((c) => c.id.startsWith("cases/")).length).toBeGreaterThanOrEqual(7);
  });

  for (const mode of Object.keys(MODES) as ModeName[]) {
    describe.concurrent(mode, () => {
      for (const c of cases) {
        const reason = expectedFailure(xfail, c.id, mode);
        it(reason === null ? c.id : `${c.id} (expected failure: ${reason})`, async () => {
          const outcome = await runCase(c, mode);
          if (reason === null) {
            expect(outcome.ok, outcome.problem).toBe(true);
          } else {
            expect(outcome.ok, `${c.id} passes in ${mode} mode now: remove it from expected-failures.json`).toBe(false);
          }
        }, 120_000);
      }
    });
  }
});
