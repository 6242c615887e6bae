import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createVM } from "../../index.js";
import { installStrMethods } from "./str-type.js";
import { installBytesMethods } from "../bytes/bytes-type.js";
import { installBytesProtocols } from "../bytes/bytes-protocols.js";
import { BytesType, ByteArrayType } from "../bytes/bytes.js";
// Exception __str__ (core); the VM's builtins module loads it too once it is wired.
import "../exception-methods.js";
import "../container-methods.js";

installStrMethods();
installBytesMethods();
installBytesProtocols();

function run(src: string): string {
  let out = "";
  const vm = createVM({ stdout: (s: string) => (out += s), stderr: (s: string) => (out += s) });
  // The builtins module does not expose bytes/bytearray yet (core area).
  vm.builtinsModule.dict.setStr("bytes", BytesType);
  vm.builtinsModule.dict.setStr("bytearray", ByteArrayType);
  vm.runSource(src, "<test>");
  return out;
}

const programs = new URL("../../../test-data/str/programs/", import.meta.url);

describe("str/bytes methods through the VM (golden output from CPython 3.11)", () => {
  for (const name of ["str_methods", "bytes_methods", "str_protocols", "codecs_fromhex", "format_complex", "memoryview_from_bytes"]) {
    it(name, () => {
      const src = readFileSync(new URL(`${name}.py`, programs), "utf8");
      const want = readFileSync(new URL(`${name}.out`, programs), "utf8");
      expect(run(src)).toBe(want);
    });
  }
});

describe("str across VMs of one process", () => {
  it("str subclasses instantiate in every VM (one str.__new__ per process)", () => {
    for (let i = 0; i < 3; i++) expect(run('class S(str):\n    pass\nprint(S("x") + "y", type(S("z")).__name__)\n')).toBe("xy S\n");
  });
});
