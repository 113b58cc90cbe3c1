"""The compiled build's guard (newswire/native.py): which build runs, and a stale one never."""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import sys
from pathlib import Path

import pytest

from newswire import native
from newswire.pipeline.html import walk


def _manifest(digest: str) -> dict[str, object]:
    return {"python": sys.implementation.cache_tag, "digest": digest, "modules": {}}


def test_the_mode_is_the_build_that_runs() -> None:
    """MODE says "compiled" exactly when the compiled modules are the extension files loaded;
    NEWSWIRE_REQUIRE_COMPILED=1 (a CI with a C compiler) makes a pure run fail."""
    compiled = (walk.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    assert compiled == (native.MODE == "compiled"), native.MODE
    if os.environ.get("NEWSWIRE_REQUIRE_COMPILED") == "1":
        assert native.MODE == "compiled", native.MODE


def test_every_listed_module_is_a_pipeline_source() -> None:
    """The build list names existing pipeline modules, never page_elements (whose Page
    subclasses selectolax's parser), pipeline.pipeline (monkeypatched by tests) or language
    (which finds its word list from its own ``__file__``)."""
    assert native.COMPILED
    for name in native.COMPILED:
        assert name.startswith("newswire.pipeline."), name
        path = native.PACKAGE.joinpath(*name.split(".")[1:]).with_suffix(".py")
        assert path.is_file(), name
    assert "newswire.pipeline.html.page_elements" not in native.COMPILED
    assert "newswire.pipeline.pipeline" not in native.COMPILED
    assert "newswire.pipeline.language" not in native.COMPILED


def test_a_stale_build_is_not_loaded() -> None:
    """A manifest whose digest is not the sources' turns the build off, whatever it lists."""
    files, mode = native._check(_manifest("0" * 64), native.source_digest())
    assert files == {}
    assert mode.startswith("pure (stale build")


def test_a_build_for_another_python_is_not_loaded() -> None:
    """An interpreter whose extension modules differ never loads the build."""
    manifest = {**_manifest(native.source_digest()), "python": "cpython-27"}
    files, mode = native._check(manifest, native.source_digest())
    assert files == {}
    assert "cpython-27" in mode


def test_a_build_missing_a_file_is_not_loaded() -> None:
    """A manifest naming a file that is not there turns the whole build off."""
    manifest = {**_manifest("d"), "modules": {"newswire.pipeline.textnorm": "gone.so"}}
    files, mode = native._check(manifest, "d")
    assert files == {}
    assert mode.startswith("pure (build incomplete")


def test_the_digest_covers_every_source(tmp_path: Path) -> None:
    """Editing, adding or renaming any .py file of the package changes the digest."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.py").write_text("A = 1\n")
    (tmp_path / "sub" / "b.py").write_text("B = 2\n")
    first = native.source_digest(tmp_path)
    (tmp_path / "sub" / "b.py").write_text("B = 3\n")
    edited = native.source_digest(tmp_path)
    (tmp_path / "sub" / "b.py").rename(tmp_path / "sub" / "c.py")
    renamed = native.source_digest(tmp_path)
    (tmp_path / "d.py").write_text("")
    added = native.source_digest(tmp_path)
    assert len({first, edited, renamed, added}) == 4


def test_the_finder_finds_only_the_listed_modules(tmp_path: Path) -> None:
    """Names outside the build fall through to Python's own finders."""
    finder = native._NativeFinder({"newswire.x": tmp_path / "x.so"})
    assert finder.find_spec("newswire.y", None) is None
    spec = finder.find_spec("newswire.x", None)
    assert spec is not None
    assert spec.origin == str(tmp_path / "x.so")


@pytest.mark.parametrize("value", ["1", "yes"])
def test_pure_python_can_be_forced(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """NEWSWIRE_PURE_PYTHON set (not "0") keeps the build off (the finder is not added)."""
    monkeypatch.setenv("NEWSWIRE_PURE_PYTHON", value)
    finders = list(sys.meta_path)
    monkeypatch.setattr(native, "MODE", native.MODE)
    assert native.activate() == "pure (NEWSWIRE_PURE_PYTHON)"
    assert sys.meta_path == finders


def test_every_listed_module_names_its_source_file() -> None:
    """``source_file`` gives each listed module's ``.py`` (holding its code) in either build:
    a compiled module's ``__file__`` points into ``_native/``, where no source is."""
    for name in native.COMPILED:
        module = importlib.import_module(name)
        source = native.source_file(module)
        assert source.suffix == ".py", name
        assert source.is_file(), name
        assert source.relative_to(native.PACKAGE).with_suffix("").parts == tuple(
            name.split(".")[1:]
        )
