/** Where a result was measured: Node version, CPU and commit. */

import { execFileSync } from "node:child_process";
import { cpus, platform, arch } from "node:os";

export interface MachineInfo {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly platform: string;
  /** Commit hash, with "-dirty" appended when the work tree has changes; "unknown" outside git. */
  readonly commit: string;
}

function git(args: readonly string[], cwd: string): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

export function machineInfo(cwd: string): MachineInfo {
  const list = cpus();
  const head = git(["rev-parse", "--short=12", "HEAD"], cwd);
  const dirty = git(["status", "--porcelain", "--untracked-files=no"], cwd);
  return {
    node: process.version,
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    platform: `${platform()}-${arch()}`,
    commit: head === undefined ? "unknown" : dirty ? `${head}-dirty` : head,
  };
}
