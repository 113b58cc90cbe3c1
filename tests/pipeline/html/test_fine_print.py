"""Fine print by its class names (legal notes and footnotes) and by its wording (a no-script
notice, an ad slot's note) is dropped, the page's text kept."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.fine_print import fine_print_line
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


@pytest.mark.parametrize(
    "line",
    [
        "This slideshow requires JavaScript.",
        "Please note that Javascript is turned off in your web browser. To use this site, you "
        "must turn it on and then refresh the page.",
        "If you don't know how to turn on Javascript, click here for help.",
    ],
)
def test_a_notice_that_the_page_needs_a_script_is_fine_print(line: str) -> None:
    """A notice to a reader whose browser runs no script, a line of its own, is fine print."""
    assert fine_print_line(line)


def test_a_line_about_javascript_is_text() -> None:
    """A line that names the language says something of it: the page's text."""
    assert not fine_print_line("JavaScript")
    assert not fine_print_line("React components are JavaScript functions that return markup:")
    assert not fine_print_line("This command creates a JavaScript project for the function.")


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement (gone after registration)",
        "Advertisement - Members don't see this ad",
        "Advertisement: New AI Book!",
        "Sponsored | Popular products in the last 7 days",
    ],
)
def test_an_ad_slots_label_with_its_note_is_fine_print(line: str) -> None:
    """An ad slot's label followed by its note or the ad's title is fine print."""
    assert fine_print_line(line)


def test_a_sentence_opening_with_an_ad_word_is_text() -> None:
    """A sentence that opens with the word (no separator after it) is the page's text."""
    assert not fine_print_line(
        "Advertisements in this newsletter have paid to be promoted, as the note says."
    )
    assert not fine_print_line("Sponsored content is labelled as such on every page.")
