"""Fixtures of the pipeline tests: the development corpora run once through the whole pipeline
for the session, shared by the quality gate and the real-page checks (one pass, not two).

The pass runs in a child process started as soon as collection ends, when a collected test asks
for a corpus: ~1 CPU-minute (compiled build) that used to run alone, now beside the broker
suites, which collect first and mostly wait on the broker with a core idle. The child is the same
interpreter on the same sources, with warnings as errors like the session; its failure fails the
tests that use the corpus, with its output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

import pytest

from newswire.bench.corpora import SCRAPINGHUB, WCXB_DEV, scrapinghub_pages, wcxb_pages
from newswire.bench.devscore import run
from newswire.bench.scoring import PageScore

#: The corpus fixtures, each with the folder its pages come from.
CORPORA = {"scrapinghub": SCRAPINGHUB, "wcxb": WCXB_DEV}


def score_corpora(out: str) -> None:
    """The child's work: both corpora scored, written as JSON to ``out`` (ScrapingHub first)."""
    scores = {
        "scrapinghub": run(list(scrapinghub_pages()))[0] if SCRAPINGHUB.is_dir() else [],
        "wcxb": run(list(wcxb_pages()))[0] if WCXB_DEV.is_dir() else [],
    }
    rows = {corpus: [asdict(row) for row in scored] for corpus, scored in scores.items()}
    Path(out).write_text(json.dumps(rows))


class CorpusPass:
    """The child process scoring the corpora, and what it wrote once it ended."""

    def __init__(self, root: Path) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="newswire-corpus-")
        self.out = Path(self.folder.name) / "scores.json"
        self.log = (Path(self.folder.name) / "child.log").open("wb")
        # the session's import paths (the tests package and this tree's services) come first
        path = [str(root), str(root / "services"), os.environ.get("PYTHONPATH", "")]
        code = "import sys; from tests.pipeline.conftest import score_corpora as s; s(sys.argv[1])"
        self.child = subprocess.Popen(
            [sys.executable, "-W", "error", "-c", code, str(self.out)],
            cwd=root,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)},
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.scores: dict[str, list[PageScore]] | None = None

    def result(self, corpus: str) -> list[PageScore]:
        """The corpus's scores, waiting for the child if it is still at work."""
        if self.scores is None:
            code = self.child.wait()
            self.log.close()
            if code != 0:
                output = (Path(self.folder.name) / "child.log").read_text(errors="replace")
                pytest.fail(f"the corpus pass failed ({code}):\n{output[-4000:]}")
            rows = json.loads(self.out.read_text())
            self.scores = {name: [PageScore(**row) for row in rows[name]] for name in rows}
        return self.scores[corpus]

    def close(self) -> None:
        """Stop the child if the session ends before it (-x, Ctrl-C), and remove its files."""
        if self.child.poll() is None:
            self.child.kill()
            self.child.wait()
        self.log.close()
        self.folder.cleanup()


_PASS: list[CorpusPass] = []


def pytest_collection_finish(session: pytest.Session) -> None:
    wanted = {
        name
        for item in session.items
        for name in getattr(item, "fixturenames", ())
        if name in CORPORA
    }
    if any(CORPORA[name].is_dir() for name in wanted):
        _PASS.append(CorpusPass(Path(str(session.config.rootpath))))


def pytest_sessionfinish(session: pytest.Session) -> None:
    while _PASS:
        _PASS.pop().close()


def _scores(corpus: str) -> list[PageScore]:
    if _PASS:
        return _PASS[0].result(corpus)
    # collected without the hook having started the pass (e.g. a plugin re-collecting): in process
    pages = scrapinghub_pages() if corpus == "scrapinghub" else wcxb_pages()
    return run(list(pages))[0]


@pytest.fixture(scope="session")
def scrapinghub() -> list[PageScore]:
    """The 118 ScrapingHub pages through the whole pipeline, scored as devscore scores them."""
    return _scores("scrapinghub")


@pytest.fixture(scope="session")
def wcxb() -> list[PageScore]:
    """The 1,497 wcxb-dev pages through the whole pipeline, scored as devscore scores them."""
    return _scores("wcxb")
