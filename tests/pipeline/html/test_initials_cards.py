"""Writers' cards whose avatar is the writer's initials ("CP" over "Chengcheng Pei")."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.initials_cards import _initials_shape
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


def test_initials_shape_is_two_capital_letters() -> None:
    """A text has an initials' shape (the page's shared texts are searched for one before any
    walk of the nodes) when it is two capital ASCII letters, spaces around, six characters at
    most; a script's "CP", a text the walk skips, is no badge."""
    assert _initials_shape(" CP\n")
    assert not _initials_shape("Chengcheng Pei")
    assert not _initials_shape("   C P")
    assert not _initials_shape("     CP")
    assert not _initials_shape("Cp")
    story = "<h1>Token-count-based batching</h1>" + prose("story", 30)
    hidden = "<aside><script>CP</script><div><span>Chengcheng Pei</span></div></aside>"
    assert extract_html(page(story + hidden)).authors == ()
