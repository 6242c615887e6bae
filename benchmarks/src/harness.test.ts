import { describe, expect, it } from "vitest";
import { describeMismatch, runSuite, type SuiteOptions } from "./harness.js";
import { FakeClock, fakeProgram, fakeRunner, fakeTimers, type FakeBehaviour } from "./fake.test-support.js";

const expectedOf = (name: string): string => `${name} 42\n`;

function options(behaviour: Record<string, FakeBehaviour>, extra: Partial<SuiteOptions> = {}) {
  const clock = new FakeClock();
  const runner = fakeRunner(clock, behaviour, expectedOf);
  const opts: SuiteOptions = {
    size: "short",
    iterations: 3,
    warmup: 1,
    budgetMs: 10_000,
    programs: Object.keys(behaviour).map((n) => fakeProgram(n, expectedOf(n), n === "fib")),
    runner,
    jitThreshold: 1000,
    timers: fakeTimers(300, 10, expectedOf),
    now: clock.now,
    ...extra,
  };
  return { opts, runner, clock };
}

describe("runSuite", () => {
  it("times interp and jit after a passing output check", () => {
    const { opts, runner } = options({ fib: { interpMs: 200, jitMs: 50 } });
    const [fib] = runSuite(opts).programs;
    expect(fib?.failures).toEqual([]);
    expect(fib?.timings.interp?.medianMs).toBe(200);
    expect(fib?.timings.jit?.medianMs).toBe(50);
    expect(fib?.timings.interp?.samplesMs).toHaveLength(3);
    expect(fib?.timings.cpython?.medianMs).toBe(300);
    expect(fib?.timings.js?.medianMs).toBe(10);
    // one check run + one warm-up + three timed runs per task
    expect(runner.runs.filter((r) => !r.jit)).toHaveLength(5);
    expect(runner.runs.filter((r) => r.jit)).toHaveLength(5);
  });

  it("hands each pyvm task to the isolate hook when one is given, and merges its results", () => {
    const seen: string[] = [];
    const { opts, runner } = options(
      { fib: { interpMs: 200, jitMs: 50 } },
      {
        isolate: (req) => {
          seen.push(`${req.name}:${req.task}:${req.iterations}:${req.expected.trim()}`);
          return { failures: req.task === "jit" ? ["jit: boom"] : [], timings: { [req.task]: { samplesMs: [7], medianMs: 7 } } };
        },
      },
    );
    const [fib] = runSuite(opts).programs;
    expect(seen).toEqual(["fib:interp:3:fib 42", "fib:jit:3:fib 42"]);
    expect(fib?.timings.interp?.medianMs).toBe(7);
    expect(fib?.timings.jit?.medianMs).toBe(7);
    expect(fib?.failures).toEqual(["jit: boom"]);
    expect(runner.runs).toHaveLength(0);
  });

  it("fails a program whose output differs from CPython's and does not time it", () => {
    const { opts, runner } = options({ primes: { interpMs: 10, jitMs: 10, stdout: "primes 41\n" } });
    const [primes] = runSuite(opts).programs;
    expect(primes?.failures).toEqual([
      'interp: wrong output, line 1: expected "primes 42", got "primes 41"',
      'jit: wrong output, line 1: expected "primes 42", got "primes 41"',
    ]);
    expect(primes?.timings.interp).toBeUndefined();
    expect(primes?.timings.jit).toBeUndefined();
    expect(runner.runs).toHaveLength(2);
  });

  it("reports compile errors and non-zero exit codes as failures", () => {
    const { opts } = options({
      a: { interpMs: 1, jitMs: 1, throwOnCompile: "invalid syntax" },
      b: { interpMs: 1, jitMs: 1, exitCode: 1 },
    });
    const [a, b] = runSuite(opts).programs;
    expect(a?.failures).toEqual(["compile: SyntaxError: invalid syntax"]);
    expect(b?.failures[0]).toMatch(/^interp: exit code 1/);
  });

  it("keeps a slow program inside its budget", () => {
    const { opts, runner } = options({ slow: { interpMs: 4000, jitMs: 1000 } }, { budgetMs: 8000 });
    const [slow] = runSuite(opts).programs;
    expect(slow?.failures).toEqual([]);
    // budget 8 s / 4 s check run = 2 runs: 1 timed + 1 warm-up
    expect(slow?.timings.interp?.samplesMs).toEqual([4000]);
    expect(runner.runs.filter((r) => !r.jit)).toHaveLength(3);
  });

  it("uses the check run as the only sample when it exceeds the budget", () => {
    const { opts, runner } = options({ huge: { interpMs: 9000, jitMs: 100 } }, { budgetMs: 8000 });
    const [huge] = runSuite(opts).programs;
    expect(huge?.timings.interp?.samplesMs).toEqual([9000]);
    expect(huge?.timings.interp?.note).toMatch(/over budget/);
    expect(runner.runs.filter((r) => !r.jit)).toHaveLength(1);
    expect(huge?.timings.jit?.medianMs).toBe(100);
  });

  it("still times CPython and JS when there is no pyvm runner", () => {
    const { opts } = options({ fib: { interpMs: 1, jitMs: 1 } }, { runner: undefined });
    const [fib] = runSuite(opts).programs;
    expect(fib?.failures).toEqual([]);
    expect(Object.keys(fib?.timings ?? {}).sort()).toEqual(["cpython", "js"]);
  });

  it("flags stale recorded output when CPython disagrees with it", () => {
    const { opts } = options({ fib: { interpMs: 1, jitMs: 1 } });
    const timers = { ...opts.timers, cpython: () => ({ stdout: "other\n", samplesMs: [1] }) };
    const [fib] = runSuite({ ...opts, timers }).programs;
    expect(fib?.failures[0]).toMatch(/^cpython: wrong output.*stale/);
  });
});

describe("describeMismatch", () => {
  it("names the first differing line", () => {
    expect(describeMismatch("a\nb\n", "a\nc\n")).toBe('line 2: expected "b", got "c"');
    expect(describeMismatch("a\nb\n", "a\n")).toBe('line 2: expected "b", got ""');
  });
});
