"""Run a Python program under CPython with pyvm's pure-Python stdlib swapped in.

Usage: python3 run_with_pyvm_lib.py PROGRAM.py

Every module found in packages/interpreter/src/modules/lib (plain `name.py`
files and `name/__init__.py` packages with their submodules) replaces
CPython's module of the same name: the old entries are dropped from
sys.modules, a meta-path finder that serves the lib directory is installed
first on sys.meta_path, and each module is then imported with a spec from
importlib.util.spec_from_file_location.  Finally the program runs with
runpy.run_path as __main__.  Modules CPython imported earlier keep their
references to CPython's own versions; only the program sees pyvm's.
"""
import importlib.abc
import importlib.util
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, "..", "..", "src", "modules", "lib"))


def discover(lib):
    """Map dotted module name -> (path, is_package) for every .py under lib."""
    found = {}
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if d not in ("generated", "__pycache__"))
        rel = os.path.relpath(root, lib)
        prefix = [] if rel == "." else rel.split(os.sep)
        for fn in sorted(files):
            if not fn.endswith(".py"):
                continue
            stem = fn[:-3]
            if stem == "__init__":
                if prefix:
                    found[".".join(prefix)] = (os.path.join(root, fn), True)
            else:
                found[".".join(prefix + [stem])] = (os.path.join(root, fn), False)
    return found


class PyvmLibFinder(importlib.abc.MetaPathFinder):
    def __init__(self, modules):
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        entry = self.modules.get(fullname)
        if entry is None:
            return None
        filename, is_package = entry
        if is_package:
            return importlib.util.spec_from_file_location(
                fullname, filename,
                submodule_search_locations=[os.path.dirname(filename)])
        return importlib.util.spec_from_file_location(fullname, filename)


def install(lib=LIB):
    modules = discover(lib)
    for name in list(sys.modules):
        if name in modules or name.split(".")[0] in modules:
            del sys.modules[name]
    sys.meta_path.insert(0, PyvmLibFinder(modules))
    for name in sorted(modules):
        if name not in sys.modules:
            spec = PyvmLibFinder(modules).find_spec(name)
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[name]
                raise
            if "." in name:
                parent, _, child = name.rpartition(".")
                setattr(sys.modules[parent], child, module)
    return modules


def main():
    if len(sys.argv) != 2:
        print("usage: run_with_pyvm_lib.py PROGRAM.py", file=sys.stderr)
        sys.exit(2)
    program = sys.argv[1]
    install()
    sys.argv = [program]
    runpy.run_path(program, run_name="__main__")


if __name__ == "__main__":
    main()
