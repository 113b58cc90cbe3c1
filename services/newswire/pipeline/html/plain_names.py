"""What an element's class and id say about it: a verdict (``name_verdict``), and whether the
walk keeps the element by them alone, without ``is_junk``'s steps (``kept_by_names``). Both
read the same marks of the names' tokens, so the two cannot drift apart."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.fine_print import FINE_PRINT_WORD, fine_print
from newswire.pipeline.html.names import SHOWN_AT_BREAKPOINT, Verdict, token_parts, token_verdict
from newswire.pipeline.html.sales_boxes import cta_in
from newswire.pipeline.html.screen_reader import names_say_nothing

# What a run of names (a class attribute, an id) holds, as bits: what ``name_verdict`` of
# the class and id joined reads of each token, so that the two are judged apart and joined.
_POSITIVE: Final = 1
_NEGATIVE: Final = 2  # a furniture token other than a bare "hidden"
_WEAK: Final = 4
_BARE_HIDDEN: Final = 8  # a bare "hidden": furniture unless a token shows it at a breakpoint
_SHOWN: Final = 16  # a breakpoint's display class ("md:block")
# "fixed", "vatar", "cta", "card__info" or "obile" in the text: a pinned box, an avatar, a sales
# box, a card's copy of its name (``hiding_classes.media_card_copy``), a block's phone copy
# (``hiding_classes.mobile_twin``)
_ASKED: Final = 32
_FINE_PRINT: Final = 64  # a token naming a fine-print note (``fine_print``)

# A legal note's box (a fund's performance footnotes and risk statements, a shop's "prices
# include VAT" line, a spec sheet's "* images are for illustration" notes) is named for what
# it is in one token, often as a modifier of a generic component ("cmp-richtext--disclaimer"
# beside "richtext text") or between a block and its element ("fx-price-disclaimer__text"):
# the token is furniture by itself (``names.token_verdict``), but a story word on a sibling
# token ("text") rescued the element. The note is never the page's text however its
# component is named, so the mark outranks every story word. (The dates read the notes apart,
# ``stated_origin.fine_print_notes``: a "first published on" statement may sit in one.)


def _marks(names: str) -> int:
    asked = "fixed" in names or "vatar" in names or "card__info" in names or "obile" in names
    asked = asked or cta_in(names)
    marks = _ASKED if asked else 0
    if _fine_print(names):
        marks |= _FINE_PRINT
    for token in names.split():
        marks |= _token_marks(token)
    return marks


# The caches below are plain dicts, not ``functools.lru_cache``: read by the compiled walk on
# almost every element, a dict lookup costs a fraction of a call through the lru's wrapper
# (~1% of a page). The service runs for weeks, so each stays bounded: emptied when it reaches
# the lru's size. The answers are pure functions of the names, so emptying changes none, and
# a site repeats its class names from page to page: an emptied cache refills from the next
# pages at the cost of one verdict per name, where an lru would have evicted the oldest.
_TOKEN_MARKS_MAX: Final = 16384
_VERDICTS_MAX: Final = 8192
_CLASS_MARKS_MAX: Final = 8192
_token_marks_cache: Final[dict[str, int]] = {}
_verdicts: Final[dict[str, Verdict]] = {}
_class_marks_cache: Final[dict[str, int]] = {}


# A class attribute new to the cache (~60% of ``kept_by_names``' time) is mostly tokens seen
# in other class attributes ("container", "col-md-6", "btn"): each token's marks are cached
# alone, so a new combination reads its tokens' verdicts instead of working them out again.
def _token_marks(token: str) -> int:
    marks = _token_marks_cache.get(token)
    if marks is None:
        if len(_token_marks_cache) >= _TOKEN_MARKS_MAX:
            _token_marks_cache.clear()
        marks = _token_marks_cache[token] = _new_token_marks(token)
    return marks


def _new_token_marks(token: str) -> int:
    verdict, bare_hidden = token_verdict(token)
    marks = 0
    if bare_hidden:
        marks = _BARE_HIDDEN
    # A verdict's mark by identity, not from a dict keyed on the verdicts: hashing an Enum
    # member calls ``Enum.__hash__``, interpreted even in the compiled build.
    elif verdict is Verdict.POSITIVE:
        marks = _POSITIVE
    elif verdict is Verdict.NEGATIVE:
        marks = _NEGATIVE
    elif verdict is Verdict.WEAK:
        marks = _WEAK
    # The pattern needs a breakpoint's colon: most tokens have none, and are not searched.
    if ":" in token and SHOWN_AT_BREAKPOINT.search(token):
        marks |= _SHOWN
    return marks


def _fine_print(names: str) -> bool:
    # Most names hold no such word, and their tokens are not split again.
    return FINE_PRINT_WORD in names.lower() and any(
        fine_print(token_parts(token)) for token in names.split()
    )


def name_verdict(names: str) -> Verdict:
    """What an element's class and id say about it; pages repeat their names, hence the cache."""
    verdict = _verdicts.get(names)
    if verdict is None:
        if len(_verdicts) >= _VERDICTS_MAX:
            _verdicts.clear()
        verdict = _verdicts[names] = _new_verdict(names)
    return verdict


def _new_verdict(names: str) -> Verdict:
    """``name_verdict`` worked out.

    A token's verdict comes from its whole and its first and last parts, the places where
    BEM-style names keep the block and the element ("ap-story-byline" is a byline, not a
    story; "comment-content" a comment). One story-naming token rescues the element; a bare
    "hidden" is furniture unless a breakpoint's display class beside it shows the element.
    """
    marks = _marks(names)
    if marks & _FINE_PRINT:
        return Verdict.NEGATIVE
    if marks & _POSITIVE:
        return Verdict.POSITIVE
    if marks & _NEGATIVE or (marks & _BARE_HIDDEN and not marks & _SHOWN):
        return Verdict.NEGATIVE
    return Verdict.WEAK if marks & _WEAK else Verdict.NEUTRAL


# A page repeats its class attributes from element to element (a menu's every item, a grid's
# every card), but its ids are each element's own ("post-4721", "comment-88"): a cache keyed
# on the two joined missed on every element with an id (~70 a page, each a new verdict of
# all its class tokens); the class's marks are cached alone, and an id's read each time.
def _class_marks(classes: str) -> int:
    marks = _class_marks_cache.get(classes)
    if marks is None:
        if len(_class_marks_cache) >= _CLASS_MARKS_MAX:
            _class_marks_cache.clear()
        marks = _class_marks_cache[classes] = _marks(classes)
    return marks


def kept_by_names(classes: str, ident: str, tag: str) -> bool:
    """``is_junk``'s answer is False, whatever the element holds, for an element (of ``tag``)
    not of DROP_TAGS whose judged attributes are its class and id alone, with these ``classes``
    and id (``ident``), on a walk that reads names (``by_name``): the names, joined as
    ``is_junk`` joins them, are none, or neither pinned nor an avatar's and of a story or
    neutral by ``name_verdict``. False: the answer depends on the element (a pinned box, a
    furniture or weak name, an avatar's initials), and ``is_junk`` is asked. The walk asks
    this instead of the rules' steps (~350 calls of ``is_junk`` a page, ~250 of them kept
    so)."""
    if "-" in tag:
        return False  # a custom element: its tag may name it (``component_names``)
    marks = _class_marks(classes) | _marks(ident) if ident else _class_marks(classes)
    if marks & (_ASKED | _FINE_PRINT):
        return False
    if marks & _POSITIVE:
        return True
    if marks & _BARE_HIDDEN and not marks & _SHOWN:
        return False
    # A span or <dl> whose names say nothing (hashed) may be a price's label or a card's fields
    # for screen readers (see ``screen_reader.unseen_reading``): its shape is asked instead.
    # These tags alone: no other element's answer depends on it, and asking every nameless
    # <div> costs ~1% a page.
    return not marks & (_NEGATIVE | _WEAK) and not (
        tag in ("span", "dl") and not marks and names_say_nothing(classes)
    )
