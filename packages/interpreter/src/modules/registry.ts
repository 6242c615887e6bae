/**
 * The per-VM module registry and import system.
 *
 * `sys.modules` is a real dict owned by the VM. Builtin modules (`builtins`,
 * `sys`, `math`, …) are created on first import by factories registered
 * here; `.py` modules and packages (`__init__.py`) are found on `sys.path`
 * (or the parent package's `__path__`) through the host's `readFile` hook —
 * the interpreter never touches a file system itself, so it also runs in
 * browsers. Follows `importlib._bootstrap._gcd_import` / `_handle_fromlist`:
 * absolute names are imported component by component, relative imports are
 * resolved against `__package__` (or `__name__`), `from pkg import sub`
 * imports submodules named in the fromlist, and a module is in
 * `sys.modules` while its body runs (and removed again if the body fails).
 */
import { compile, type CodeObject } from "@pyvm/bytecode";
import { PySyntaxError } from "@pyvm/parser";
import type { PyValue } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { None } from "../objects/singletons.js";
import * as E from "../objects/exceptions.js";
import { importError, valueError } from "../objects/errors.js";
import { callObject } from "../protocols/call.js";
import { getAttrOrUndefined, setAttr } from "../protocols/attribute.js";
import { toArray } from "../protocols/iter.js";
import { isTrue } from "../protocols/truth.js";
import { syntaxErrorFromParser } from "../traceback/syntax-error.js";
import { STDLIB_SOURCES } from "./lib/generated/stdlib-sources.js";

/** `__path__` entry of a bundled stdlib package (never a real directory). */
const STDLIB_PATH_PREFIX = "<pyvm-stdlib>/";

export type ModuleFactory = () => PyModule;

export interface RegistryHost {
  readFile: ((path: string) => string | null) | null;
  /** Run a module's code object with its dict as globals (the VM's `execCode`). */
  exec(code: CodeObject, globals: PyDict): void;
  rememberSource(filename: string, source: string): void;
}

export class ModuleRegistry {
  /** `sys.modules`. */
  readonly modules = new PyDict();
  private readonly factories = new Map<string, ModuleFactory>();
  readonly host: RegistryHost;
  builtinsModule: PyModule | null = null;
  sysModule: PyModule | null = null;

  constructor(host: RegistryHost) {
    this.host = host;
  }

  registerBuiltin(name: string, factory: ModuleFactory): void {
    this.factories.set(name, factory);
  }

  /** Names of modules that can be imported without a file (sys.builtin_module_names). */
  builtinNames(): string[] {
    return [...this.factories.keys()].sort();
  }

  /** Register an already-created module under `name`. */
  add(name: string, m: PyModule): void {
    this.modules.setStr(name, m);
  }

  lookup(name: string): PyValue | undefined {
    return this.modules.getStr(name);
  }

  sysAttr(name: string): PyValue | null {
    return this.sysModule?.dict.getStr(name) ?? null;
  }

  /** `__import__(name, globals, locals, fromlist, level)`. */
  importModule(name: string, globals: PyDict | null, fromlist: PyValue, level: number): PyValue {
    if (level < 0) throw valueError("level must be >= 0");
    let absName = name;
    if (level > 0) absName = resolveName(name, packageOf(globals), level);
    else if (name === "") throw valueError("Empty module name");
    const mod = this.gcdImport(absName);
    const hasFromlist = fromlist !== None && isTrue(fromlist);
    if (!hasFromlist) {
      // `import a.b.c` binds the top-level package `a`.
      if (level === 0) return this.modules.getStr(absName.split(".")[0] as string) ?? mod;
      return mod;
    }
    this.handleFromlist(mod, fromlist);
    return mod;
  }

  private handleFromlist(mod: PyValue, fromlist: PyValue): void {
    if (getAttrOrUndefined(mod, "__path__") === undefined) return;
    for (const x of toArray(fromlist)) {
      if (typeof x !== "string") continue;
      if (x === "*") {
        const all = getAttrOrUndefined(mod, "__all__");
        if (all !== undefined) this.handleFromlist(mod, all);
        continue;
      }
      if (getAttrOrUndefined(mod, x) !== undefined) continue;
      const modName = getAttrOrUndefined(mod, "__name__");
      try {
        this.gcdImport(`${String(modName)}.${x}`);
      } catch (e) {
        if (e instanceof E.PyBaseException && e.cls.isSubtypeOf(E.ModuleNotFoundError)) continue;
        throw e;
      }
    }
  }

  /** Import a fully qualified name, its parents first. */
  gcdImport(name: string): PyValue {
    const hit = this.modules.getStr(name);
    if (hit !== undefined) {
      if (hit === None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
      return hit;
    }
    const dot = name.lastIndexOf(".");
    let searchPath: string[];
    let parent: PyValue | null = null;
    if (dot >= 0) {
      const parentName = name.slice(0, dot);
      parent = this.gcdImport(parentName);
      const again = this.modules.getStr(name);
      if (again !== undefined) return again;
      const p = getAttrOrUndefined(parent, "__path__");
      if (p === undefined) {
        throw moduleNotFound(`No module named '${name}'; '${parentName}' is not a package`, name);
      }
      searchPath = toArray(p).filter((s): s is string => typeof s === "string");
    } else {
      const factory = this.factories.get(name);
      if (factory !== undefined) {
        const m = factory();
        this.modules.setStr(name, m);
        return m;
      }
      searchPath = this.sysPath();
    }
    const m = this.loadStdlib(name) ?? this.loadFromPath(name, searchPath);
    if (m === null) throw moduleNotFound(`No module named '${name}'`, name);
    if (parent !== null) setAttr(parent, name.slice(dot + 1), m);
    return m;
  }

  private sysPath(): string[] {
    const p = this.sysAttr("path");
    if (p instanceof PyList) return p.items.filter((s): s is string => typeof s === "string");
    return [];
  }

  /**
   * The bundled pure-Python stdlib (src/modules/lib): searched after the
   * host-registered modules and before `sys.path`. Its modules have no
   * `__file__`; packages get a placeholder `__path__` so submodule imports
   * and `from pkg import sub` work.
   */
  private loadStdlib(name: string): PyModule | null {
    if (!Object.prototype.hasOwnProperty.call(STDLIB_SOURCES, name)) return null;
    const entry = STDLIB_SOURCES[name];
    if (entry === undefined) return null;
    const filename = `<frozen ${name}>`;
    const pkgDir = entry.isPackage ? STDLIB_PATH_PREFIX + name.replace(/\./g, "/") : null;
    return this.execModule(name, filename, entry.source, pkgDir, false);
  }

  /** `importlib.reload(m)`: re-run the module's source in its existing namespace. */
  reload(m: PyModule): PyModule {
    const nameV = m.dict.getStr("__name__");
    const name = typeof nameV === "string" ? nameV : m.name;
    if (this.modules.getStr(name) !== m) throw importError(`module ${name} not in sys.modules`);
    if (this.factories.has(name)) return m;
    let source: string | null = null;
    let path: string;
    const entry = Object.prototype.hasOwnProperty.call(STDLIB_SOURCES, name) ? STDLIB_SOURCES[name] : undefined;
    const file = m.dict.getStr("__file__");
    if (typeof file === "string" && this.host.readFile !== null) {
      path = file;
      source = this.host.readFile(file);
    } else if (entry !== undefined) {
      path = `<frozen ${name}>`;
      source = entry.source;
    } else {
      path = name;
    }
    if (source === null) throw moduleNotFound(`No module named '${name}'`, name);
    const code = this.compileModule(source, path);
    this.host.exec(code, m.dict);
    return m;
  }

  private compileModule(source: string, path: string): CodeObject {
    try {
      const code = compile(source, { filename: path, mode: "exec" });
      this.host.rememberSource(path, source);
      return code;
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxErrorFromParser(e);
      throw e;
    }
  }

  private loadFromPath(name: string, searchPath: readonly string[]): PyModule | null {
    const read = this.host.readFile;
    if (read === null) return null;
    const last = name.slice(name.lastIndexOf(".") + 1);
    for (const dir of searchPath) {
      const base = dir === "" ? last : `${dir.replace(/\/+$/, "")}/${last}`;
      const initPath = `${base}/__init__.py`;
      const init = read(initPath);
      if (init !== null) return this.execModule(name, initPath, init, base);
      const filePath = `${base}.py`;
      const src = read(filePath);
      if (src !== null) return this.execModule(name, filePath, src, null);
    }
    return null;
  }

  private execModule(name: string, path: string, source: string, pkgDir: string | null, hasFile = true): PyModule {
    const code = this.compileModule(source, path);
    const m = new PyModule(name);
    const d = m.dict;
    if (hasFile) d.setStr("__file__", path);
    d.setStr("__package__", pkgDir !== null ? name : name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");
    if (pkgDir !== null) d.setStr("__path__", new PyList([pkgDir]));
    d.setStr("__doc__", None);
    d.setStr("__spec__", None);
    d.setStr("__loader__", None);
    if (this.builtinsModule !== null) d.setStr("__builtins__", this.builtinsModule);
    this.modules.setStr(name, m);
    try {
      this.host.exec(code, d);
    } catch (e) {
      this.modules.delete(name);
      throw e;
    }
    return (this.modules.getStr(name) as PyModule | undefined) ?? m;
  }
}

function moduleNotFound(msg: string, name: string): E.PyBaseException {
  // Through the constructor so `__init__` records the `name` field.
  return callObject(E.ModuleNotFoundError, [msg, name], ["name"]) as E.PyBaseException;
}

/** `__package__` of the importing module (importlib's `_calc___package__`). */
function packageOf(globals: PyDict | null): string | null {
  if (globals === null) return null;
  const pkg = globals.getStr("__package__");
  if (typeof pkg === "string") return pkg;
  const name = globals.getStr("__name__");
  if (typeof name !== "string") return null;
  if (globals.getStr("__path__") !== undefined) return name;
  return name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
}

function resolveName(name: string, pkg: string | null, level: number): string {
  if (pkg === null || pkg === "") throw importError("attempted relative import with no known parent package");
  const bits = pkg.split(".");
  if (bits.length < level) throw importError("attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}
