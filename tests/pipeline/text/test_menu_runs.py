"""Telling a run of short lines in a text scrape's story from a menu (``menu_runs``)."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.menu_runs import drawn, unless_menu

_STORY = (
    "Pemerintah Provinsi DKI Jakarta menyiapkan sejumlah langkah untuk mengatasi banjir yang "
    "melanda beberapa wilayah ibu kota pada pekan ini, kata pejabat setempat.",
    "Menurut data Badan Penanggulangan Bencana Daerah, sedikitnya 120 rumah warga terendam air "
    "setinggi satu meter sejak Senin malam dan warga mulai mengungsi.",
)
_HEADLINE = "Banjir Rendam Ratusan Rumah di Jakarta"


def test_a_drawing_in_characters_inside_one_article_is_kept() -> None:
    """A grid drawn in characters (".#X#" / "##.X": no space, as many marks as letters) between
    a programming post's paragraphs is data, not a menu run of one-word entries; a menu's
    separator lines ("|") hold no letter and are no drawing."""
    grid = ["..#XXX#..", "..X...X..", "..#XXX#..", "ends up looking like", ".#X#", "##.X"]
    text = "\n\n".join([_HEADLINE, _STORY[0], *grid, _STORY[1]])
    found = extract_text(text)
    assert all(line in found.paragraphs for line in grid)
    assert drawn(".#X#")
    assert not drawn("|")
    assert not drawn("Home")
    assert not drawn("")


def test_a_list_a_short_sentence_announces_with_a_colon_is_the_storys() -> None:
    """In one article's text, a run of one- and two-word names opened by a sentence of eight
    words or more ending with a colon is the list it announces, kept; the same names under a
    two-word label ("Follow us:") are a menu."""
    prose = "Expanding your personal insurance to cover rideshare trips could protect you more."
    names = ["AAA", "Esurance", "State Farm", "Allstate", "Farmers", "Travelers"]
    label = "These insurers may offer rideshare and delivery coverage options:"
    after = "Contact your insurance agent or broker to learn about the options you have."
    run = [label, *names]
    assert unless_menu(run, article=True, above=prose, below=after) == run
    menu = ["Follow us:", *names]
    assert unless_menu(menu, article=True, above=prose, below=after) == []


def test_a_list_the_story_announces_between_its_paragraphs_stays_on_a_page() -> None:
    """On a page, a run of short entries between two of the story's paragraphs stays when
    the paragraph above announces it with a colon; the same run under a paragraph that ends
    its own sentence is a menu and goes."""
    items = ["Reporting losses", "Rental counter steps", "International drivers"]
    announcing = "Petugas menyebut beberapa hal yang dibahas dalam panduan keselamatan ini:"
    kept = unless_menu(items, above=announcing, below=_STORY[1])
    assert kept == items
    assert unless_menu(items, above=_STORY[0], below=_STORY[1]) == []
    # At the story's end (no paragraph below) a run is a page's menu or footer.
    assert unless_menu(items, above=announcing) == []
