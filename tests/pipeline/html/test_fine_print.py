"""Fine print by its class names: legal notes and footnotes are dropped, the page's text kept."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def test_a_legal_copy_block_is_dropped() -> None:
    """A block of legal copy named "legal" as a part of its token ("copy-legal": the numbered
    footnotes to a landing page's claims) is dropped; the page's own text beside it stays."""
    html = page(
        '<div class="page-content">'
        + prose("feature", 4)
        + '<div class="copy-legal"><p>*Disclaimers</p><ol><li>Number one platform: based on '
        "publicly available data on the number of customers of competitors in 2023.</li></ol>"
        + "</div></div>"
    )
    text = text_of(html)
    assert "feature 3" in text
    assert "publicly available data" not in text
