"""Every Article carries its page type; the contract keeps the new fields optional."""

from __future__ import annotations

import json

from newswire.events import Article
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from newswire.schemas import render_all
from tests.pipeline.pagetype.pages import section_page
from tests.support import SEED


def test_text_and_html_inputs_get_a_page_type() -> None:
    """A text scrape and an HTML page both come out with a page type and a confidence."""
    pipeline = Pipeline(PipelineOptions(newswire_version="test"))
    story = pipeline.process(InRecord("raw", 0, 0, -1, None, SEED.read_bytes())).result
    assert isinstance(story, Article)
    assert story.page_type == "article"
    assert story.page_type_confidence is not None
    assert 0.0 <= story.page_type_confidence <= 1.0
    headers = (("url", b"https://example.com/news/"), ("content-type", b"text/html"))
    front = pipeline.process(InRecord("raw", 0, 1, -1, None, section_page().encode(), headers))
    assert isinstance(front.result, Article)
    assert front.result.page_type != "article"


def test_page_type_fields_are_optional_in_the_schema() -> None:
    """Consumers and producers of article.v1 that ignore the new fields stay valid."""
    schema = json.loads(render_all()["article.v1.json"])
    assert "page_type" in schema["properties"]
    assert "page_type" not in schema["required"]
    assert "page_type_confidence" not in schema["required"]
    assert schema["properties"]["page_type"]["enum"] == [
        "article",
        "listing",
        "collection",
        "forum",
        "product",
        "documentation",
        "service",
    ]
