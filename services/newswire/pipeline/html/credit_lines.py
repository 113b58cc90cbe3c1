"""Credit lines without a "By": a name beside a date in a line of fields or in texts of its
own, a name over a job title, just below the headline; and the site's own name signing a
company blog's post ("Written by Model Remodel")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.author_elements import author_named
from newswire.pipeline.html.byline_lines import (
    BY_LINE,
    BY_LINE_END,
    MAX_BYLINE_CHARS,
    disclosed_names,
)
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineText, HeadlineTexts
from newswire.pipeline.html.people import COLLECTIVE_SIGNATURES, job_titles_only, names_of_site
from newswire.pipeline.html.text import fold, has_digit
from newswire.pipeline.html.thread_posts import PROFILE_HREF
from newswire.pipeline.textnorm import clean_line_within
from newswire.pipeline.vocabulary import person_names

# "Aaron Ricadela | Senior Writer | July 2, 2025" just below the headline: a credit line with
# no "By", cut into fields, one of them the date.
_FIELD_SEPARATOR: Final = re.compile(r"\s+[|·•]\s+")
_CREDIT_LINES_AFTER_HEADLINE: Final = 4


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
        if any(has_digit(field) and is_date_like(field) for field in fields[1:]):
            name = fields[0]
        elif len(fields) == 2 and has_digit(fields[0]) and is_date_like(fields[0]):
            # "Dec. 19, 2025 · Niko Matsakis on behalf of <a>Vision Doc group</a>": the date
            # first, then the writer, up to the words that tie the name to a group ("on
            # behalf of", "in", "at"). With ``title._above``, on wcxb-dev's articles: author
            # right +1 on half B, none on A, none invented (all page types).
            name = BY_LINE_END.sub("", fields[1])
        else:
            continue
        names = person_names(name)
        if len(names) == 1 and names[0] == name and len(names[0].split()) >= 2:
            return names
    return []


# "<span>Dec 17, 2025</span><span>Julian K. Arni</span>" next to the headline: the date and
# the name in elements of their own, with no class telling either (a "·" between them aside).
_DATED_NAME_WINDOW_BEFORE: Final = 2
_DATED_NAME_WINDOW_AFTER: Final = 4
_MAX_DATE_TEXT: Final = 30
_SEPARATOR_ONLY: Final = re.compile(r"^[\W_]+$")
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def dated_name_lines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The name beside a date under the headline (``_dated_name``), else the name of a post
    header over its date and reading time (``read_time_credit``)."""
    return _dated_name(meta, near) or read_time_credit(near)


def _dated_name(meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The name in a text of its own beside a date in a text of its own, just above or below
    the headline ("Dec 17, 2025" then "Julian K. Arni"), asked when no source before it named
    anyone: the date says the pair is the story's credit, not a menu item or a tagline. Only
    a whole text that is one name of two words or more, neither a heading's words (the
    headline, a section title shaped like a name) nor a link's: a linked label beside the
    date is the story's category or tag ("Press Release", "All Insights"), and a linked
    author was the author links' to find; nor the page's section as its markup names it.
    On wcxb-dev's articles: author right +2 on half A,
    none lost, none invented on either half; a date's label for the date and a credit "in"
    its section (see _DATE_LABEL, _FILED_IN): +2 on half B, none on A, none invented.
    Also the house's own credit beside the date (see ``_house_credit``)."""
    before: list[HeadlineText] = []
    after: list[HeadlineText] = []
    for item in near:
        if _SEPARATOR_ONLY.match(item.text):
            continue
        if not item.after_headline:
            before = [*before, item][-_DATED_NAME_WINDOW_BEFORE:]
            continue
        if after and item.text == after[-1].text:
            # A text right below its own copy is the same line twice (a deck given once for
            # the phone's layout and once for the desktop's): it takes no second place in the
            # window, so the credit under it stays in reach.
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
    house = names_of_site(meta, None)
    for texts in (after, before):
        for first, second in pairwise(texts):
            for date_text, name_text in ((first, second), (second, first)):
                if not _is_date_text(date_text.text):
                    continue
                if name := _whole_name(name_text) or _house_credit(name_text, house):
                    return [name] if fold(name) not in sections else []
                if names := _listed_names(name_text):
                    return names
    return []


# A post header's reading time ("2 min read", "11 minute read"), and the day it is dated on
# as a blog header may write it without the year ("Jun 9", "Sept. 26").
_READING_TIME: Final = re.compile(r"^\d+\s*min(?:ute)?s?\.?\s+read$", re.IGNORECASE)
_MONTH_DAY: Final = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")


def read_time_credit(near: HeadlineTexts) -> list[str]:
    """The name of a post header's three texts right under the headline: the name, when it was
    posted ("Sep 26, 2022", "Jun 9", "2 days ago"), its reading time ("2 min read"), as a site
    builder's blog prints them (Wix's posts, "Kalyn Keen" / "Jun 9" / "5 min read"). The date
    and the reading time after it say the text before them is the post's credit, so a name of
    one word ("Gabo") or in capitals ("LEONARDO GARCIA") is taken, which ``dated_name_lines``
    passes by."""
    texts = [
        item
        for item in near.after_headline(_READING_HEADER_TEXTS)
        if not _SEPARATOR_ONLY.match(item.text)
    ][1:]  # the headline's own text first
    if len(texts) < 3 or not _READING_TIME.match(texts[2].text):
        return []
    when, name = texts[1].text, texts[0]
    if len(when) > _MAX_DATE_TEXT or not (is_date_like(when) or _MONTH_DAY.match(when)):
        return []
    # In a link only to the writer's profile (Wix links the name to "/profile/…").
    if len(name.text) > _MAX_NAME_TEXT or (
        _in_heading_or_link(name.node) and not _profile_link(name.node, name.text)
    ):
        return []
    return [name.text] if person_names(name.text) == [name.text] else []


_READING_HEADER_TEXTS: Final = 6
_LINK_HOPS: Final = 3
_MAX_NAME_TEXT: Final = 40


def _profile_link(node: LexborNode, text: str) -> bool:
    """Whether the text ``node`` (``text``, cleaned) is the whole text of a link, up to a few
    elements above it, to a member's profile."""
    link = node.parent
    for _ in range(_LINK_HOPS):
        if link is None or link.tag == "a":
            break
        link = link.parent
    if link is None or link.tag != "a":
        return False
    href = (link.attrs.get("href") or "").split("#", 1)[0]
    return (
        bool(PROFILE_HREF.search(href))
        and clean_line_within(link.text(deep=True), _MAX_NAME_TEXT) == text
    )


# The words a newsroom signs a story with where no one person does ("Newsdesk", "Staff").
_DESK_SIGNATURES: Final = COLLECTIVE_SIGNATURES | {"newsdesk", "news desk", "newsroom"}
# A house's credit is its name or its desk's: a few words.
_HOUSE_CREDIT_WORDS: Final = 3


def _house_credit(item: HeadlineText, house: set[str]) -> str | None:
    """The text beside the date when it is the site's own name (og:site_name, the publisher's)
    or its newsroom's signature: a company's blog signs its posts as the company ("EcoFlow"
    then "2025/4/29" under the headline), a news site its wire copy as the desk ("19 Dec,
    2025" then "Newsdesk"). No person's name, so ``_whole_name`` passes it by; the date beside
    it says it is the story's credit, not the logo (which sits in the header, away from the
    headline). The credit element's class names it the author where they are readable; this
    holds where they are hashed. On wcxb-dev with hashed class names: author right +1 on half
    A, +2 on half B (articles); none changed as is, none invented."""
    if len(item.text.split()) > _HOUSE_CREDIT_WORDS or _in_heading_or_link(item.node):
        return None
    folded = fold(item.text)
    if folded in _DESK_SIGNATURES or folded.replace(" ", "") in house:
        return item.text
    return None


def _listed_names(item: HeadlineText) -> list[str]:
    """The names of a text that is a list of full names and nothing else ("Naftali Tishby,
    Fernando C. Pereira, William Bialek" over "24 Apr 2000"): a paper's authors beside its
    date, the credit as ``_whole_name`` reads one. On wcxb-dev's articles: author right +1 on
    half B, none on A, none invented."""
    if len(item.text) > MAX_BYLINE_CHARS or _in_heading_or_link(item.node):
        return []
    names = person_names(item.text)
    if len(names) >= 2 and ", ".join(names) == item.text:
        return names if all(len(name.split()) >= 2 for name in names) else []
    return []


# A date's label in a text of its own, the date in the next ("Last Updated:" then "Dec 4,
# 2025", or the date element hidden by the page builder): it dates the credit as the date does.
_DATE_LABEL: Final = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?$", re.IGNORECASE
)


def _is_date_text(text: str) -> bool:
    if _DATE_LABEL.match(text):
        return True
    return len(text) <= _MAX_DATE_TEXT and has_digit(text) and is_date_like(text)


# "Mahua Das in" then the category's link ("Project Management"): the credit names the
# writer and the section the story is filed in; the "in" is the credit's, not the name's.
_FILED_IN: Final = re.compile(r"\s+in$")


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
        if parent.tag in _HEADINGS or (parent.tag == "a" and _links_away(parent)):
            return True
        parent = parent.parent
    return False


def _links_away(link: LexborNode) -> bool:
    """Whether a link leads to another page: not one marked as the page the reader is on
    (``aria-current="page"``), as a site builder marks the story's own credit block when it
    wraps the name and the date in a link to the story ("<a href="/post/…" aria-current=
    "page"><div>Team SimplyThrilled</div><div>September 4, 2025</div></a>"): a permalink,
    not a category's or a tag's link."""
    attrs = link.attrs
    return bool(attrs.get("href")) and attrs.get("aria-current") != "page"


# The texts after the headline (its own words included) where a writer's card sits: the
# headline, a deck, then the name and its role.
_TITLED_NAME_TEXTS: Final = 6


# What closes a job title before its employer on a writer's card: "Tech Writer, Acme", and as a
# profile puts it, "Founder at Oakywood", "Editor @ Acme", "Editor | Acme". The role before it is
# what says the name above is a person's.
_ROLE_BEFORE_EMPLOYER: Final = re.compile(r",|\s+(?:at|@|\|)\s+")


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
            and job_titles_only((_ROLE_BEFORE_EMPLOYER.split(second.text, maxsplit=1)[0].strip(),))
            and (name := _whole_name(first))
        ):
            return [name]
    return []


# The story's last lines, where a writer's bio sits ("Julia Gralberg is a freelance travel
# writer, …" after the text).
_BIO_LINES: Final = 4


def bio_named_lines(near: HeadlineTexts, lines: Sequence[str]) -> list[str]:
    """The name in a text of its own just below the headline whose bio closes the story
    ("Julia Gralberg" under the <h1>, "Julia Gralberg is a freelance travel writer, …" among the
    story's last lines): a guest writer's credit with no class, link, "By" or job title
    telling it, asked when no source before it named anyone. The bio at the end says the name
    is the writer's, not the story's subject (a profile opens with its subject's sentence);
    the name obeys what ``dated_name_lines`` asks of it. On wcxb-dev's articles: author right
    +1 on half B, none on A, none invented (all page types)."""
    last = lines[-_BIO_LINES:]
    for item in near.after_headline(_TITLED_NAME_TEXTS):
        name = _whole_name(item)
        if name and any(line.startswith(f"{name} is ") for line in last):
            return [name]
    return []


# The texts just below the headline where a credit sits: a deck, a date, the byline.
_SITE_BYLINE_TEXTS: Final = 6


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
        name = BY_LINE_END.sub("", match["names"]).strip(" ,")
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


# The most text an author box's note may hold: a sentence or two, not the story around it.
_MAX_NOTE_CHARS: Final = 300


def disclosed_in_author_boxes(
    tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts
) -> list[str]:
    """The writers a "This post was written by …" note names in an element named for the author
    ("<div class="author-bio">This post was written by Danielle Padula, Head of Marketing…"),
    asked when no source before it named anyone: the body walk leaves author boxes out of the
    story's lines, which ``signed_lines`` reads. On wcxb-dev's articles: author right +1 on
    half B, none on A, none invented."""
    for node in author_named(tree):
        text = clean_line_within(node.text(deep=True), _MAX_NOTE_CHARS)
        if text is not None and (names := disclosed_names(text)):
            return names
    return []
