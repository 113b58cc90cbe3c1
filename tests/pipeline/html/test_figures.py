"""The lead image's caption and credit."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_json_ld_image_object_gives_caption_and_credit() -> None:
    """A JSON-LD ImageObject's caption and creditText describe the lead image."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": {"@type": '
        '"ImageObject", "url": "https://example.com/a.jpg", "caption": "The bridge at dawn.", '
        '"creditText": "Reuters"}}</script>'
    )
    (image,) = extract_html(page(prose("story", 4), head)).images
    assert (image.url, image.caption, image.credit) == (
        "https://example.com/a.jpg",
        "The bridge at dawn.",
        "Reuters",
    )
