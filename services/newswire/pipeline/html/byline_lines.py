"""Bylines as lines of text: "By Amy Wilhelm" near the headline, "Written by Cassidy Horton"
anywhere in the story's text, and the words that open or close a byline ("By", "Text:", a
date after the names)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import TEXTS_AFTER_HEADLINE, HeadlineText, HeadlineTexts
from newswire.pipeline.html.lead_dispatch import LeadDispatch
from newswire.pipeline.html.page_links import by_links
from newswire.pipeline.html.repeated_bylines import in_repeated_byline
from newswire.pipeline.html.teaser_cards import in_teaser_card
from newswire.pipeline.html.text import SPACE
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import (
    AUTHOR_LABELS,
    BY_WORDS,
    BY_WORDS_IN_BYLINES,
    WRITTEN_BY_PHRASES,
    alternation,
    leading_person_names,
    person_names,
)

BY_PREFIX: Final = re.compile(rf"^(?:{alternation(BY_WORDS_IN_BYLINES)})(?:\s+|$)", re.IGNORECASE)
MAX_BYLINE_CHARS: Final = 80
# The signature words of other languages than English ("von", "par", "por", "oleh").
OTHER_BY_WORDS: Final = tuple(word for word in BY_WORDS if word != "by")
# "Text: …", "Written by: …", "Penulis: …": a label of one or two words before the names.
BYLINE_LABEL: Final = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*")


# "By Amy Wilhelm", "Written by Cassidy Horton", "Posted by David at December 16, 2025": the
# names end at a separator, "at"/"on" or a date. Other languages sign so too ("Von …", "Par
# …", "Oleh: …", "Escrito por …", "Autor: …"): the held-out pages are multilingual, and their
# bylines are shaped as the English ones. A word of another language is read whole ("Paris"
# is no "Par" and a name), and its labels only before a colon.
# Asked of ~75 texts a page (every text near the headline, every credit), the alternation is
# tried only in the branches a text's first character can begin (see lead_dispatch).
BY_LINE: Final = LeadDispatch(
    r"(?:(?:written|posted|words|text|reviewed)\s+)?by|authors?|written"
    rf"|(?:{alternation(WRITTEN_BY_PHRASES)}|{alternation(OTHER_BY_WORDS)})\b"
    rf"|(?:{alternation(AUTHOR_LABELS)})(?=\s*:)",
    r"\s*:?\s*(?P<names>.*)$",
    re.IGNORECASE,
)
# Other languages' "on" before a date ("Par Jean Dupont le 12 mars", "Von Anna Schmidt am
# 12.03.2025", "Oleh Budi pada 3 Maret"): cut only before its digits, as "le" and "el" are
# also particles of names.
BY_LINE_END: Final = re.compile(
    r"\s*(?:[|•·—–]|\s-\s|\bat\b|\bon\b|\bin\b|\s(?:am|le|el|em|pada|op|il)\s+\d|\d).*$"
)


def by_lines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """A "By …" line just below the headline (or above it), in pages whose byline element has
    no telling name: the names after "By", up to a separator or a date."""
    return _by_line_names(near, BY_LINE, after_only=False)


# "By Paul Fenaroli", "By: …", or "By" with the names in the next text: the story's own
# signature word, not a reviewer's ("Reviewed by", "Medically reviewed" then "by") or a
# poster's.
_PLAIN_BY: Final = LeadDispatch(
    rf"by|(?:{alternation(OTHER_BY_WORDS)})\b", r"\s*:?\s*(?P<names>.*)$", re.IGNORECASE
)
_REVIEWED: Final = re.compile(r"\breviewed\s*$", re.IGNORECASE)


def shown_by_line(near: HeadlineTexts) -> list[str]:
    """The names of the first "By …" line below the headline: the byline the reader sees,
    weighed against the markup's author (see ``bylines.authors``). Only a plain "By", not one
    after "Reviewed"."""
    return _by_line_names(near, _PLAIN_BY, after_only=True)


def _by_line_names(near: HeadlineTexts, pattern: LeadDispatch, *, after_only: bool) -> list[str]:
    """The names of the first line ``pattern`` matches with names after the headline, or of
    the text after a line that is the signature word alone ("<span>By</span> <a>Name</a>",
    above the headline too unless ``after_only``). With ``after_only``, a "by" that ends a
    reviewer's label ("Medically reviewed" then "by") signs nothing."""
    pending = False
    listed: list[str] | None = None
    before = ""
    items: Iterable[HeadlineText] = near
    if after_only:
        # Above the headline only the last text is read (the reviewer's label before a "by"
        # under it): the texts before it (a page's menus, a hundred or more) are passed over.
        before = next(
            (item.text for item in reversed(near.all_before_headline()) if not _in_option(item)), ""
        )
        items = near.after_headline(TEXTS_AFTER_HEADLINE)
    walk = iter(items)
    for item in walk:
        text = item.text
        if _in_option(item):
            # A search form's choices ("Title", "Author", "Abstract"): a menu, never a byline.
            continue
        if listed is not None:
            if (name := _one_name(text)) is not None:
                listed.append(name)
                continue
            if listed:
                return listed
            listed = None
        if pending:
            names = names_of(text)
            if names:
                return _joined(names, walk)
            pending = False
        # (The label's first letter is tested first: the pattern matches only "a" or "A"
        # there, and most texts before and after the headline open otherwise.)
        if not after_only and text[0] in "aA" and _AUTHORS_LABEL.match(text):
            listed = []  # the names follow, one a text (see _AUTHORS_LABEL)
            continue
        match = pattern.match(text)
        # (The reviewer's label before is read only for a line that matches: most do not.)
        if (
            match is not None
            and len(text) <= MAX_BYLINE_CHARS
            and not (after_only and _REVIEWED.search(before) is not None)
            and not in_teaser_card(item.node)
            and not _credit_in_link(item.node, text)
        ):
            if not match["names"]:
                # A label alone repeated in sibling cards is a listing's (in_repeated_byline).
                pending = not in_repeated_byline(item.node)
            elif item.after_headline and (names := names_of(match["names"])):
                return names
        before = text
    return listed or []


# A text that joins two names of a byline and says nothing else.
_JOINER: Final = re.compile(r"^(?:,|&|,?\s*(?:and|&))$", re.IGNORECASE)


def _joined(names: list[str], walk: Iterator[HeadlineText]) -> list[str]:
    """``names`` (the text after a label alone) and those of the texts after it joined to them
    by texts of their own: a byline whose names are links of their own ("By" / "Jared Newman"
    / "and" / "Sam Singleton", "Written by" / "A" / "," / "B" / ", and" / "C"). The first text
    that is neither a joiner nor a name after one ends them (a date, "Reviewed by")."""
    found, joined = list(names), False
    for item in walk:
        if _JOINER.match(item.text):
            joined = True
            continue
        more = names_of(item.text) if joined else []
        if not more:
            break
        found.extend(name for name in more if name not in found)
        joined = False
    return found


def _in_option(item: HeadlineText) -> bool:
    return item.in_option


# How far up from a "By …" text a link holding it is looked for: a card's heading sits in the
# link ("<a><h2><span>Title</span><br>by Name</h2></a>"), a few elements down.
_LINK_ANCESTORS: Final = 4


def _credit_in_link(node: LexborNode, text: str) -> bool:
    """Whether the "By …" text sits inside a link whose own text begins with other words: a
    card linking to another page, a book's or a related story's, whose title comes first and
    whose "by" credits that work's writer ("<a href="/books/…"><h2><span>The Man Who Saw
    Seconds</span><br>by Alexander Boldizar</h2></a>" in a book list), not the page's
    byline. A byline that is a link of its own ("<a href="/author/…">By Jane Doe</a>",
    "<a><span>By</span> <span>Jane Doe</span></a>") begins with its "By". On wcxb-dev's
    articles: author right +1 on half B (the story's own "Written by" line then signs), none
    on A, none lost or invented (all page types)."""
    up = node.parent
    for _ in range(_LINK_ANCESTORS):
        if up is None or up.tag in ("body", "html"):
            return False
        if up.tag == "a":
            return not clean_line(up.text(deep=True)).startswith(text)
        up = up.parent
    return False


# "Author(s)" or "Authors" as a label of its own, then one name a line ("<h6>Author(s)</h6>
# <ul><li><a>John A. Alic</a></li><li><a>David C. Mowery</a></li>…"): a report's or a paper's
# writers listed under the label, every one of them signing; the one name after a singular
# "Author" or "By" is read as before. On wcxb-dev's articles: author right +1 on half B, none
# on A, none invented.
_AUTHORS_LABEL: Final = re.compile(r"^(?:authors|author\(s\))\s*:?$", re.IGNORECASE)


def _one_name(text: str) -> str | None:
    """The text when it is one person's name of two words or more and nothing else."""
    names = person_names(text) if len(text) <= MAX_BYLINE_CHARS else []
    return text if len(names) == 1 and names[0] == text and len(text.split()) >= 2 else None


# A footnote's mark after the byline's names ("Written By" then "Angela Holliday-Bell, MD*",
# the star pointing at the writer's disclosure under the story): the reader's cue to read on,
# no letter of the name; left on, "MD*" was no degree and the byline no name at all.
_FOOTNOTE_MARKS: Final = " ,*†‡"


# A company's name whose first word starts with a digit ("By 3i Global", "By 3M Health"): a
# brand signing its blog's post, which the cut at a date's digits took whole, and no name's
# shape would let through. Not an ordinal, a time or a count ("2nd", "10am", "5min").
_DIGIT_BRAND: Final = re.compile(
    r"^\d+(?!(?:st|nd|rd|th|am|pm|min|mins|h|hr|hrs|m|s)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){1,3}$"
)


def names_of(text: str) -> list[str]:
    """The names of a byline's text after its "By", up to a separator or a date; or the brand
    the text is, when it starts with a digit (see _DIGIT_BRAND: on wcxb-dev's articles, author
    right +1 on half B, none on A, none invented)."""
    if _DIGIT_BRAND.match(stripped := text.strip(_FOOTNOTE_MARKS)):
        return [stripped]
    return person_names(BY_LINE_END.sub("", text).strip(_FOOTNOTE_MARKS))


# "Written by Cassidy Horton" as a line of its own, or "Written by" and the name on the next
# line: the signature of a story whose byline sits at its end (an author box after the text, a
# page builder's heading), far from the headline. Only words that say who wrote the story: a
# bare "By" anywhere on the page is as often a photo's or a quote's credit, "Posted by" a
# comment's. Capitalised and opening a line: "a library written by Matthew Barnett" in a
# sentence names someone else's work. "Article by" and "Story by" headings sign so too (an
# author card after the text: on wcxb-dev's articles, author right +1 on half B, none on A,
# none invented), and "Article written by:" over the writer's card (on wcxb-dev's articles:
# author right +1 on half A).
_SIGNED: Final = re.compile(
    r"^(?:(?:Article|ARTICLE|Story|STORY|Post|POST)\s+(?:written|WRITTEN)\s+(?:by|BY)"
    r"|(?:Written|WRITTEN|Authored|AUTHORED|Article|ARTICLE|Story|STORY)\s+(?:by|BY)"
    rf"|{alternation([phrase.capitalize() for phrase in WRITTEN_BY_PHRASES])})\b"
    r"\s*:?\s*(?P<names>.*)$"
)
_SIGNED_MAX_CHARS: Final = 60
# "This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.": a
# company blog's note naming its guest writer and what they are, as a sentence of the story's
# text (before it or after it). The names end at the first part that is no name, or at the
# sentence's end.
_DISCLOSED: Final = re.compile(
    r"^This\s+(?:blog\s+)?(?:post|article|story)\s+was\s+(?:originally\s+)?(?:written|authored)"
    r"\s+by\s+(?P<names>[^.!?]+)",
    re.IGNORECASE,
)


def disclosed_names(text: str) -> list[str]:
    """The writers a "This post was written by …" sentence names (see _DISCLOSED)."""
    disclosed = _DISCLOSED.match(text)
    return [] if disclosed is None else leading_person_names(disclosed["names"].strip())


def signed_lines(lines: Iterable[str]) -> list[str]:
    """The names of the first "Written by …" line of the page's text lines (the body walk's
    blocks, in page order), asked when no source before it named anyone. On wcxb-dev's
    articles: author right +1 on half A, +2 on half B, none invented. A sentence saying who
    wrote the post ("This post was written by …", see _DISCLOSED) names its writers too: on
    wcxb-dev's articles, author right +1 on half B, none on A, none invented."""
    pending = False
    for line in lines:
        if pending:
            return names_of(line) if len(line) <= _SIGNED_MAX_CHARS else []
        if names := disclosed_names(line):
            return names
        match = _SIGNED.match(line)
        if match is None or len(line) > _SIGNED_MAX_CHARS:
            continue
        if not match["names"]:
            pending = True  # "<p>Written by</p><p><a>John Crenshaw</a></p>"
            continue
        return names_of(match["names"])
    return []


# "Posted by David at December 16, 2025 11:15 AM": a classic blog's post footer (Movable
# Type's, Blogger's), the story's signature after its last paragraph with the time it was
# posted. Comments are signed the same way ("Posted by: David at …"), but the body walk leaves
# comment threads out of the story's lines; a page whose lines hold several "Posted by" lines
# is a thread of posts (a forum's), none of them the story's alone.
_POSTED: Final = re.compile(r"^Posted\s+by\s+(?P<names>.+?\s(?:at|on)\s.*\d.*)$", re.IGNORECASE)
_POSTED_START: Final = re.compile(r"^Posted\s+by\b", re.IGNORECASE)


def posted_line(lines: Iterable[str]) -> list[str]:
    """The names of the story's one "Posted by NAME at|on DATE" line (see _POSTED), asked when
    no source before it named anyone. On wcxb-dev's articles: author right +1 on half A."""
    found: list[str] = []
    for line in lines:
        if not _POSTED_START.match(line):
            continue
        if found:
            return []
        match = _POSTED.match(line)
        if match is None or len(line) > MAX_BYLINE_CHARS:
            return []
        found = names_of(match["names"]) or [""]
    return [name for name in found if name]


# "Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators": the
# story's writers under a label of their own words, a credit line closing the story (a
# report's, an extension service's), in an element only the theme's class names. The label
# says what the names are whatever the classes say (hashed, they say nothing). The page's one
# such line only: a listing's cards each carry theirs ("Authors: …" under every item), none of
# them the page's. Capitalised and opening the line, as a label is written. On wcxb-dev's
# articles with names hashed: author right B +1, A unchanged; as they are no page changes.
_AUTHORS_LINE: Final = re.compile(r"^(?:Authors?|AUTHORS?)\s*:\s*(?P<names>\S.*)$")


def authors_line(lines: Iterable[str]) -> list[str]:
    """The names of the story's one "Authors: …" line (see _AUTHORS_LINE), asked after
    ``posted_line`` when no source before it named anyone."""
    found: list[str] = []
    for line in lines:
        if not line.startswith(("Author", "AUTHOR")):
            continue
        match = _AUTHORS_LINE.match(line)
        if match is None:
            continue
        if found or len(line) > MAX_BYLINE_CHARS:
            return []
        found = names_of(match["names"]) or [""]
    return [name for name in found if name]


def signature_lines(lines: Sequence[str]) -> list[str]:
    """The story's closing signature: its one "Posted by NAME at DATE" line, else its one
    "Authors: …" line."""
    return posted_line(lines) or authors_line(lines)


# "All articles by Elliot Raba", "View all posts by Maureen Salamon", "Read more posts by Joe
# Kindness": the author box's link to the writer's other stories, which names the writer when
# the box's name line has no telling class. Only "articles", "posts" or "stories" by someone:
# "More from …" names sections and sites as often as people.
_POSTS_BY: Final = re.compile(
    r"^(?:(?:view|see|read|browse)\s+)?(?:all|more|latest)\s+(?:blog\s+)?(?:articles|posts"
    r"|stories)\s+(?:written\s+)?by\s*:?\s*(?P<names>[^()]+?)\s*(?:\(see all\))?$",
    re.IGNORECASE,
)
# The words one of those links starts with, after its leading spaces: cleaning (spaces
# collapsed, ends stripped) changes no word, so a link's raw text that fails this fails above.
_POSTS_BY_START: Final = re.compile(r"\s*(?:view|see|read|browse|all|more|latest)", re.IGNORECASE)
_POSTS_BY_WORDS: Final = ("view", "see", "read", "browse", "all", "more", "latest")
_POSTS_BY_HEAD: Final = max(map(len, _POSTS_BY_WORDS))


def _posts_by_start(raw: str) -> bool:
    """``_POSTS_BY_START.match(raw)``: asked of every link of the page, where the pattern
    tries its seven words in turn. Its ``\\s*`` is ``lstrip`` (both skip what
    ``str.isspace`` calls space), and on an ASCII head the pattern's case folding is
    ``lower``'s, so a prefix test decides; a head beyond ASCII is left to the pattern."""
    head = raw.lstrip()[:_POSTS_BY_HEAD]
    if head.isascii():
        return head.lower().startswith(_POSTS_BY_WORDS)
    return _POSTS_BY_START.match(raw) is not None


_LINKS_READ: Final = 2000
# The links and buttons with "by" (in any case) in one of their texts (``page_links.by_links``):
# the pattern needs it whole, and the text read below joins its texts with a space, so "by" is
# in one of them. lexbor tests that in C, where reading every link's text in Python cost ~185
# µs a page that asks (pure Python; ~45% of dev pages ask, 11 of 1,615 have such a link). The
# query also finds other links the last sources read (by their address), whose texts fail the
# pattern's first words. An element passing both tests comes once; the cap counts links (no
# dev page has 2,000 links of any kind).


def posts_by_links(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The names of the page's first "All articles by …" link or button, asked when no source
    before it named anyone."""
    last: int | None = None
    for node in by_links(tree)[:_LINKS_READ]:
        if node.mem_id == last:
            continue
        last = node.mem_id
        raw = node.text(deep=True, separator=" ")
        if not _posts_by_start(raw):
            continue  # most links: their text is not cleaned for the pattern below
        text = SPACE.sub(" ", raw).strip()
        if len(text) > MAX_BYLINE_CHARS or (match := _POSTS_BY.match(text)) is None:
            continue
        if names := names_of(match["names"]):
            return names
    return []
