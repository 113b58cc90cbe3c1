"""Every real page of the development corpora goes through the whole pipeline without an
unforeseen exception: 1,497 wcxb-dev pages and the 118 ScrapingHub pages each end as an Article
or a DeadLetter with a true reason, never ``extraction_failed``.

The pages live beside the project (``../shared/bench``, too large to vendor; CI has them); where
they are absent the tests are skipped and say so.
"""

from __future__ import annotations

import pytest

from newswire.bench.corpora import SCRAPINGHUB, WCXB_DEV
from newswire.bench.scoring import PageScore


def _failures(rows: list[PageScore]) -> list[str]:
    return [
        f"{row.corpus}/{row.id}: {row.error[:120]}"
        for row in rows
        if row.dead == "extraction_failed"
    ]


@pytest.mark.skipif(not WCXB_DEV.is_dir(), reason=f"wcxb-dev pages not found at {WCXB_DEV}")
def test_no_wcxb_dev_page_ends_as_extraction_failed(wcxb: list[PageScore]) -> None:
    """All 1,497 wcxb-dev pages (7 page types) end as an Article or a DeadLetter other than
    extraction_failed (the session's one pass over the corpus, shared with the quality gate)."""
    failed = _failures(wcxb)
    assert len(wcxb) == 1497
    assert not failed, f"{len(failed)} pages failed:\n" + "\n".join(failed)


@pytest.mark.skipif(
    not SCRAPINGHUB.is_dir(), reason=f"ScrapingHub pages not found at {SCRAPINGHUB}"
)
def test_no_scrapinghub_page_ends_as_extraction_failed(scrapinghub: list[PageScore]) -> None:
    """All 118 ScrapingHub news pages end as an Article or a DeadLetter other than
    extraction_failed."""
    failed = _failures(scrapinghub)
    assert len(scrapinghub) == 118
    assert not failed, f"{len(failed)} pages failed:\n" + "\n".join(failed)
