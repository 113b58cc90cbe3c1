"""devscore's per-page JSON: the scores, and the metadata given beside the truth's."""

from __future__ import annotations

import json

from newswire.bench.corpora import Page
from newswire.bench.devscore import json_rows
from newswire.bench.scoring import Output, score


def test_json_rows_give_each_pages_metadata_beside_the_truths() -> None:
    """A row holds the page's scores, its URL, what newswire gave and what the truth says,
    and serializes as JSON."""
    page = Page(
        corpus="wcxb",
        id="0001",
        url="https://example.com/a",
        html=b"",
        text="the story",
        title="Headline",
        author="Ann Lee",
        date="2025-01-02",
    )
    output = Output(body="the story", title="Headline - Site", authors=("Ann Lee",), date=None)
    rows = json_rows([page], [score(page, output)], [output])
    assert json.loads(json.dumps(rows)) == rows
    (row,) = rows
    assert (row["id"], row["url"]) == ("0001", "https://example.com/a")
    assert (row["title_ok"], row["author_ok"], row["date_found"]) == (False, True, False)
    assert row["given"] == {"title": "Headline - Site", "authors": ["Ann Lee"], "date": None}
    assert row["truth"] == {"title": "Headline", "author": "Ann Lee", "date": "2025-01-02"}
