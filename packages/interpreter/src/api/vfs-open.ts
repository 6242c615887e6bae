/**
 * `open()` over a VM's virtual file system (`createVM({ files })`).
 *
 * When a host gives `files`, the VM's builtin `open` (which otherwise raises
 * OSError: pyvm never touches a real file system) reads those files: text
 * modes return an `io.StringIO` over the contents (universal newlines: `\r\n`
 * and `\r` read as `\n`), binary modes an `io.BytesIO` over their UTF-8
 * bytes; both carry `name` and `mode` like real file objects and work with
 * `with`, iteration, `read`, `readline(s)`. The file system is read-only:
 * writing modes raise `OSError: [Errno 30] Read-only file system`, a missing
 * file `FileNotFoundError: [Errno 2] No such file or directory`, as CPython
 * words them. Nothing here reaches the host's `readFile` hook, so the CLI
 * (which passes `readFile`, not `files`) keeps its behaviour.
 */
import type { PyValue } from "../objects/object.js";
import { PyBuiltinFunction } from "../objects/builtin-function.js";
import { newBytes } from "../objects/bytes/bytes.js";
import { None } from "../objects/singletons.js";
import * as E from "../objects/exceptions.js";
import { typeError, typeName, valueError } from "../objects/errors.js";
import { parseArgs } from "../objects/args.js";
import { callObject } from "../protocols/call.js";
import { getAttr, setAttr } from "../protocols/attribute.js";

const PARAMS = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"] as const;

/**
 * The `open` builtin for a VM whose virtual files are found by `lookup`
 * (normalized path → text, undefined when absent); `importModule` imports
 * `io` in that VM.
 */
export function createVfsOpen(lookup: (path: string) => string | undefined, importModule: (name: string) => PyValue): PyBuiltinFunction {
  return new PyBuiltinFunction("open", (args, kwnames) => {
    const [file, modeArg, , , , newline] = parseArgs("open", args, kwnames, PARAMS, 1);
    // A file descriptor: there are none (CPython: EBADF for a closed descriptor).
    if (typeof file === "number" || typeof file === "boolean") throw callObject(E.OSError, [9, "Bad file descriptor"], null);
    if (typeof file !== "string") throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(file as PyValue)}`);
    const mode = modeArg === undefined || modeArg === None ? "r" : modeArg;
    if (typeof mode !== "string") throw typeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
    const binary = parseMode(mode);
    if (binary === null) throw callObject(E.OSError, [30, "Read-only file system", file], null);
    const text = lookup(file);
    if (text === undefined) throw callObject(E.FileNotFoundError, [2, "No such file or directory", file], null);
    const io = importModule("io");
    const stream = binary
      ? callObject(getAttr(io, "BytesIO"), [newBytes(new TextEncoder().encode(text))], null)
      : callObject(getAttr(io, "StringIO"), [newline === undefined || newline === None ? text.replace(/\r\n?/g, "\n") : text], null);
    setAttr(stream, "name", file);
    setAttr(stream, "mode", mode);
    return stream;
  });
}

/** true = binary, false = text, null = a writing mode; ValueError for an invalid mode (CPython's checks). */
function parseMode(mode: string): boolean | null {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwaxbt+".includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ["r", "w", "a", "x"].filter((c) => seen.has(c)).length;
  if (kinds !== 1) throw valueError("must have exactly one of create/read/write/append mode");
  if (seen.has("b") && seen.has("t")) throw valueError("can't have text and binary mode at once");
  if (!seen.has("r") || seen.has("+")) return null;
  return seen.has("b");
}
