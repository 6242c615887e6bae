/**
 * JIT stress mode (`PYTHON_VM_JIT_STRESS`): makes the rare paths of the JIT
 * common so the corpus exercises them. The variable is a comma-separated list
 * of `key=value` settings, e.g.
 *
 *     PYTHON_VM_JIT_STRESS="seed=1,guard-fail=0.05,deopt-every=7,invalidate-every=50"
 *
 * - `seed=N` (default 1): seeds the PRNG, so a failing run can be replayed.
 * - `guard-fail=P` (0 ≤ P ≤ 1): each guard the optimizing tier checks fails
 *   with probability P (it asks `failGuard()`).
 * - `deopt-every=N`: every N-th guard check fails regardless of the PRNG.
 * - `invalidate-every=N`: every N-th call of compiled code (and every N-th
 *   tier-up request) drops *all* compiled code; functions go back to the
 *   interpreter and compile again when they are next hot. Activations already
 *   running keep running (the baseline tier speculates on nothing; the
 *   optimizing tier's activations check their validity flag).
 *
 * An empty value or `0`/`off` disables stress. Stress changes which tier runs
 * what, never what a program prints: the `stress` conformance mode runs the
 * whole corpus with fixed seeds at threshold 0.
 */

export interface StressConfig {
  readonly seed: number;
  /** Probability that one guard check fails. */
  readonly guardFail: number;
  /** Every N-th guard check fails (0 = never). */
  readonly deoptEvery: number;
  /** Every N-th compiled call / tier-up drops all compiled code (0 = never). */
  readonly invalidateEvery: number;
}

export const STRESS_ENV = "PYTHON_VM_JIT_STRESS";

/** A malformed `PYTHON_VM_JIT_STRESS` value (the CLI reports it as a usage error). */
export class StressSyntaxError extends Error {
  override readonly name = "StressSyntaxError";
}

const KEYS = ["seed", "guard-fail", "deopt-every", "invalidate-every"] as const;

/** Parse a stress specification; null when it disables stress. Throws StressSyntaxError. */
export function parseStress(text: string): StressConfig | null {
  const t = text.trim();
  if (t === "" || t === "0" || t === "off") return null;
  let seed = 1;
  let guardFail = 0;
  let deoptEvery = 0;
  let invalidateEvery = 0;
  for (const part of t.split(",")) {
    const item = part.trim();
    if (item === "") continue;
    const eq = item.indexOf("=");
    if (eq < 0) throw new StressSyntaxError(`${STRESS_ENV}: expected key=value, got '${item}' (keys: ${KEYS.join(", ")})`);
    const key = item.slice(0, eq).trim();
    const raw = item.slice(eq + 1).trim();
    const value = Number(raw);
    if (raw === "" || !Number.isFinite(value)) throw new StressSyntaxError(`${STRESS_ENV}: '${key}' needs a number, got '${raw}'`);
    switch (key) {
      case "seed":
        if (!Number.isInteger(value)) throw new StressSyntaxError(`${STRESS_ENV}: seed must be an integer`);
        seed = value;
        break;
      case "guard-fail":
        if (value < 0 || value > 1) throw new StressSyntaxError(`${STRESS_ENV}: guard-fail must be a probability in [0, 1]`);
        guardFail = value;
        break;
      case "deopt-every":
      case "invalidate-every":
        if (!Number.isInteger(value) || value < 0) throw new StressSyntaxError(`${STRESS_ENV}: ${key} must be a non-negative integer`);
        if (key === "deopt-every") deoptEvery = value;
        else invalidateEvery = value;
        break;
      default:
        throw new StressSyntaxError(`${STRESS_ENV}: unknown setting '${key}' (keys: ${KEYS.join(", ")})`);
    }
  }
  return { seed, guardFail, deoptEvery, invalidateEvery };
}

/** The stress configuration from an environment (`process.env`), or null. Throws StressSyntaxError. */
export function stressFromEnv(env: Readonly<Record<string, string | undefined>>): StressConfig | null {
  const v = env[STRESS_ENV];
  return v === undefined ? null : parseStress(v);
}

/**
 * The runtime side of a stress configuration: deterministic decisions from a
 * seeded PRNG (mulberry32) and counters. One per JIT backend, so one VM's
 * decisions do not depend on another's.
 */
export class JitStress {
  readonly config: StressConfig;
  private state: number;
  private guards = 0;
  private calls = 0;
  /** How often each kind of stress event fired (reported by `--stats`). */
  guardFailures = 0;
  invalidations = 0;

  constructor(config: StressConfig) {
    this.config = config;
    this.state = config.seed | 0;
  }

  /** A uniformly distributed number in [0, 1). */
  random(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Called by a guard that just passed: true = behave as if it had failed. */
  failGuard(): boolean {
    const c = this.config;
    const n = ++this.guards;
    if ((c.deoptEvery > 0 && n % c.deoptEvery === 0) || (c.guardFail > 0 && this.random() < c.guardFail)) {
      this.guardFailures++;
      return true;
    }
    return false;
  }

  /** Called on compiled calls and tier-up requests: true = drop all compiled code now. */
  shouldInvalidateAll(): boolean {
    const every = this.config.invalidateEvery;
    if (every > 0 && ++this.calls % every === 0) {
      this.invalidations++;
      return true;
    }
    return false;
  }
}
