"""A hover card inside a sentence: the box of a person's or a topic's photo and latest
headlines that a news site keeps inside the <span> around a name, for a script to show when
the reader points at the name."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

# ScrapingHub 0.988290 -> 0.989844 (2 pages of one news site's people cards: +0.056, +0.127);
# wcxb-dev unchanged (no such card on a dev page). It reads no class or id: a site hashing its
# names has the same cards.
# A card links its subject's page and at least one other headline; two links or more.
_MIN_LINKS: Final = 2


def hover_card(node: LexborNode) -> bool:
    """Whether ``node`` (an inline element inside a paragraph) is a hover card: it opens with
    the picture (before any word), and every word of it is a link's (the subject's name, its
    latest headlines, "MORE"), and the paragraph around it has words of its
    own (the sentence whose name it hangs on). Such a card sits in the markup between the name
    and the rest of the sentence ("Rep. Ilhan Omar<span>[photo] Ilhan Omar · Progressives oppose
    … · MORE</span> (D-Minn.) said"): walked as text it glues a dozen other stories' headlines
    into the story's sentence. Only the card: the name's own link before the picture is kept,
    as is an inline picture followed by words of the sentence (an emoji, an icon before a
    product's name) or by a link in running text."""
    opens_with_picture = False
    for descendant in node.traverse(include_text=True):
        tag = descendant.tag
        if tag == "img":
            opens_with_picture = True
            break
        if tag == "-text" and (descendant.text_content or "").strip():
            return False
    if not opens_with_picture:
        return False
    # Counted in characters without white space: a card's links abut ("Ilhan OmarHillicon").
    links = [_letters(link) for link in node.css("a")]
    if sum(1 for letters in links if letters) < _MIN_LINKS:
        return False
    letters = _letters(node)
    if letters != sum(links):
        return False  # words of its own: a sentence with a picture and links in it
    paragraph = node.parent
    while paragraph is not None and paragraph.tag != "p":
        paragraph = paragraph.parent
    return paragraph is not None and _letters(paragraph) > letters


def _letters(node: LexborNode) -> int:
    return sum(map(len, node.text(deep=True).split()))
