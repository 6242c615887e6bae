/**
 * The Node host: the only place where pyvm touches the file system and the
 * process's streams. The interpreter itself is host-agnostic (it must also run
 * in browsers), so the CLI hands it these functions through `createVM`.
 */
import { readFileSync, readSync, statSync, writeSync } from "node:fs";

export function readTextFile(path: string): string | null {
  try {
    if (!statSync(path).isFile()) return null;
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** Synchronous writes keep Python's output ordered with stderr and intact at exit. */
export function writeStdout(text: string): void {
  writeAll(1, text);
}

export function writeStderr(text: string): void {
  writeAll(2, text);
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      if (code === "EPIPE") brokenPipe(fd);
      throw e;
    }
  }
}

/**
 * The reader of our output went away (`pyvm prog.py | head`): stop like CPython
 * does (BrokenPipeError, exit status 1) instead of crashing with a JS error.
 */
function brokenPipe(fd: number): never {
  if (fd !== 2) {
    try {
      writeSync(2, "BrokenPipeError: [Errno 32] Broken pipe\n");
    } catch {
      // stderr is gone too: nothing left to tell.
    }
  }
  process.exit(1);
}

/** Reads one line from stdin synchronously (for `input()`); null at end of input. */
export function readStdinLine(): string | null {
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  for (;;) {
    let n: number;
    try {
      n = readSyncStdin(one);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EOF") n = 0;
      else throw e;
    }
    if (n === 0) return bytes.length === 0 ? null : Buffer.from(bytes).toString("utf8");
    const b = one[0] ?? 0;
    if (b === 0x0a) return Buffer.from(bytes).toString("utf8");
    bytes.push(b);
  }
}

function readSyncStdin(buf: Buffer): number {
  return readSync(0, buf, 0, 1, null);
}

export function readAllStdin(): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      if (code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString("utf8");
}
