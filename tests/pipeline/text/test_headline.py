"""Finding the headline of a text scrape on its first line: one article's text, its headline
over a blank line or glued to the story's first lines (``headline``)."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from tests.pipeline.text.scrapes import STORY_LINES

#: One article's lines under its headline that a page's menu rule would toll: a one-line reply,
#: a recipe's label and its items.
_SHORT_STORY_LINES = (
    '"Setuju," jawab para peserta rapat.',
    "Bahan:",
    "200 g tepung",
    "2 butir telur",
)


def _article(*top: str) -> str:
    """One article's text: ``top`` (the headline, with what a scraper prints around it), a
    blank line, then a story with short lines among its paragraphs."""
    body = [STORY_LINES[0], *_SHORT_STORY_LINES, STORY_LINES[1]]
    return "\n".join(top) + "\n\n" + "\n\n".join(body) + "\n"


def test_a_headline_opening_on_a_label_word_still_heads_one_article() -> None:
    """A first-line headline whose first word is also a credit or byline label ("Foto-foto …",
    "Sumber …", "Oleh-oleh …": Indonesian headlines) is the title, and the text under its blank
    line is one article: its reply, label and list items stay."""
    for headline in (
        "Foto-foto Banjir Jakarta yang Rendam Ribuan Rumah",
        "Sumber Air Warga Mengering, Pemkab Kirim Bantuan",
        "Oleh-oleh Khas Bandung yang Wajib Dibeli",
        "Kisah Seorang Reporter",
    ):
        found = extract_text(_article(headline))
        assert found.title == headline
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), headline


def test_an_ad_label_above_the_headline_or_a_date_under_it_keeps_one_article() -> None:
    """An ad label or close button printed above the headline, or a date line right under it
    before the blank line, leaves the text one article's: the headline is the title and the
    story's short lines stay."""
    headline = "Jokowi Resmikan Tol Baru di Jawa Tengah"
    for top in (
        ("ADVERTISEMENT", "", headline),
        ("x", "", headline),
        (headline, "Kamis, 24 Okt 2020 10:00 WIB"),
    ):
        found = extract_text(_article(*top))
        assert found.title == headline
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), top


def test_a_page_text_without_blank_lines_is_still_read_as_a_page() -> None:
    """A page's "get text" (one line per block, no blank line) under the same headline is a
    page: its menu run of one-word entries goes, whatever the first line is."""
    page = "\n".join(
        ["Foto-foto Banjir Jakarta", STORY_LINES[0], "Home", "News", "Sport", STORY_LINES[1]]
    )
    found = extract_text(page)
    assert "Home" not in found.paragraphs
    assert STORY_LINES[1] in found.paragraphs


def test_a_headline_glued_to_the_first_paragraph_still_heads_one_article() -> None:
    """A headline with its first paragraph on the very next line (one line break, no blank
    line) over a text of blank-line paragraphs is the title, however short, and the text is one
    article: a short lede and the story's short lines stay."""
    for headline, lede in (
        (
            "Tidak Berjalan Baik",
            "Rapat warga kemarin tidak berjalan baik karena banyak yang absen.",
        ),
        ("Eropa Memastikan Kemenangan", "Jakarta - Kami bertengkar. Hormat kepada Thomas."),
    ):
        text = _article(headline).replace(f"{headline}\n\n", f"{headline}\n{lede}\n\n", 1)
        found = extract_text(text)
        assert found.title == headline
        assert found.paragraphs[0] in {lede, lede.removeprefix("Jakarta - ")}
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), headline


def test_a_glued_first_line_needs_a_blank_line_under_its_paragraph() -> None:
    """Without a blank line under the paragraph below it (a page's "get text", one line per
    block) a first line is not taken for a glued headline: the page's menu run still goes."""
    page = "\n".join(["Home", STORY_LINES[0], "News", "Sport", "Video", STORY_LINES[1]])
    found = extract_text(page)
    assert found.title != "Home"
    assert "Sport" not in found.paragraphs


def test_a_headline_glued_to_a_short_line_over_a_blank_line_heads_one_article() -> None:
    """A headline with a short line of the story right under it (a subheading, a month, a
    reading time) and a blank line under that is the title; the short line opens the body and
    the story's short lines stay."""
    for headline, short in (
        ("Wine Regions", "An Intro to Wine Regions of the World"),
        ("The Five Best Noise-Canceling Headphones", "November 2015"),
        ("Podcast Equipment Guide", "Reading Time: 8 minutes"),
    ):
        found = extract_text(_article(headline, short))
        assert found.title == headline
        assert found.paragraphs[0] == short
        assert all(line in found.paragraphs for line in _SHORT_STORY_LINES), headline


def test_two_menu_entries_over_a_blank_line_are_no_glued_headline() -> None:
    """Two short menu entries over a blank line ("About Us" / "Contact") are not a headline
    and its subheading: the text is not read as one article under them, and the second entry
    does not open its body."""
    assert "Contact" not in extract_text(_article("About Us", "Contact")).paragraphs


def test_a_skip_link_on_the_first_line_is_never_the_fallback_title() -> None:
    """A page's text whose only headline-like line is its first, a skip link ("Skip to
    content") over one-word menu entries, has no title rather than the skip link; the same
    shape of line over a blank line and a story heads one article's text ("Tech conferences
    in Americas 2026 / 2027": a gallery counter's shape)."""
    page = ["Skip to content", "Home", "About", "Contact", "Blog"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title is None
    headline = "Tech conferences in Americas 2026 / 2027"
    assert extract_text("\n\n".join([headline, *STORY_LINES])).title == headline
