/**
 * Parses every program of the shared conformance corpus and compares the
 * SHA-256 of our single-line `dump` with the one CPython 3.11 produced
 * (`test-data/conformance.json`, written by `scripts/gen-expected.py`).
 * Programs that CPython rejects must raise the same error.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dump } from "../ast/dump.js";
import { PySyntaxError } from "../errors/syntax-error.js";
import { parse } from "./parser.js";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-data");
const CORPUS = "/work/shared/conformance";
const expected = JSON.parse(readFileSync(join(DATA, "conformance.json"), "utf8")) as Record<
  string,
  { sha256?: string; error?: string }
>;

describe.skipIf(!existsSync(CORPUS))("conformance corpus parses like CPython (corpus directory present)", () => {
  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const source = readFileSync(join(CORPUS, file), "utf8");
      if (want.error !== undefined) {
        let err: PySyntaxError | null = null;
        try {
          parse(source, { filename: file });
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e;
          err = e;
        }
        expect(err && `${err.pyType}: ${err.msg} (${err.lineno}, ${err.offset}, ${err.endLineno}, ${err.endOffset})`)
          .toBe(want.error);
        return;
      }
      const text = dump(parse(source, { filename: file }), { includeAttributes: true }) + "\n";
      expect(createHash("sha256").update(text, "utf8").digest("hex")).toBe(want.sha256);
    });
  }
});
