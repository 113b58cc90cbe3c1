"""The compiled build of the hot pipeline modules, loaded only while it matches the sources.

``make install`` compiles the modules of ``COMPILED`` with mypyc (``newswire.dev.native``) into
``newswire/_native/``, beside a manifest holding a digest of every ``.py`` file of the package as
compiled. At ``import newswire``, ``activate`` puts a finder in front of Python's own that loads
those modules from ``_native/`` only if the package's sources still have that digest: an edited
(or merged) ``.py`` anywhere in the package turns the whole build off, so a stale binary never
runs old code (mypyc bakes other modules' ``Final`` constants and signatures into each module,
so a partial fallback would not be safe). Without a build, with a stale one, or with
``NEWSWIRE_PURE_PYTHON=1``, newswire runs as pure Python, the same outputs more slowly;
``MODE`` says which runs and why.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
NATIVE = PACKAGE / "_native"
MANIFEST = NATIVE / "manifest.json"

#: What the build compiles: the pure pipeline helpers where the per-page time goes (the body
#: walk, element names and verdicts, scoring, line tests). Never pydantic models, IO, modules
#: that tests monkeypatch (pipeline.pipeline), or ``page_elements`` (its ``Page`` subclasses
#: selectolax's parser, which a mypyc native class cannot).
COMPILED: tuple[str, ...] = (
    "newswire.pipeline.html.byline_lines",
    "newswire.pipeline.html.card_grids",
    "newswire.pipeline.html.furniture_lines",
    "newswire.pipeline.html.headline_texts",
    "newswire.pipeline.html.hidden",
    "newswire.pipeline.html.junk",
    "newswire.pipeline.html.layout_wrappers",
    "newswire.pipeline.html.lead_dispatch",
    "newswire.pipeline.html.names",
    "newswire.pipeline.html.paragraphs",
    "newswire.pipeline.html.placement",
    "newswire.pipeline.html.plain_names",
    "newswire.pipeline.html.repeats",
    "newswire.pipeline.html.scoring",
    "newswire.pipeline.html.shown_dates",
    "newswire.pipeline.html.strips",
    "newswire.pipeline.html.walk",
    "newswire.pipeline.textnorm",
)

#: "compiled" or "pure (why)", set by ``activate``.
MODE = "pure (not activated)"


def source_digest(package: Path = PACKAGE) -> str:
    """SHA-256 over every ``.py`` file of the package (relative path and bytes, in path order)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


class _NativeFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules (by their dotted names) in ``_native/``; nothing else."""

    def __init__(self, files: dict[str, Path]) -> None:
        self._files = files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        file = self._files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def _check(manifest: dict[str, object], digest: str) -> tuple[dict[str, Path], str]:
    """The compiled files to load and the mode, from a build's manifest and today's digest."""
    if manifest.get("python") != sys.implementation.cache_tag:
        return {}, f"pure (the build is for {manifest.get('python')})"
    if manifest.get("digest") != digest:
        return {}, "pure (stale build: sources changed since it; make install rebuilds it)"
    modules = manifest.get("modules")
    if not isinstance(modules, dict):
        return {}, "pure (a manifest without modules)"
    files = {str(name): NATIVE / str(file) for name, file in modules.items()}
    missing = [name for name, file in files.items() if not file.is_file()]
    if missing:
        return {}, f"pure (build incomplete: {missing[0]} missing)"
    return files, "compiled"


def activate() -> str:
    """Load the compiled modules from now on if the build matches the sources; the mode."""
    global MODE  # noqa: PLW0603 - set once, at the package's import
    if os.environ.get("NEWSWIRE_PURE_PYTHON", "") not in ("", "0"):
        MODE = "pure (NEWSWIRE_PURE_PYTHON)"
    elif not MANIFEST.is_file():
        MODE = "pure (no compiled build)"
    else:
        files, MODE = _check(json.loads(MANIFEST.read_text()), source_digest())
        if files:
            sys.meta_path.insert(0, _NativeFinder(files))
    return MODE
