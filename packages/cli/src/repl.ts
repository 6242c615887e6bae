/**
 * The interactive prompt. Lines are collected until they form a complete
 * statement: a simple statement runs as soon as it compiles; a compound one
 * (`if`, `def`, decorators, …) runs at the first blank line, like CPython's
 * REPL. "Complete" is decided by the parser itself: a `PySyntaxError` with
 * `incomplete` set means "end of input inside an open construct", so we ask
 * for more. Expression values are echoed by the VM's interactive mode
 * (PRINT_EXPR / sys.displayhook), Ctrl-D exits, Ctrl-C discards the input.
 */
import { createInterface } from "node:readline";
import { compile } from "@pyvm/bytecode";
import { formatSyntaxError, PySyntaxError } from "@pyvm/parser";
import type { VM } from "@pyvm/interpreter";
import { writeStderr, writeStdout } from "./host.js";
import { VERSION_TEXT } from "./version.js";

const COMPOUND = /^\s*(if|elif|else|while|for|def|class|with|try|except|finally|async|match|case)\b|^\s*@/;

/** Decide what to do with the lines typed so far. */
export function classifyInput(lines: readonly string[]): "more" | "run" | { error: PySyntaxError } {
  const first = lines[0] ?? "";
  const last = lines[lines.length - 1] ?? "";
  const source = lines.join("\n") + "\n";
  const compound = COMPOUND.test(first) || first.trimEnd().endsWith(":");
  try {
    compile(source, { filename: "<stdin>", mode: "single" });
  } catch (e) {
    if (e instanceof PySyntaxError) {
      if (e.incomplete) return "more";
      if (compound && last.trim() !== "") return "more";
      return { error: e };
    }
    throw e;
  }
  if (compound && lines.length > 0 && last.trim() !== "") return "more";
  return "run";
}

export function runRepl(vm: VM): Promise<number> {
  writeStdout(`${VERSION_TEXT} on node ${process.version}\nType "help", "copyright", "credits" or "license" for more information.\n`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: ">>> " });
  let lines: string[] = [];
  return new Promise((resolvePromise) => {
    let exitCode = 0;
    rl.prompt();
    rl.on("line", (line) => {
      if (lines.length === 0 && line.trim() === "") {
        rl.prompt();
        return;
      }
      lines.push(line);
      const verdict = classifyInput(lines);
      if (verdict === "more") {
        rl.setPrompt("... ");
        rl.prompt();
        return;
      }
      const source = lines.join("\n") + "\n";
      lines = [];
      rl.setPrompt(">>> ");
      if (verdict === "run") {
        const result = vm.runInteractive(source);
        if (result.exit !== null) {
          exitCode = result.exit;
          rl.close();
          return;
        }
      } else {
        writeStderr(formatSyntaxError(verdict.error));
      }
      rl.prompt();
    });
    rl.on("SIGINT", () => {
      writeStdout("\nKeyboardInterrupt\n");
      lines = [];
      rl.setPrompt(">>> ");
      rl.prompt();
    });
    rl.on("close", () => {
      writeStdout("\n");
      resolvePromise(exitCode);
    });
  });
}
