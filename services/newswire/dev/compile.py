"""Build the compiled modules (``newswire.native.COMPILED``) with mypyc into ``newswire/_native``.

``python -m newswire.dev.compile`` (``make install`` runs it when a source changed) type-checks
and compiles the modules into a scratch folder, then replaces ``_native/`` with the extension
files and a manifest of the sources' digest; ``--clean`` removes the build. Without mypyc or a C
compiler it says so and leaves no build: newswire then runs as pure Python (``newswire.native``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.machinery
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from newswire import native


def _sources() -> list[str]:
    return [
        str(native.PACKAGE.joinpath(*name.split(".")[1:]).with_suffix(".py"))
        for name in native.COMPILED
    ]


def _compile(scratch: Path) -> dict[str, Path]:
    """Every compiled module's extension file (and mypyc's shared library) under ``scratch``."""
    from mypyc.build import mypycify

    # setuptools (mypyc's build driver) ships no types in every release a venv may hold
    setup = importlib.import_module("setuptools").setup

    services = native.PACKAGE.parent
    # The project's mypy settings (strict), the package found from the services folder.
    options = ["--config-file", str(services.parent / "pyproject.toml")]
    # multi_file: a C file a module (one file of all would take gcc minutes on one core)
    extensions = mypycify(
        [*options, *_sources()], opt_level="3", multi_file=True, group_name="newswire_native"
    )
    lib = scratch / "lib"
    argv = ["build_ext", "--build-lib", str(lib), "--build-temp", str(scratch / "tmp")]
    argv += ["--parallel", str(os.cpu_count() or 1)]
    setup(name="newswire-native", ext_modules=extensions, script_args=[*argv, "--quiet"])
    found: dict[str, Path] = {}
    for file in lib.rglob("*"):
        # the longest suffix first (".cpython-311-x86_64-linux-gnu.so" before ".so")
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            if file.name.endswith(suffix):
                found[".".join(file.relative_to(lib).parts)[: -len(suffix)]] = file
                break
    return found


def build() -> int:
    """Compile, then swap the new build in; 0 also when no build is possible (pure Python)."""
    before = native.source_digest()
    with tempfile.TemporaryDirectory(prefix="newswire-native-") as folder:
        scratch = Path(folder)
        try:
            # mypyc writes its C files under the working directory
            with contextlib.chdir(scratch):
                files = _compile(scratch)
        except (ImportError, SystemExit, OSError) as error:
            clean()
            print(f"newswire: no compiled build ({error!r}); pure Python runs", file=sys.stderr)
            return 0
        if native.source_digest() != before:
            print("newswire: the sources changed during the build; run it again", file=sys.stderr)
            return 1
        clean()
        native.NATIVE.mkdir()
        modules = {}
        for name, file in files.items():
            # named by the dotted module name: pipeline/dates.py and html/dates.py both compile
            target = name + file.name[file.name.index(".") :]
            shutil.copy2(file, native.NATIVE / target)
            modules[name] = target
    manifest = {"python": sys.implementation.cache_tag, "digest": before, "modules": modules}
    native.MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"newswire: {len(native.COMPILED)} modules compiled into {native.NATIVE}")
    return 0


def clean() -> None:
    shutil.rmtree(native.NATIVE, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newswire.dev.compile", description=__doc__)
    parser.add_argument("--clean", action="store_true", help="remove the compiled build")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        return 0
    return build()


if __name__ == "__main__":
    raise SystemExit(main())
