"""A story's callout box: an <aside> that sits among the story's paragraphs and holds prose."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

# An <aside> is the site's sidebar, a related-stories box or a newsletter form almost always
# (on wcxb-dev articles ~15k words a half, none in the truths), and is dropped by its tag. But
# a story's own note box ("A note on other devices", a "Did you know?" panel) is an <aside>
# too, set between the story's paragraphs: its parent holds at least _STORY_PARAGRAPHS
# paragraphs of prose, and it holds a paragraph of prose itself (a sidebar's or a related
# box's text is titles, links and one-line blurbs; a pull quote repeats a line of the story).
# On wcxb-dev articles such asides: half A 4 (2 in the truth, 283 words; 2 not, 64 words),
# half B 2 (both in the truth, 145 words); the other asides (A 189, B 187) have 3,013 / 83
# words in the truths against 19,755 / 20,691 not.
_STORY_PARAGRAPHS: Final = 3
_PROSE_CHARS: Final = 120
_LINK_SHARE: Final = 0.1


def story_callout(node: LexborNode) -> bool:
    """``node`` (an <aside>) is a box of the story's own prose among its paragraphs."""
    return any(prose_paragraph(p) for p in node.css("p")) and amid_story_paragraphs(node)


def amid_story_paragraphs(node: LexborNode) -> bool:
    """``node``'s parent holds at least _STORY_PARAGRAPHS paragraphs of prose: ``node`` sits
    among the story's paragraphs."""
    parent = node.parent
    if parent is None:
        return False
    beside = 0
    for child in parent.iter():
        if child.tag == "p" and prose_paragraph(child):
            beside += 1
            if beside >= _STORY_PARAGRAPHS:
                return True
    return False


def prose_paragraph(paragraph: LexborNode) -> bool:
    """A long paragraph with next to no link text."""
    text = paragraph.text(deep=True, strip=True)
    if len(text) <= _PROSE_CHARS:
        return False
    links = sum(len(link.text(deep=True, strip=True)) for link in paragraph.css("a"))
    return links < _LINK_SHARE * len(text)
