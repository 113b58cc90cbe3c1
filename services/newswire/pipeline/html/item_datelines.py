"""A listing's item date lines: each item's date, which the name rules take for a story's
byline furniture."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.names import TOKEN_PARTS
from newswire.pipeline.month_names import MONTHS

# A listing (a blog's index, a news topic page, a publisher's archive) shows each item as a
# card: its headline, its teaser, and its date (often with its author or source) in a small
# element named "date", "published", "author-area--date". On a story's page such names mark
# the byline box that the metadata gives, but in a listing's item they are the item's own
# text, and the ground truth of such pages keeps them ("Allocating on the Stack, 27 February
# 2026, Keith Randall"; "11/19/2025 | FutureEd" under each news item). So on a page that says
# neither that it is a story nor a thread, an element dropped by such a name is kept when it
# is a short dated line (at most _LINE_CHARS, a digit and a letter: not a bare number) and
# lies within _CARD_DEPTH levels inside one of a run of at least _MIN_CARDS sibling elements
# of one tag and first class name, none holding the page's <h1>: a listing's item cards.
# Half A all types 0.885578 -> 0.885672 (listing 0.79093 -> 0.79258: a blog index +0.071, a
# news list +0.005; a product page's dated review cards -0.001), half B 0.892014 ->
# 0.892062 (forum 0.86578 -> 0.86611: a thread's post dates +0.029 / -0.010; product +0.014,
# a Drupal spec row whose state class is "paragraph-published"); articles (A 0.968965,
# B 0.958498), metadata and ScrapingHub (word F1 0.98672) unchanged; cost_ab 1.002.
# (Without the dated-line test, author lines too: half A listing +0.0036 but half B listing
# -0.0007, a review card's "This review is posted in ..." line named "blog-result-author";
# dates in figures alone: half A articles -0.0001, a hero's "08/12/2021" rows.)
# Session 56: the line is measured as shown (the markup's indents between the author's and the
# date's elements made a 22-character "Renato Losio on Mar 08" count 200), a card's "footer"
# that holds it is the same line, the card may sit up to 6 levels above it (a design system's
# card: content > data > footer > details > date), and the item's author, named apart from
# the date beside it, is kept when the element around both is that dated line ("<div
# class=card__details><div class=authors>Renato Losio</div><span class=date>on Mar 08</span>
# </div>"); not an element with a digit of its own (a price, a date in figures). Half B
# listing 0.761375 -> 0.764062 (a tech news index's cards +0.145; a news front page's authors
# glued to their dates -0.003), forum 0.899866 -> 0.899576 (a thread not marked up as one: its
# post dates, as shown, now short enough, -0.017), product +0.004 on one page; all types
# 0.904111 -> 0.904293. Half A listing 0.808926 -> 0.810753 (a blog index's item lines
# +0.052, a job board's "8d" ages +0.033), collection 0.767478 -> 0.771131 (a marketplace's
# grid, its cards' footers kept, is the region: recall 0.55 -> 0.86), all types 0.896001 ->
# 0.896381. Articles, ScrapingHub (0.987278) and names hashed (A 0.873783, B 0.882307)
# unchanged.
# Session 58: a card may close on a <footer> tag (not a class) holding that line, dropped by
# its tag before (``junk``); co-writers' links grouped in one element beside the date are
# the item's authors (the dated line is up to three elements above the name, each without a
# digit: the names' group, not a price); the card is looked for from the line up to 8 levels
# (a blog front's feed: li > item > article > columns > footer > line). Half A all types
# 0.899903 -> 0.899919 (a marketplace grid +0.010), half B 0.906679 -> 0.906678 (a news
# front's card date -0.0004), articles and ScrapingHub unchanged. (Also "meta" as an item
# word: a news front's bylines back, but a community front -0.22 and forum threads +-0.08:
# dropped.) A listing's head may say it is a story (a blog front declaring a BlogPosting, a
# section front whose og:type is "article": a fifth of wcxb-dev's listings), and the rule
# was off there. Now on such a page a card's line is kept when a month's name dates it (not
# an address's or a price's digits: a restaurant guide's card footers), the card heads its
# item with a link (a teaser; the story's own header groups do not), and no card of its run
# holds the <h1> (a headline's section, then its byline's). Half B listing 0.7713 -> 0.7723
# (a blog front +0.066, a course catalogue's "Registration deadline Apr 15" lines -0.028),
# all types 0.906678 -> 0.906732, articles 0.963236 -> 0.963234 (a notes index labelled an
# article: its first note's "/ Dec 2025" -0.0008); half A and ScrapingHub unchanged.
# (Without the month, link and run tests: half A articles -0.0001, addresses and bylines.)
_ITEM_WORDS: Final = frozenset(
    {
        "date",
        "dateline",
        "time",
        "timestamp",
        "published",
        "pubdate",
        "byline",
        "author",
        "authors",
        "footer",
    }
)
# The words of ``_ITEM_WORDS`` that hold no other of them: one of these is in any names that
# hold one of the words.
_ITEM_KEYS: Final = ("date", "time", "published", "byline", "author", "footer")
_LINE_CHARS: Final = 80
_CARD_DEPTH: Final = 8
_MIN_CARDS: Final = 3


def item_dateline(node: LexborNode, names: str, holds: Holds, story_page: bool = False) -> bool:
    """``node``, named ``names`` and judged furniture by them, is an item's date or author
    line in a listing's run of cards (see above); on a page that says it is a story
    (``story_page``), only a line dated with a month's name. ``holds``: the walk's test of
    what an element holds, which tells a card holding the <h1> from the page's <h1>s (a set
    of their ancestors, made once) instead of a search of each card's subtree."""
    # A part that is one of the words leaves that word in the lowered names: most names the
    # walk judges furniture hold none ("sidebar", "share-tools"), known by substring tests
    # before the names are split into parts.
    lowered = names.lower()
    if all(word not in lowered for word in _ITEM_KEYS) or _ITEM_WORDS.isdisjoint(
        part.lower() for token in names.split() for part in TOKEN_PARTS.split(token)
    ):
        return False
    # The card is looked for from the element around the item's line: the line itself when
    # ``node`` is the author's name inside it.
    line = _item_line(node)
    if line is None or (story_page and not _month_dated(line)):
        return False
    card = node.parent if line is node else line
    for _ in range(_CARD_DEPTH):
        if card is None or card.tag in ("body", "html"):
            return False
        if in_a_run(card):
            # A run of the page's sections whose one holds its <h1> (a story's hero with its
            # date, or the headline's section above the byline's) is no listing's: its items
            # are headed lower.
            # On a page that says it is a story, the card must head its item with a link
            # (a teaser's): the story's own header groups (its byline's, its dates') do not.
            if story_page:
                return not _run_holds_h1(card, holds) and _linked_heading(card)
            return not holds(card, "h1")
        card = card.parent
    return False


def _item_line(node: LexborNode) -> LexborNode | None:
    """``node`` when it is a short dated line, else the line around it when it is the
    author's name beside the date (see ``_author_beside_date``), else None."""
    # An element whose text, as shown, is longer than a line is neither the line nor an
    # author beside one: each element around it shows that text and more (a site's
    # <footer>, whose three levels up are often the whole page's text, built for nothing).
    text = node.text(deep=True)
    shown = _shown_line(text)
    if shown is None:
        return None
    return node if _dated(shown) else _author_beside_date(node, text)


def _linked_heading(card: LexborNode) -> bool:
    """``card`` heads its item with a link (a heading holding one, or held by one)."""
    return card.css_first("h2 a, h3 a, h4 a, a h2, a h3, a h4") is not None


def _run_holds_h1(card: LexborNode, holds: Holds) -> bool:
    """One of ``card``'s siblings of its tag and class (its run, ``card`` included) holds an
    <h1>."""
    parent, name = card.parent, _first_class(card)
    if parent is None:
        return False
    return any(
        sibling.tag == card.tag and _first_class(sibling) == name and holds(sibling, "h1")
        for sibling in parent.iter()
    )


# The most words a line of _LINE_CHARS shows (one-letter words, one space between each).
_LINE_WORDS: Final = (_LINE_CHARS + 1) // 2


def _short_dated(text: str) -> bool:
    """``text``, as shown (its spaces collapsed), is a short line with a date in words."""
    shown = _shown_line(text)
    return shown is not None and _dated(shown)


def _shown_line(text: str) -> str | None:
    """``text`` as shown (its spaces collapsed) when that is at most a line (_LINE_CHARS);
    None when longer. (A text holding another shows at least as many characters: its words
    and the spaces between them.)"""
    # The texts asked include an author's surroundings up to three levels up (a whole
    # listing's): split no further than a short line's words, as more words are a longer line
    # (a split stopped there leaves the rest as its last part, one part too many).
    words = text.split(None, _LINE_WORDS)
    if len(words) > _LINE_WORDS:
        return None
    shown = " ".join(words)
    return shown if len(shown) <= _LINE_CHARS else None


# What ``str.isdigit`` says of some character of a text, without a Python step per character:
# the elements around an author's name can hold a whole listing's text, read up to three
# levels up. ``\d`` finds the decimal digits; isdigit's others (superscripts, circled
# figures) all lie outside ASCII.
_DECIMAL: Final = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    return _DECIMAL.search(text) is not None or (not text.isascii() and any(map(str.isdigit, text)))


def _author_beside_date(node: LexborNode, text: str) -> LexborNode | None:
    """``node`` (its text ``text``) holds words without a digit (a name, not a price or a date
    in figures) and the element around it is a short dated line: the item's author beside its
    date. That line."""
    if text.isspace() or _has_digit(text):
        return None
    # Co-written items group their writers' links in one element beside the date ("<span>
    # <a class=author>Ria Gopu</a> &amp; <a class=author>David Apirian</a></span> ·
    # <time>"): the dated line is then one level further up.
    for _ in range(3):
        parent = node.parent
        if parent is None:
            return None
        shown = parent.text(deep=True)
        line = _shown_line(shown)
        # An element around a text longer than a line shows a longer one (its words and the
        # spaces between them stay): no element further up is the short line either, and their
        # texts (a whole listing's, up to three levels up) are not built.
        if line is None:
            return None
        if _dated(line):
            return parent
        if _has_digit(shown):
            return None
        node = parent
    return None


def in_a_run(card: LexborNode) -> bool:
    """``card`` is one of at least _MIN_CARDS siblings of its tag and class."""
    parent, name = card.parent, _first_class(card)
    if parent is None:
        return False
    same = 0
    for sibling in parent.iter():
        if sibling.tag == card.tag and _first_class(sibling) == name:
            same += 1
            if same >= _MIN_CARDS:
                return True
    return False


def _first_class(node: LexborNode) -> str:
    """The first token of ``node``'s class: a card's kind, without the post's own id or state
    that some CMSs add after it ("hentry post-691353c8")."""
    names = (node.attributes.get("class") or "").split()
    return names[0] if names else ""


def _month_dated(line: LexborNode) -> bool:
    """``line``'s text names a month beside its digits ("March 5, 2026", "Mar 08")."""
    return any(word.strip(".,").casefold() in MONTHS for word in line.text(deep=True).split())


def _dated(text: str) -> bool:
    """``text`` holds a date in words: a digit and a letter ("27 February 2026", "Mar 08"),
    not a number alone nor a date in figures alone ("08/12/2021", which the truths leave
    out as they leave out a thread's date lines)."""
    return any(char.isdigit() for char in text) and any(char.isalpha() for char in text)
