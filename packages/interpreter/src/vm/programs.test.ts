/**
 * Python-program golden tests: every `test-data/programs/*.py` runs in a
 * fresh VM (interpreter only) and its stdout must equal the committed `.out`
 * file produced by CPython 3.11 (`python3 x.py > x.out`).
 */
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describeGoldenPrograms } from "../golden-programs.testutil.js";

describeGoldenPrograms("python programs", join(dirname(fileURLToPath(import.meta.url)), "../../test-data/programs"));
