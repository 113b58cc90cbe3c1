"""Writers' cards whose avatar is the writer's initials ("CP" over "Chengcheng Pei")."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.initials_cards import _may_hold_card
from tests.pipeline.html.pages import page, prose


def _card(initials: str, name: str, role: str) -> str:
    return (
        f'<div class="c1"><div class="c2"><span>{initials}</span></div>'
        f"<div><span>{name}</span></div><span>{role}</span></div>"
    )


def test_initials_badges_over_names_sign_the_story() -> None:
    """Cards after the story whose portrait is the person's two initials, then the name whose
    first and last words begin with them, sign the story when nothing else does: every card's
    name, in page order."""
    cards = "<aside>" + _card("CP", "Chengcheng Pei", "Staff Software Engineer, MongoDB")
    cards += _card("YL", "Yuan Lin", "Director of Engineering, MongoDB") + "</aside>"
    html = page("<h1>Token-count-based batching</h1>" + prose("story", 30) + cards)
    assert extract_html(html).authors == ("Chengcheng Pei", "Yuan Lin")


def test_initials_that_are_no_persons_badge_sign_nothing() -> None:
    """Initials that do not begin the next text's first and last words, three letters (an
    organisation's abbreviation over its name), a name shown twice (a thread's poster) or
    more than three cards (a list of reviewers) sign nothing."""
    story = "<h1>Season preview</h1>" + prose("story", 30)
    unmatched = _card("AB", "Chengcheng Pei", "Engineer")
    team = _card("LAL", "Los Angeles Lakers", "Western Conference")
    thread = _card("JD", "Jane Doe", "Reader") + _card("JD", "Jane Doe", "Reader")
    many = "".join(_card(a + b, f"{a}ann {b}oe", "Buyer") for a, b in ("AB", "CD", "EF", "GH"))
    for cards in (unmatched, team, thread, many):
        assert extract_html(page(story + cards)).authors == ()


def test_a_badge_padded_with_spaces_is_found_among_the_pages_texts() -> None:
    """The badge's letters padded with the markup's spaces (" CP ") are the page's initials
    text all the same: the page is walked for its cards, and the name signs the story."""
    cards = "<aside>" + _card(" CP\n ", "Chengcheng Pei", "Staff Software Engineer") + "</aside>"
    html = page("<h1>Token-count-based batching</h1>" + prose("story", 30) + cards)
    assert extract_html(html).authors == ("Chengcheng Pei",)


def test_a_script_between_badge_and_name_still_signs() -> None:
    """A script's text between the badge and the name (a text no reader sees, which the walk
    passes over) leaves the card as it is: the name after it signs the story."""
    card = (
        '<aside><div><span>CP</span></div><script>var x = "Yuan";</script>'
        "<div><span>\u200bChengcheng Pei</span></div><span>Engineer</span></aside>"
    )
    html = page("<h1>Token-count-based batching</h1>" + prose("story", 30) + card)
    assert extract_html(html).authors == ("Chengcheng Pei",)


def test_only_a_name_after_a_badge_sends_the_page_to_the_walk() -> None:
    """The page's texts are walked for cards only where a name whose first and last words
    begin with a badge's letters follows that badge, whatever stands between them or opens
    the name's text (white space, an invisible character); a badge with no such name after
    it ("US" in a menu, then "World News"), or a name before its badge, does not."""
    assert _may_hold_card(["Menu", "CP", "{code}", " \u200bChengcheng  Pei\n", "Engineer"])
    assert _may_hold_card(["JS", "Role", "Jane Q. Smith"])
    assert not _may_hold_card(["Chengcheng Pei", "CP", "Engineer"])
    assert not _may_hold_card(["US", "World News", "Upton Sinclair wrote", "UK"])
    assert not _may_hold_card(["Upton Sinclair", "Ursula Smith"])
