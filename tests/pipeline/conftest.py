"""Fixtures of the pipeline tests: the development corpora run once through the whole pipeline
for the session, shared by the quality gate and the real-page checks (one pass, not two)."""

from __future__ import annotations

import pytest

from newswire.bench.corpora import scrapinghub_pages, wcxb_pages
from newswire.bench.devscore import run
from newswire.bench.scoring import PageScore


@pytest.fixture(scope="session")
def scrapinghub() -> list[PageScore]:
    """The 118 ScrapingHub pages through the whole pipeline, scored as devscore scores them."""
    return run(list(scrapinghub_pages()))[0]


@pytest.fixture(scope="session")
def wcxb() -> list[PageScore]:
    """The 1,497 wcxb-dev pages through the whole pipeline, scored as devscore scores them."""
    return run(list(wcxb_pages()))[0]
