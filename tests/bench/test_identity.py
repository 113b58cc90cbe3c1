"""The identity checker: every dev page's event recorded, and the pages whose event differs."""

from __future__ import annotations

from newswire.bench.corpora import Page
from newswire.bench.identity import Outputs, differences, outputs


def _page(page_id: str, html: str) -> Page:
    return Page(
        corpus="wcxb", id=page_id, url=f"https://example.com/{page_id}", html=html.encode(), text=""
    )


def test_outputs_leave_out_the_moment_of_processing() -> None:
    """A page's recorded event is the same in two runs: the wall-clock fields (an Article's
    processed_at, a DeadLetter's failed_at) are left out, the rest kept."""
    story = "<html><body><article><h1>Rain</h1>" + "<p>It rained all day in the town. </p>" * 20
    pages = [_page("1", story + "</article></body></html>"), _page("2", "<html></html>")]
    first, second = outputs(pages), outputs(pages)
    assert first == second
    article, dead = first["wcxb/1"], first["wcxb/2"]
    assert "processed_at" not in article["provenance"]  # type: ignore[operator]
    assert "It rained all day" in str(article["body"])
    assert "failed_at" not in dead
    assert dead["reason"] == "no_content"


def test_differences_name_the_changed_fields_and_the_missing_pages() -> None:
    """A page whose event changed is listed with the fields that changed; a page on one side
    only is listed as a whole."""
    before: Outputs = {"a": {"body": "x", "title": "T"}, "b": {"body": "y"}, "c": {"body": "z"}}
    after: Outputs = {"a": {"body": "x", "title": "U"}, "b": {"body": "y"}, "d": {"body": "z"}}
    assert differences(before, after) == {"a": ["title"], "c": ["<page>"], "d": ["<page>"]}
