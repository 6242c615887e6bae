import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { PySyntaxError } from "@pyvm/parser";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";
import { checkCode } from "./check-code.testutil.js";

const DIR = "/work/shared/conformance";
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".py")).sort() : [];

describe.skipIf(files.length === 0)("compiles the conformance corpus", () => {
  for (const f of files) {
    it(f, () => {
      const source = readFileSync(join(DIR, f), "utf8");
      const errPath = join(DIR, f.replace(/\.py$/, ".err"));
      const expectedErr = existsSync(errPath) ? readFileSync(errPath, "utf8").trim() : "";
      if (expectedErr.startsWith("SyntaxError:") || expectedErr.startsWith("IndentationError:")) {
        let caught: unknown;
        try {
          compile(source, { filename: f, mode: "exec" });
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(PySyntaxError);
        const err = caught as PySyntaxError;
        expect(`${err.pyType}: ${err.msg}`).toBe(expectedErr);
        return;
      }
      const co = compile(source, { filename: f, mode: "exec" });
      expect(checkCode(co)).toEqual([]);
    });
  }
});
