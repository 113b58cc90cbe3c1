"""A page that shows nothing: when the text its scripts would show is the page's text."""

from __future__ import annotations

from newswire.pipeline.html.hidden_pages import hidden_text_wins
from tests.pipeline.html.pages import page, text_of

_BAR = 250


def test_a_listing_streamed_hidden_under_hashed_names_gives_its_cards() -> None:
    """A page whose visible frame is empty and whose listing waits hidden for a script, its
    class names a build's hashes, gives its cards: each card (a linked name, a price) is a short
    container, but nothing visible competes with them."""
    cards = "".join(
        f'<li class="k9x{i % 2}q"><div class="a7f3"><a href="/itm/{i}">'
        f'<h3 class="z1b8">Vintage art print {i}</h3></a><span class="p4e2">${i}2.95</span>'
        "</div></li>"
        for i in range(12)
    )
    html = page(
        '<div class="r5t7"><script>fill()</script></div>'
        f'<div id="s1" style="display:none"><ul class="m2c9">{cards}</ul></div>'
    )
    text = text_of(html)
    assert "Vintage art print 0" in text
    assert "Vintage art print 11" in text


def test_a_script_shell_s_hidden_loading_line_stays_out() -> None:
    """A script shell whose only hidden text is a short line ("Loading...") gives nothing."""
    shell = page(
        '<div class="r5t7"><script>fill()</script></div>'
        '<div style="display:none"><p>Loading...</p></div>'
    )
    assert text_of(shell) == ""


def test_the_hidden_walk_wins_by_its_choice_or_alone_by_its_length() -> None:
    """The hidden walk wins by its chosen container's length past the bar and the visible one;
    by its whole text's length only when the visible walks gave nothing at all."""
    cards = ["Vintage art print, brand new", "$12.95"] * 10
    assert hidden_text_wins(["x" * 300], 300, ["Menu"], 4, _BAR)
    assert hidden_text_wins(cards, 40, [], 0, _BAR)
    assert not hidden_text_wins(cards, 40, ["Menu"], 4, _BAR)
    assert not hidden_text_wins(["Loading...", "Accept cookies"], 14, [], 0, _BAR)
