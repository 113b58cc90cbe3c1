"""A page's title in a text scrape: the headline with the site's name set off after it."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.headline import first_line
from newswire.pipeline.text.headline_shape import headline_like
from newswire.pipeline.text.lines import word_count
from newswire.pipeline.text.patterns import NOT_HEADLINE

#: How a page's title sets the site's name off its headline: "Headline | Site", "Headline - Site" (any dash).
_SITE_SEPARATOR: Final = re.compile(" (?:\\||-|\u2013|\u2014) ")
#: The most words of a site's name after the headline.
SITE_NAME_MAX_WORDS: Final = 4
#: A copyright line, where a site names itself: "© 2025 Artlyst", "Copyright … All rights reserved".
_COPYRIGHT: Final = re.compile(r"©|\(c\)|copyright|all rights reserved", re.IGNORECASE)


def without_site_name(lines: list[str], index: int) -> str:
    """The headline at ``index`` without the site's name a page's title appends to it ("The
    Ultimate Car Maintenance Checklist | Bridgestone Tires", "… Exhibitions 2025 - Artlyst"):
    the part after the last separator, of four words or fewer, is the site's name when the
    page names itself so elsewhere, on a line of its own or in its copyright line. A headline's
    own second part ("Best CRM for Small Businesses in 2026 - Features, Pricing, and More")
    is named nowhere else. Asked of a page's heading only: a first-line headline over one
    article's text is the title its scraper chose, and a heading of its own may repeat the
    second part (half B's clean renderings, figures only: one documentation title lost). Half
    A's blocks renderings: 3 article titles and 1 of another page type gained, none lost; half
    B unchanged.

    A heading that puts the site's name first ("CottageCare | Blog | Blog | 10 Tips: How to
    Choose …", "Consulting - is it worth it?") gives its last part, of four words or more
    when the first part is named so elsewhere (half A's blocks renderings: 1 article and 1
    forum title gained, none lost; half B, figures only: unchanged)."""
    title = trail_end(lines[index])
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if (
        word_count(parts[0]) <= SITE_NAME_MAX_WORDS
        and word_count(parts[-1]) >= SITE_FIRST_HEADLINE_MIN_WORDS
        and _named_elsewhere(lines, index, parts[0])
    ):
        return parts[-1]
    if word_count(parts[-1]) > SITE_NAME_MAX_WORDS or word_count(parts[0]) < 2:
        return title
    if not _named_elsewhere(lines, index, parts[-1]):
        return title
    return title[: title.rfind(parts[-1])].rstrip(" |-\u2013\u2014")


#: The sign a documentation generator prints after each heading as its permalink (Sphinx's
#: headerlink: "Advanced Usage¶").
PERMALINK_SIGN: Final = "\u00b6"


def without_permalink(title: str) -> str:
    """The heading without the permalink sign a documentation page prints after it ("functools
    — Higher-order functions and operations on callable objects¶", "Advanced Usage¶"): the
    page's "get text" glues the link's sign to the heading, and it names nothing. Blocks
    renderings of wcxb-dev: documentation titles A +1 / -0, B +2 / -0."""
    return title.removesuffix(PERMALINK_SIGN).rstrip() if title.endswith(PERMALINK_SIGN) else title


#: A reply's subject line on a forum's thread ("Re: Turning off all LED of RPi 5", the German
#: "Aw:", the Nordic "Sv:", a count of replies "Re[2]:"), or the trail's sign a board prints
#: alone before the thread's title ("» Open source forum software …").
_THREAD_MARK: Final = re.compile(r"^(?:(?:re|aw|sv)(?:\[\d+\])?:|[»›])\s+", re.IGNORECASE)
#: A link aggregator's story line: the linked site's domain in brackets and the story's points
#: after its title ("… No Longer Guarantee Jobs (latimes.com) 87").
_LINKED_DOMAIN: Final = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}\)\s+\d+$", re.IGNORECASE)


def without_thread_marks(title: str) -> str:
    """The thread's title without the marks a forum or a link aggregator prints around it: a
    reply's "Re:" (a thread's page prints each reply's subject, and a reply over the densest
    post won), the trail's sign before it, the linked site's domain and the points after a
    shared link's title. The thread is named by its title alone. Blocks renderings of
    wcxb-dev: article titles A +1 / -0, B +0 / -0; all types A +2 / -0, B +3 / -0."""
    return _LINKED_DOMAIN.sub("", _THREAD_MARK.sub("", title, count=1), count=1)


#: A breadcrumb trail's step: a trail sign between spaces ("Home / Services / …", "Training >
#: …", "Home » …").
_TRAIL_STEP: Final = re.compile(r" (?:/|>|»|›|→) ")
#: The fewest steps that make a line a trail rather than a headline holding a slash ("21+ Best
#: Movers / Moving Companies in San Francisco").
TRAIL_MIN_STEPS: Final = 2
#: The most words of a crumb before the last one (a section's name).
CRUMB_MAX_WORDS: Final = 5


def trail_end(title: str) -> str:
    """The headline a breadcrumb trail ends on, when the line chosen above the story is the
    trail ("Home / Services / Data Analytics Consulting", "academics.lmu.edu > Extension >
    Certificate Programs > Digital Marketing Professional"): the trail names the page by its
    last crumb, its other crumbs are the sections above it. Two steps of the same sign or
    more, every crumb but the last of a few words; a headline holding one slash is no trail."""
    for sign in ("/", ">", "»", "›", "→"):
        crumbs = title.split(f" {sign} ")
        if (
            len(crumbs) > TRAIL_MIN_STEPS
            and all(0 < word_count(crumb) <= CRUMB_MAX_WORDS for crumb in crumbs[:-1])
            and crumbs[-1].strip()
        ):
            return crumbs[-1].strip()
    return title


#: The fewest words of the headline after a site's name put first.
SITE_FIRST_HEADLINE_MIN_WORDS: Final = 4


def _named_elsewhere(lines: list[str], index: int, name: str) -> bool:
    """Whether a line other than ``index`` is ``name`` or a copyright line holding it."""
    site = name.casefold()
    return any(
        other.casefold() == site or (site in other.casefold() and _COPYRIGHT.search(other))
        for i, other in enumerate(lines)
        if i != index and other
    )


def title_line_head(lines: list[str]) -> int | None:
    """The headline a page's title on the text's first line names: some scrapers print the
    page's ``<title>`` first ("Calendário Stock Car 2018 | Autoracing | F1 | Indy"), then the
    page, whose heading repeats the title's first part on a line of its own. That line is the
    headline (printed twice: in the title and as the heading) wherever the story is; a story
    made of short lines (a calendar, a list) put the densest prose in the comments below and
    the headline out of reach. None when the first line has no separator or its first part is
    not headline-like or repeated. Half A's blocks renderings: 1 title of another page type
    gained, none lost; half B: 3 article titles gained; the text seed pt_cc03 found."""
    first = first_line(lines)
    if first is None:
        return None
    head = _SITE_SEPARATOR.split(lines[first], maxsplit=1)[0]
    if head == lines[first] or not headline_like(head):
        return None
    return next((i for i in range(first + 1, len(lines)) if lines[i] == head), None)


#: The most words of the heading a trail ends on, printed under it (see ``trail_heading``).
TRAIL_HEADING_MAX_WORDS: Final = 3


def trail_heading(lines: list[str]) -> int | None:
    """The page's heading printed right under the breadcrumb trail that ends on it ("Home /
    Electronics and gadgets" / "Electronics and gadgets", "Home » Tropical Conservatory »
    Coffee" / "Coffee"): a shop's category, a service's or a reference page names itself in
    a heading of one to three words, too short for the ranking above the story (four words
    or more: a menu's entries are as short), and the densest prose stands far below it (a
    product grid, an FAQ) under a box's heading or a deck that won. The trail naming the line
    under it tells the page's heading from a menu's entry. A menu prints an entry holding a
    slash ("For CPAs / CFOs") over its sub-entries, each part on a line ("CFOs", "CPAs"): the
    line after the heading repeating a crumb or part of one is such a menu, no trail. The first such heading of the
    page; None when there is none."""
    for index, line in enumerate(lines):
        crumbs = _crumbs(line)
        if crumbs is None:
            continue
        heading, after = _next_filled(lines, index, 2)
        if (
            heading is not None
            and lines[heading] == crumbs[-1]
            and 1 <= word_count(crumbs[-1]) <= TRAIL_HEADING_MAX_WORDS
            and all(0 < word_count(crumb) <= CRUMB_MAX_WORDS for crumb in crumbs[:-1])
            and (after is None or not any(lines[after] in crumb for crumb in crumbs))
            and lines[heading][-1:] not in ".:;,"
            and not NOT_HEADLINE.search(lines[heading])
        ):
            return heading
    return None


#: A trail's sign with or without spaces around it ("Home/All Sheets", "Home»Blog").
_TRAIL_SIGN: Final = re.compile(r"\s*(?:/|>|»|›|→)\s*")


def _crumbs(line: str) -> list[str] | None:
    """The crumbs of a breadcrumb trail, or None when the line has no trail's sign. A page may
    print its trail's signs without spaces ("Home/All Sheets"), or its crumbs as links on lines
    of their own and the last one after the sign ("/ Men's Sneakers", "→ Redis data types"):
    the sign opening the line stands for the crumbs above it."""
    if _TRAIL_STEP.search(line):
        return [crumb.strip() for crumb in _TRAIL_STEP.split(line)]
    if not _TRAIL_SIGN.search(line):
        return None
    crumbs = [crumb.strip() for crumb in _TRAIL_SIGN.split(line)]
    return crumbs[1:] if _TRAIL_SIGN.match(line) else crumbs


def _next_filled(lines: list[str], index: int, count: int) -> list[int | None]:
    """The indices of the ``count`` non-empty lines after ``index`` (None past the text's end)."""
    found: list[int | None] = []
    for i in range(index + 1, len(lines)):
        if lines[i]:
            found.append(i)
            if len(found) == count:
                return found
    return found + [None] * (count - len(found))
