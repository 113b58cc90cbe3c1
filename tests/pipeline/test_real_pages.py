"""Every real page of the development corpora goes through the whole pipeline without an
unforeseen exception: 1,497 wcxb-dev pages and the 118 ScrapingHub pages each end as an Article
or a DeadLetter with a true reason, never ``extraction_failed``.

The pages live beside the project (``../shared/bench``, too large to vendor; CI has them); where
they are absent the tests are skipped and say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import pytest

from newswire.bench.corpora import SCRAPINGHUB, WCXB_DEV, Page, scrapinghub_pages, wcxb_pages
from newswire.events import DeadLetter
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord

_NOW = datetime(2026, 1, 15, 12, tzinfo=UTC)


def _failures(pages: Iterable[Page]) -> tuple[int, list[str]]:
    pipeline = Pipeline(PipelineOptions())
    count = 0
    failed = []
    for offset, page in enumerate(pages):
        record = InRecord("bench", 0, offset, -1, None, page.envelope(), ())
        result = pipeline.process(record, now=_NOW).result
        count += 1
        if isinstance(result, DeadLetter) and result.reason == "extraction_failed":
            failed.append(f"{page.corpus}/{page.id}: {result.error[:120]}")
    return count, failed


@pytest.mark.skipif(not WCXB_DEV.is_dir(), reason=f"wcxb-dev pages not found at {WCXB_DEV}")
def test_no_wcxb_dev_page_ends_as_extraction_failed() -> None:
    """All 1,497 wcxb-dev pages (7 page types) end as an Article or a DeadLetter other than
    extraction_failed."""
    count, failed = _failures(wcxb_pages())
    assert count == 1497
    assert not failed, f"{len(failed)} pages failed:\n" + "\n".join(failed)


@pytest.mark.skipif(
    not SCRAPINGHUB.is_dir(), reason=f"ScrapingHub pages not found at {SCRAPINGHUB}"
)
def test_no_scrapinghub_page_ends_as_extraction_failed() -> None:
    """All 118 ScrapingHub news pages end as an Article or a DeadLetter other than
    extraction_failed."""
    count, failed = _failures(scrapinghub_pages())
    assert count == 118
    assert not failed, f"{len(failed)} pages failed:\n" + "\n".join(failed)
