"""Bylines as lines of text: "By Amy Wilhelm" near the headline, "Written by Cassidy Horton"
anywhere in the story's text, and the words that open or close a byline ("By", "Text:", a
date after the names)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineText, HeadlineTexts
from newswire.pipeline.html.people import job_titles_only
from newswire.pipeline.html.placement import in_teaser_card
from newswire.pipeline.html.text import SPACE, fold, has_digit
from newswire.pipeline.vocabulary import (
    AUTHOR_LABELS,
    BY_WORDS,
    BY_WORDS_IN_BYLINES,
    WRITTEN_BY_PHRASES,
    alternation,
    leading_person_names,
    person_names,
)

BY_PREFIX = re.compile(rf"^(?:{alternation(BY_WORDS_IN_BYLINES)})(?:\s+|$)", re.IGNORECASE)
MAX_BYLINE_CHARS = 80
# The signature words of other languages than English ("von", "par", "por", "oleh").
OTHER_BY_WORDS = tuple(word for word in BY_WORDS if word != "by")
# "Text: …", "Written by: …", "Penulis: …": a label of one or two words before the names.
BYLINE_LABEL = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*")


# "By Amy Wilhelm", "Written by Cassidy Horton", "Posted by David at December 16, 2025": the
# names end at a separator, "at"/"on" or a date. Other languages sign so too ("Von …", "Par
# …", "Oleh: …", "Escrito por …", "Autor: …"): the held-out pages are multilingual, and their
# bylines are shaped as the English ones. A word of another language is read whole ("Paris"
# is no "Par" and a name), and its labels only before a colon.
BY_LINE = re.compile(
    r"^(?:(?:(?:written|posted|words|text|reviewed)\s+)?by|authors?|written"
    rf"|(?:{alternation(WRITTEN_BY_PHRASES)}|{alternation(OTHER_BY_WORDS)})\b"
    rf"|(?:{alternation(AUTHOR_LABELS)})(?=\s*:))\s*:?\s*(?P<names>.*)$",
    re.IGNORECASE,
)
# Other languages' "on" before a date ("Par Jean Dupont le 12 mars", "Von Anna Schmidt am
# 12.03.2025", "Oleh Budi pada 3 Maret"): cut only before its digits, as "le" and "el" are
# also particles of names.
_BY_LINE_END = re.compile(
    r"\s*(?:[|•·—–]|\s-\s|\bat\b|\bon\b|\bin\b|\s(?:am|le|el|em|pada|op|il)\s+\d|\d).*$"
)


def by_lines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """A "By …" line just below the headline (or above it), in pages whose byline element has
    no telling name: the names after "By", up to a separator or a date."""
    return _by_line_names(near, BY_LINE, after_only=False)


# "By Paul Fenaroli", "By: …", or "By" with the names in the next text: the story's own
# signature word, not a reviewer's ("Reviewed by", "Medically reviewed" then "by") or a
# poster's.
_PLAIN_BY = re.compile(
    rf"^(?:by|(?:{alternation(OTHER_BY_WORDS)})\b)\s*:?\s*(?P<names>.*)$", re.IGNORECASE
)
_REVIEWED = re.compile(r"\breviewed\s*$", re.IGNORECASE)


def shown_by_line(near: HeadlineTexts) -> list[str]:
    """The names of the first "By …" line below the headline: the byline the reader sees,
    weighed against the markup's author (see ``bylines.authors``). Only a plain "By", not one
    after "Reviewed"."""
    return _by_line_names(near, _PLAIN_BY, after_only=True)


def _by_line_names(near: HeadlineTexts, pattern: re.Pattern[str], *, after_only: bool) -> list[str]:
    """The names of the first line ``pattern`` matches with names after the headline, or of
    the text after a line that is the signature word alone ("<span>By</span> <a>Name</a>",
    above the headline too unless ``after_only``). With ``after_only``, a "by" that ends a
    reviewer's label ("Medically reviewed" then "by") signs nothing."""
    pending = False
    before = ""
    for item in near:
        text = item.text
        parent = item.node.parent
        if parent is not None and parent.tag == "option":
            # A search form's choices ("Title", "Author", "Abstract"): a menu, never a byline.
            continue
        if after_only and not item.after_headline:
            before = text
            continue
        if pending:
            names = names_of(text)
            if names:
                return names
            pending = False
        match = pattern.match(text)
        # (The reviewer's label before is read only for a line that matches: most do not.)
        if (
            match is not None
            and len(text) <= MAX_BYLINE_CHARS
            and not (after_only and _REVIEWED.search(before) is not None)
            and not in_teaser_card(item.node)
        ):
            if not match["names"]:
                pending = True
            elif item.after_headline and (names := names_of(match["names"])):
                return names
        before = text
    return []


# "Aaron Ricadela | Senior Writer | July 2, 2025" just below the headline: a credit line with
# no "By", cut into fields, one of them the date.
_FIELD_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_CREDIT_LINES_AFTER_HEADLINE = 4


def dated_credit_lines(
    tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts
) -> list[str]:
    """The name opening a credit line among the first texts after the headline whose fields,
    split at "|" or "·", hold a date ("Name | Role | Date", "Name · Date"), asked when no source
    before it named anyone: the date field says the line is the story's credit, not a menu or
    a tagline. Only a name of two words or more that fills its field. On wcxb-dev's
    articles: author right +1 on half B, none invented on either half (all page types)."""
    for item in near.after_headline(_CREDIT_LINES_AFTER_HEADLINE):
        fields = _FIELD_SEPARATOR.split(item.text)
        if len(item.text) > MAX_BYLINE_CHARS or not 2 <= len(fields) <= 4:
            continue
        if not any(has_digit(field) and is_date_like(field) for field in fields[1:]):
            continue
        names = person_names(fields[0])
        if len(names) == 1 and names[0] == fields[0] and len(names[0].split()) >= 2:
            return names
    return []


def names_of(text: str) -> list[str]:
    return person_names(_BY_LINE_END.sub("", text).strip(" ,"))


# "Written by Cassidy Horton" as a line of its own, or "Written by" and the name on the next
# line: the signature of a story whose byline sits at its end (an author box after the text, a
# page builder's heading), far from the headline. Only words that say who wrote the story: a
# bare "By" anywhere on the page is as often a photo's or a quote's credit, "Posted by" a
# comment's. Capitalised and opening a line: "a library written by Matthew Barnett" in a
# sentence names someone else's work. "Article by" and "Story by" headings sign so too (an
# author card after the text: on wcxb-dev's articles, author right +1 on half B, none on A,
# none invented).
_SIGNED = re.compile(
    r"^(?:(?:Written|WRITTEN|Authored|AUTHORED|Article|ARTICLE|Story|STORY)\s+(?:by|BY)"
    rf"|{alternation([phrase.capitalize() for phrase in WRITTEN_BY_PHRASES])})\b"
    r"\s*:?\s*(?P<names>.*)$"
)
_SIGNED_MAX_CHARS = 60
# "This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.": a
# company blog's note naming its guest writer and what they are, as a sentence of the story's
# text (before it or after it). The names end at the first part that is no name, or at the
# sentence's end.
_DISCLOSED = re.compile(
    r"^This\s+(?:blog\s+)?(?:post|article|story)\s+was\s+(?:originally\s+)?(?:written|authored)"
    r"\s+by\s+(?P<names>[^.!?]+)",
    re.IGNORECASE,
)


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
        disclosed = _DISCLOSED.match(line)
        if disclosed is not None and (names := leading_person_names(disclosed["names"].strip())):
            return names
        match = _SIGNED.match(line)
        if match is None or len(line) > _SIGNED_MAX_CHARS:
            continue
        if not match["names"]:
            pending = True  # "<p>Written by</p><p><a>John Crenshaw</a></p>"
            continue
        return names_of(match["names"])
    return []


# "All articles by Elliot Raba", "View all posts by Maureen Salamon", "Read more posts by Joe
# Kindness": the author box's link to the writer's other stories, which names the writer when
# the box's name line has no telling class. Only "articles", "posts" or "stories" by someone:
# "More from …" names sections and sites as often as people.
_POSTS_BY = re.compile(
    r"^(?:(?:view|see|read|browse)\s+)?(?:all|more|latest)\s+(?:blog\s+)?(?:articles|posts"
    r"|stories)\s+(?:written\s+)?by\s*:?\s*(?P<names>[^()]+?)\s*(?:\(see all\))?$",
    re.IGNORECASE,
)
# The words one of those links starts with, after its leading spaces: cleaning (spaces
# collapsed, ends stripped) changes no word, so a link's raw text that fails this fails above.
_POSTS_BY_START = re.compile(r"\s*(?:view|see|read|browse|all|more|latest)", re.IGNORECASE)
_LINKS_READ = 2000


def posts_by_links(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The names of the page's first "All articles by …" link or button, asked when no source
    before it named anyone."""
    for node in tree.css("a, button")[:_LINKS_READ]:
        raw = node.text(deep=True, separator=" ")
        if _POSTS_BY_START.match(raw) is None:
            continue  # most links: their text is not cleaned for the pattern below
        text = SPACE.sub(" ", raw).strip()
        if len(text) > MAX_BYLINE_CHARS or (match := _POSTS_BY.match(text)) is None:
            continue
        if names := names_of(match["names"]):
            return names
    return []


# "<span>Dec 17, 2025</span><span>Julian K. Arni</span>" next to the headline: the date and
# the name in elements of their own, with no class telling either (a "·" between them aside).
_DATED_NAME_WINDOW_BEFORE = 2
_DATED_NAME_WINDOW_AFTER = 4
_MAX_DATE_TEXT = 30
_SEPARATOR_ONLY = re.compile(r"^[\W_]+$")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def dated_name_lines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The name in a text of its own beside a date in a text of its own, just above or below
    the headline ("Dec 17, 2025" then "Julian K. Arni"), asked when no source before it named
    anyone: the date says the pair is the story's credit, not a menu item or a tagline. Only
    a whole text that is one name of two words or more, neither a heading's words (the
    headline, a section title shaped like a name) nor a link's: a linked label beside the
    date is the story's category or tag ("Press Release", "All Insights"), and a linked
    author was the author links' to find; nor the page's section as its markup names it.
    On wcxb-dev's articles: author right +2 on half A,
    none lost, none invented on either half; a date's label for the date and a credit "in"
    its section (see _DATE_LABEL, _FILED_IN): +2 on half B, none on A, none invented."""
    before: list[HeadlineText] = []
    after: list[HeadlineText] = []
    for item in near:
        if _SEPARATOR_ONLY.match(item.text):
            continue
        if not item.after_headline:
            before = [*before, item][-_DATED_NAME_WINDOW_BEFORE:]
            continue
        after.append(item)
        if len(after) >= _DATED_NAME_WINDOW_AFTER:
            break
    sections = {
        fold(section)
        for section in (
            *meta.all("article:section"),
            *meta.all("category"),
            meta.ld.text("articleSection"),
        )
        if section
    }
    # The headline's own words repeated outside it (a breadcrumb's last item, "<span
    # class="truncate">Top Weight Loss Medications</span>" above the dated <h1>) name the
    # story, not its writer, however name-like they are capitalised.
    if after:
        sections.add(fold(after[0].text))
    for texts in (after, before):
        for first, second in pairwise(texts):
            for date_text, name_text in ((first, second), (second, first)):
                if _is_date_text(date_text.text) and (name := _whole_name(name_text)):
                    return [name] if fold(name) not in sections else []
    return []


# A date's label in a text of its own, the date in the next ("Last Updated:" then "Dec 4,
# 2025", or the date element hidden by the page builder): it dates the credit as the date does.
_DATE_LABEL = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?$", re.IGNORECASE
)


def _is_date_text(text: str) -> bool:
    if _DATE_LABEL.match(text):
        return True
    return len(text) <= _MAX_DATE_TEXT and has_digit(text) and is_date_like(text)


# "Mahua Das in" then the category's link ("Project Management"): the credit names the
# writer and the section the story is filed in; the "in" is the credit's, not the name's.
_FILED_IN = re.compile(r"\s+in$")


def _whole_name(item: HeadlineText) -> str | None:
    if len(item.text) > MAX_BYLINE_CHARS or _in_heading_or_link(item.node):
        return None
    text = _FILED_IN.sub("", item.text)
    names = person_names(text)
    if len(names) == 1 and names[0] == text and len(text.split()) >= 2:
        return text
    return None


def _in_heading_or_link(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(4):
        if parent is None:
            return False
        if parent.tag in _HEADINGS or (parent.tag == "a" and parent.attrs.get("href")):
            return True
        parent = parent.parent
    return False


# The texts after the headline (its own words included) where a writer's card sits: the
# headline, a deck, then the name and its role.
_TITLED_NAME_TEXTS = 6


def titled_name_lines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The name in a text of its own just below the headline whose next text is the writer's
    job title ("Juliette Carreiro" then "Tech Writer"): a writer's card under the deck, with
    no class, link or "By" telling it, asked when no source before it named anyone. The job
    title says the name is a person credited with the story, not a tag or a product line;
    the name obeys what ``dated_name_lines`` asks of it (one whole name of two words or more,
    no heading's or link's words). On wcxb-dev's articles: author right +1 on half A, none
    lost, none invented on either half (12 texts read instead of 6: a site's name taken on
    half B)."""
    texts = list(near.after_headline(_TITLED_NAME_TEXTS))
    for first, second in pairwise(texts):
        if (
            len(second.text) <= MAX_BYLINE_CHARS
            and job_titles_only((second.text.split(",")[0].strip(),))
            and (name := _whole_name(first))
        ):
            return [name]
    return []


# The texts just below the headline where a credit sits: a deck, a date, the byline.
_SITE_BYLINE_TEXTS = 6


def _credit_texts(near: HeadlineTexts) -> list[HeadlineText]:
    return [
        item
        for item in near.after_headline(_SITE_BYLINE_TEXTS)
        if not _SEPARATOR_ONLY.match(item.text)
    ]


def site_by_line(near: HeadlineTexts, site_names: set[str]) -> str | None:
    """The site's own name after "By" or "Written by" just below the headline ("Written by
    Model Remodel"): a company blog that signs its posts with the company, as its reader
    sees, whatever CMS account the markup names. Only the site's name as a capitalised name
    (its squeezed letters, see ``people.names_of_site``): a lower-case account named for the
    site ("by" then "uclahealth") signs as often as not on wcxb-dev."""
    texts = _credit_texts(near)
    for at, item in enumerate(texts):
        match = BY_LINE.match(item.text)
        if match is None:
            continue
        name = _BY_LINE_END.sub("", match["names"]).strip(" ,")
        if not name and at + 1 < len(texts):
            name = texts[at + 1].text
        squeezed = fold(name).replace(" ", "")
        if len(name) <= MAX_BYLINE_CHARS and not name.islower() and squeezed in site_names:
            return name
    return None


def dated_texts(near: HeadlineTexts) -> list[str]:
    """The whole texts beside a date just below the headline ("Supermove" then "February 8,
    2022"), whatever their shape: where the page shows its credit (see
    ``bylines._site_as_author``)."""
    texts = _credit_texts(near)
    return [
        item.text
        for at, item in enumerate(texts)
        if at > 0
        and len(item.text) <= MAX_BYLINE_CHARS
        and any(
            _is_date_text(other.text) for other in (*texts[at - 1 : at], *texts[at + 1 : at + 2])
        )
    ]
