"""A listing's item bylines: each card's linked writer names beside the item's date."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.teasers import is_link_line
from newswire.pipeline.html.walk import HEADINGS, Block
from newswire.pipeline.month_names import MONTHS

# A listing's cards (a blog's front, a news index, a magazine's archive) sign each item under
# its linked heading: the writers' names, links to their pages, then the item's date ("Man
# Yue Mo & Peter Stöckli · March 6, 2026", "Renato Losio" over "on Mar 08", "By Logan Jones"
# over "Dec 17, 2025"). The truths of such pages keep each item's byline with its title and
# teaser, but a byline is mostly link, so the link-list filter of a story standing alone
# dropped the names and kept only the dates (or the whole line when the names outweigh the
# date). A card's byline is told by its shape, not by its class names (hashed on some
# sites): a short link line after a linked heading (the item's title; before the next one),
# dated with a day of a month itself or by the short unlinked line right after it, in at least
# _MIN_CARDS cards of the page. A menu's or a tag strip's links carry no date; a "recent
# posts" list's dated titles follow no linked heading of their own. A month with its year
# alone is no item's date (an image credit's "from the October 2024 review": an article -0.006
# before the day was asked), nor is a heading of a name's few words an item's title (a
# forum's linked author over its linked "Posted August 26": names hashed, half A forum
# threads -0.019 and -0.029 before the headline's words were asked). Half B all types
# 0.912371 -> 0.912427 (a blog front +0.040), half A 0.901786 -> 0.901801 (a news index
# +0.012); articles and ScrapingHub unchanged; names hashed (with word_breaks' icons), A
# 0.883043 -> 0.883055, B 0.892759 -> 0.892829. One pass over the blocks, no tree walk.
_LINE_CHARS: Final = 80
_DATE_CHARS: Final = 40
_MIN_CARDS: Final = 3
# More words than a person's name ("Mary Ann de la Cruz" is five): a headline.
_TITLE_WORDS: Final = 5
_PUNCTUATION: Final = ".,·|-–—()"


def card_bylines(blocks: list[Block]) -> set[int]:
    """The ids of ``blocks`` that are listed items' bylines (see above)."""
    found: list[int] = []
    titled = False
    for index, block in enumerate(blocks):
        if block.tag in HEADINGS:
            # The item's title: a heading that is a link (an unlinked one heads a section) and
            # a headline's words, not a name's (a forum post's linked author heading over its
            # linked "Posted August 26": the thread's truths leave such dates out).
            titled = (
                2 * block.link_chars > len(block.text)
                and len(block.text.split(None, _TITLE_WORDS)) > _TITLE_WORDS
            )
            continue
        if not titled or len(block.text) > _LINE_CHARS or not is_link_line(block):
            continue
        if _month_dated(block.text) or (index + 1 < len(blocks) and _date_line(blocks[index + 1])):
            found.append(id(block))
            titled = False
    return set(found) if len(found) >= _MIN_CARDS else set()


def _date_line(block: Block) -> bool:
    """``block`` is a short unlinked line dated with a month's name ("on Mar 08")."""
    return (
        block.tag not in HEADINGS
        and len(block.text) <= _DATE_CHARS
        and not block.link_chars
        and _month_dated(block.text)
    )


def _month_dated(text: str) -> bool:
    """``text`` names a day of a month ("March 6, 2026", "Mar 08", "6 March"): not a month
    and its year alone (an image's "from the October 2024 review" credit)."""
    if not any(char.isdigit() for char in text):
        return False
    words = [word.strip(_PUNCTUATION).casefold() for word in text.split()]
    return any(
        word in MONTHS
        and any(_day(words[at]) for at in (index - 1, index + 1) if 0 <= at < len(words))
        for index, word in enumerate(words)
    )


def _day(word: str) -> bool:
    """``word`` is a day of the month in figures ("6", "08", "21st")."""
    digits = word.removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    return 0 < len(digits) <= 2 and digits.isdigit()
