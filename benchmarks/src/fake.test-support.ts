/**
 * Test doubles: a fake pyvm runner driven by a fake clock, and external
 * timers that return canned timings. Nothing here measures real time.
 */

import type { ExternalTimers } from "./external.js";
import type { Program, Size } from "./program.js";
import type { CompiledProgram, PyvmRunner, RunOptions, RunResult } from "./runner.js";

export class FakeClock {
  t = 0;
  readonly now = (): number => this.t;
}

export interface FakeBehaviour {
  /** Simulated cost of one run, in ms, per task. */
  interpMs: number;
  jitMs: number;
  /** Output to produce; defaults to the expected output. */
  stdout?: string;
  throwOnCompile?: string;
  exitCode?: number;
}

export function fakeProgram(name: string, expected = `${name} 42\n`, js = false): Program {
  return {
    name,
    pyPath: `/fake/${name}.py`,
    jsPath: js ? `/fake/${name}.js` : undefined,
    source: (size: Size) => `# ${name} ${size}\nprint(42)\n`,
    jsSource: (size: Size) => `// ${name} ${size}\n`,
    expected: () => expected,
  };
}

export function fakeRunner(
  clock: FakeClock,
  behaviour: Record<string, FakeBehaviour>,
  expected: (name: string) => string,
): PyvmRunner & { runs: { name: string; jit: boolean }[] } {
  const runs: { name: string; jit: boolean }[] = [];
  const nameOf = (filename: string): string => filename.replace(/^.*\//, "").replace(/\.py$/, "");
  return {
    runs,
    compileProgram(_source: string, filename: string): CompiledProgram {
      const b = behaviour[nameOf(filename)];
      if (b?.throwOnCompile !== undefined) throw new SyntaxError(b.throwOnCompile);
      return { filename };
    },
    runProgram(program: CompiledProgram, options: RunOptions): RunResult {
      const name = nameOf(program.filename);
      const b = behaviour[name];
      if (b === undefined) throw new Error(`no fake behaviour for ${name}`);
      runs.push({ name, jit: options.jit !== false });
      clock.t += options.jit === false ? b.interpMs : b.jitMs;
      return { stdout: b.stdout ?? expected(name), stderr: "", exitCode: b.exitCode ?? 0 };
    },
  };
}

export function fakeTimers(cpythonMs: number | undefined, jsMs: number, expected: (file: string) => string): ExternalTimers {
  const nameOf = (filename: string): string => filename.replace(/^.*\//, "").replace(/\.(py|js)$/, "");
  return {
    pythonVersion: cpythonMs === undefined ? undefined : "3.11.7",
    cpython: (req) => ({ stdout: expected(nameOf(req.filename)), samplesMs: Array(req.iterations).fill(cpythonMs ?? 0) }),
    js: (req) => ({ stdout: expected(nameOf(req.filename)), samplesMs: Array(req.iterations).fill(jsMs) }),
  };
}
