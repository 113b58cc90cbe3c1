"""The story's meta row under its headline: which lines after the <h1> are the story's own
date and byline, whatever the element that holds them, and where other stories' cards begin.

``headline_dates`` reads a date line in the first lines after the headline as the story's own
even inside a wrapper with a layout name: a design system's meta row under the <h1> is a "list"
or a "card" ("<ul class="c-list"><li class="c-meta__date">December 24, 2024</li>"), not another
story's teaser; a wrapper named for other stories ("related") or a <nav> still is. A page whose
class names say nothing (hashed by CSS modules) still has its tags: the meta row sits in an
<aside> beside the <h1> ("<aside><p>May 25, 2023</p><p>Written By …</p><h2>Topics</h2>…") or in
the <footer> of the <article> that holds the deck ("<article><div>deck</div><footer>By <a>…</a>
<span>March 30, 2023</span></footer>"). Such a tag alone does not make the line another
story's; a linked heading passed since the headline does: other stories' cards (a "more posts"
strip, a section's list under its own <h1>) each show their date under a linked headline.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.placement import among_other_stories, elsewhere
from newswire.pipeline.html.stated_origin import labelled_publication

# Texts right after the headline (its own words included) that belong to the story wherever
# they sit, whatever their wrapper is named: the headline, "By", the writer's name and the date
# line (sessions before 50: 3 -> 4, date probe A +1, none lost).
_NAMED_OWN_LINES: Final = 4
# As many texts right after the headline make the story's meta row whatever tag holds them,
# before any other story's card title and with no more than a deck among them: the headline, a
# deck, "By", the writer's name (twice: an avatar's and the link's), a label ("Last update
# on:"), the date line. Session 50's date probe with names hashed: B +3, A unchanged.
_META_ROW_LINES: Final = 6
# A text longer than this, not the headline's, is a deck or the story's own prose: the meta row
# sits above the story, so after a second one (the deck, then a paragraph) it is passed.
_META_LINE_CHARS: Final = 80
# How far up from a text its heading and link are looked for ("<h2><a><span>title", "<a><h3>").
_CARD_HEADING_LEVELS: Final = 4
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class MetaRowWalk:
    """The texts passed so far on the walk down from the headline, and whether a date line met
    now is another story's (``other_storys_line``)."""

    def __init__(self, headline: LexborNode | None) -> None:
        self._headline = headline
        self.passed = 0
        self._past_card = False
        self._long_texts = 0

    def see(self, node: LexborNode, text: str) -> None:
        """Count one more text after the headline (``node``: its text node)."""
        self.passed += 1
        place = heading_place(node, self._headline)
        if place == CARD_TITLE:
            self._past_card = True
        elif place != HEADLINE and len(text) > _META_LINE_CHARS:
            self._long_texts += 1

    def other_storys_line(self, parent: LexborNode, text: str, *, after: bool) -> bool:
        """Whether the date line ``text`` (in ``parent``; ``after``: below the headline) is
        another story's or the page's furniture: wherever ``elsewhere`` says so, but in the
        story's meta row (see ``_META_ROW_LINES``) only where a wrapper is named for other
        stories or is a <nav> (an <aside> or a <footer> there is the meta row's), and in the
        first lines (``_NAMED_OWN_LINES``) also where it is an <aside> or a <footer>. A line
        that labels itself the publication ("Published Jun 4, 2025" in a profile card under
        the writer's name) is read as a first line as far down as the walk goes: no teaser
        labels its date so."""
        if not elsewhere(parent):
            return False
        if after and self._in_meta_row():
            return among_other_stories(parent, furniture_tags=False)
        if after and (self.passed <= _NAMED_OWN_LINES or labelled_publication(text)):
            return among_other_stories(parent)
        return True

    def _in_meta_row(self) -> bool:
        return self.passed <= _META_ROW_LINES and not self._past_card and self._long_texts <= 1


#: What a text is to ``heading_place``: the headline's, another story's card title, neither.
HEADLINE, CARD_TITLE, OTHER = "headline", "card title", ""


def heading_place(node: LexborNode, headline: LexborNode | None) -> str:
    """Whether the text ``node`` is the headline's (``HEADLINE``), a linked heading's other
    than the headline's (``CARD_TITLE``: "<h2><a>…</a></h2>", "<a><h3>…</h3></a>", another
    story's card) or neither (``OTHER``: a deck set as an <h2> under the <h1> links nowhere)."""
    heading = link = False
    parent = node.parent
    # The headline's id and each element's tag read once (each read builds its value anew).
    headline_id = headline.mem_id if headline is not None else None
    for _ in range(_CARD_HEADING_LEVELS):
        if parent is None:
            break
        if parent.mem_id == headline_id:
            return HEADLINE
        tag = parent.tag
        heading = heading or tag in _HEADINGS
        link = link or tag == "a"
        parent = parent.parent
    return CARD_TITLE if heading and link else OTHER
