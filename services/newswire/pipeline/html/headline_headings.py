"""Which heading of the page is its headline: the first <h1> that is no logo or section name,
else a <h2> that is the headline part of the page's title, else a heading that shows the title
reworded or word for word (``title.headline`` asks them in that order)."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.heading_words import form_heading, heading_text, named_in_passing
from newswire.pipeline.html.headline_texts import page_blocks
from newswire.pipeline.html.page_elements import h1_elements, heading_elements
from newswire.pipeline.html.result_counts import result_count
from newswire.pipeline.html.site_names import (
    TITLE_SEPARATORS,
    brand_parts,
    home_label,
    links_home,
    page_before_site,
    title_part_shown,
    without_pipe_labels,
    without_site_name,
)
from newswire.pipeline.html.text import fold
from newswire.pipeline.html.title_headings import TITLE_HEADINGS_READ, post_title

# The headings read from the page's shared query (``page_elements``), which holds them.
_H2: Final = frozenset({"h2"})
_H1_H2: Final = frozenset({"h1", "h2"})

# Words that tell a headline from a logo: letters only, 4 or more (short words are shared by
# chance: "the", "of", "and").
_CONTENT_WORD: Final = re.compile(r"[^\W\d_]{4,}|\d+")
# A heading longer than this is a paragraph set as one (a page's description in its <h1>:
# "Learn which home renovations have the best ROI? Get expert tips on …", 250 characters);
# wcxb-dev's longest true headline has 156. (300 until session 12: title exact +1 on half B.)
_MAX_HEADLINE_CHARS: Final = 200
_H1_READ: Final = 6
_H2_READ: Final = 3
# "Title: AlignMerge - …" (arXiv and other repositories label the headline they show);
# "Blog: Best Social Media Advertising Agencies …" (the section's label before a post's).
_LABEL: Final = re.compile(r"^(?:title|headline|blog)\s*:\s*", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {word.lower() for word in _CONTENT_WORD.findall(text)}


def headline_h1(
    tree: LexborHTMLParser, named: str | None, page_title: str, site: str | None
) -> tuple[str | None, LexborNode | None]:
    """The first <h1> that is not the site's logo or a section name ("The Blog", "Menu").

    A logo <h1> is the site's name, or the brand part of the <title> ("A Beginner's Guide to
    Skincare - The Southerner" above "<h1>The Southerner</h1>"); a logo or section <h1> shares
    no word with what the page calls itself (<title>, og:title). When the page names itself
    in one word or none, nothing can be compared and the <h1> stands.
    """
    reference = _words(f"{named or ''} {page_title}")
    brands = brand_parts(named, page_title)
    site_words = _words(site or "")
    headline = fold(named or page_title)
    h1s = [node for node in h1_elements(tree) if not form_heading(node)]
    # A page that names itself only in its <title> and shows one <h1>: an app that renders
    # the page in the browser keeps one site-wide <title> ("Reddit - The heart of the
    # internet" over a thread's "<h1>Enameled Cast Iron Pan and Metal</h1>"; a product's name
    # over its landing page's tagline), and a lone <h1> of a few words is the page's own
    # heading, not a logo (those are a word or two) nor one of a section front's names. On
    # wcxb-dev: title exact +1 on half A (a service page), +2 on half B (forum threads).
    lone = named is None and len(h1s) == 1
    for index, node in enumerate(h1s[:_H1_READ]):
        text = _LABEL.sub("", heading_text(node))
        if not text or len(text) > _MAX_HEADLINE_CHARS:
            continue
        # A heading that ends in a colon leads into the next one ("Erik Demaine's Folding and
        # Unfolding:" above "<h1>The Fold-and-Cut Problem</h1>"): a series' or a site's name
        # introducing the page's own, never a headline, which is a whole statement. A last
        # <h1> leads into none and stays. On wcxb-dev: title exact +1 on half B's articles.
        # A listing's results header ("Fitness Equipment (102+)") names the filter, not the
        # page (``result_count``).
        if (text.endswith(":") and index + 1 < len(h1s)) or home_label(text) or result_count(text):
            continue
        folded = fold(text)
        if site and folded == fold(site):
            continue
        if (
            folded in brands
            and not headline.startswith(folded)
            and not page_before_site(folded, page_title, site)
        ):
            continue
        shared = _words(text) & reference
        if len(reference) >= 2 and not shared and not (lone and len(text.split()) >= 4):
            continue
        # A logo or a link home that shares only the site's name's words (og:site_name) with
        # the title ("<h1>Filmmaker</h1>" on "Filmmaker Magazine", "Return to Nationwide
        # Website" on "Nationwide Marketing Group").
        if shared and shared <= site_words and not headline.startswith(folded):
            continue
        if named_in_passing(text, (named, page_title)):
            continue
        found = without_site_name(without_pipe_labels(text), site)
        # A logo linked home is no headline (``links_home``), but for a classic blog's, whose
        # name leads its <title> and whose post's heading is the rest (``post_title``).
        if links_home(node) and not post_title(tree, found, page_title):
            continue
        return found, node
    return None, None


def headline_h2(
    tree: LexborHTMLParser, named: str | None, page_title: str
) -> tuple[str | None, LexborNode | None]:
    """A <h2> near the top that is the headline part of the page's title ("Site | domain.com -
    The Five Best Headphones" above "<h2>The Five Best Headphones</h2>"), in pages whose <h1>
    is their logo: the story's headline set one level down. Only the title's longest part
    counts: a <h2> naming the site or the book ("The Rust Programming Language") is no
    headline; but on a page that names itself in its <title> alone, any part a <h2> shows
    (``title_part_shown``)."""
    parts: set[str] = set()
    for text in (named, page_title):
        split = TITLE_SEPARATORS.split(text or "")
        longest = max(split, key=lambda part: len(part.split()))
        if len(split) > 1 and len(longest.split()) >= 3:
            parts.add(fold(longest))
    for node in heading_elements(tree, _H2)[:_H2_READ]:
        text = heading_text(node)
        if text and len(text) <= _MAX_HEADLINE_CHARS and fold(text) in parts:
            return text, node
    if named is None:
        headings = heading_elements(tree, _H2)[:TITLE_HEADINGS_READ]
        shown = title_part_shown(page_title, ((heading_text(node), node) for node in headings))
        if shown:
            return shown
    return None, None


# Share of a heading's content words that the page's title must have for the heading to show
# the headline in other words ("Top 5 HR Management Software Platforms of 2026" under the
# title "Top 5 HR Management Software in 2026").
_SHOWN_HEADLINE_WORDS: Final = 0.6


def shown_headline(tree: LexborHTMLParser, named: str | None, page_title: str) -> LexborNode | None:
    """The heading that shows the story's headline reworded, on a page whose <h1> is none
    (a page built of <h2>s, a logo or search <h1>): the first of the top <h1>s and <h2>s most
    of whose words are the title's. The texts after it hold the byline and the date line
    (``HeadlineTexts``); the title itself stays the page's own."""
    reference = _words(f"{named or ''} {page_title}")
    if len(reference) < 2:
        return None
    for node in heading_elements(tree, _H1_H2)[:_H1_READ]:
        words = _words(heading_text(node))
        if len(words) >= 2 and len(words & reference) >= _SHOWN_HEADLINE_WORDS * len(words):
            return node
    return None


_LOW_HEADINGS_READ: Final = 10


def low_heading(tree: LexborHTMLParser, title: str | None) -> LexborNode | None:
    """A <h3>-<h6> that is the title word for word, on a page with no <h1> or <h2> showing it:
    a theme that keeps its upper headings for the logo and the sections and sets the story's
    headline lower ("<h4 class="font-weight-bold">Homestead gardening makes …</h4>" under that
    <title>). The byline and the date line follow it (``HeadlineTexts``). Only an exact repeat
    counts: a lower heading sharing words with the title is a section of the story. On
    wcxb-dev's articles: 1 page on half A, 4 on half B."""
    if not title or len(title.split()) < 3:
        return None
    wanted = fold(title)
    for node in page_blocks(tree, False, _LOW_HEADINGS_READ):
        if fold(heading_text(node)) == wanted:
            return node
    return None
