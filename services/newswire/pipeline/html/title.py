"""The headline: the page's <h1> when it is the headline, else a <h2> the page's title names,
else OpenGraph/Twitter title, JSON-LD headline or <title>, with the site's name taken off."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.head import HeadMetadata, title_element
from newswire.pipeline.html.heading_words import form_heading, heading_text, named_in_passing
from newswire.pipeline.html.headline_case import cased, straight_quotes, unmarked
from newswire.pipeline.html.headline_kicker import without_kicker, without_prefix_tag
from newswire.pipeline.html.headline_texts import page_blocks, paragraph_headline
from newswire.pipeline.html.lost_characters import restored
from newswire.pipeline.html.page_elements import h1_elements, heading_elements
from newswire.pipeline.html.result_counts import result_count, without_result_count
from newswire.pipeline.html.site_names import (
    TITLE_SEPARATORS,
    brand_parts,
    home_label,
    home_named,
    labels_cut,
    links_home,
    page_before_site,
    strip_site_suffix,
    title_part_shown,
    without_pipe_labels,
    without_site_name,
    without_tab_suffix,
)
from newswire.pipeline.html.text import fold, squeeze
from newswire.pipeline.textnorm import clean_line, repair_mojibake

# The headings read from the page's shared query (``page_elements``), which holds them.
_H2: Final = frozenset({"h2"})
_H1_H2: Final = frozenset({"h1", "h2"})


def title_of(tree: LexborHTMLParser, meta: HeadMetadata) -> str | None:
    """The headline as the reader sees it (see ``headline``)."""
    return headline(tree, meta)[0]


def headline(
    tree: LexborHTMLParser, meta: HeadMetadata
) -> tuple[str | None, LexborNode | None, str | None]:
    """The headline as the reader sees it: the page's <h1>, unless that is a logo or a
    section name; else a <h2> that is one part of the page's <title> or og:title; else
    OpenGraph/Twitter's title, JSON-LD's headline, or <title>, each without the site's name.
    And the heading that shows it on the page, when one does (see ``_shown_headline``), and
    that heading's text as the body knows it: the <h1> the body leaves out as the headline,
    also where the title is taken from elsewhere (a <h2> repeating the page's title, the
    title with the count the <h1> lacks), so that those rules change the title only.

    wcxb-dev's truth is the visible headline: the first <h1> equals it on 74% of its articles
    (half A), og:title on 43%, <title> on 22% (SEO titles are reworded: "Best Apps to Learn a
    Language in 2025 - Top 10 Picks" above "<h1>Top 10: Best Language Learning App</h1>").

    A page stored double-encoded shows its headline so in every place it has one ("A DIY
    Investor\u00e2\u0080\u0099s Guide" in <h1>, og:title and <title> alike): the headline is
    repaired as the body's paragraphs are (see ``repair_mojibake``), the reader's text being
    the intended one. On wcxb-dev's articles: title exact +1 on half B, none on A.
    """
    title, node, shown = _headline(tree, meta)
    # A line break inside <title> or a meta's content is the source's wrapping ("<title>\n
    # Deploy app servers close to your users\n · Fly</title>"), no part of the headline:
    # a title is one line, whichever place gave it.
    return (repair_mojibake(squeeze(title)) if title else title), node, shown


def _headline(
    tree: LexborHTMLParser, meta: HeadMetadata
) -> tuple[str | None, LexborNode | None, str | None]:
    """``headline`` before its repair of double-encoded text."""
    site = meta.first("og:site_name")
    title_node = title_element(tree)
    page_title = clean_line(title_node.text(deep=True)) if title_node is not None else ""
    named = (
        meta.first("og:title", "twitter:title")
        or meta.ld.text("headline")
        or meta.declared_headline()
    )
    stripped = [strip_site_suffix(text, site) for text in (named, page_title) if text]
    h1, node = _headline_h1(tree, named, page_title, site)
    if h1:
        post = _post_title(tree, h1, page_title)
        if post:
            # The texts after the blog's <h1> stay the ones read for the byline and date
            # line (as before this rule): a blog's header may carry its author's name.
            return post, node, post
        chapter = _chapter_title(tree, h1, page_title)
        if chapter:
            # The body still knows the <h1> by its own text (the book's name it leaves out).
            return chapter, node, h1
        lettered = straight_quotes(cased(restored(h1, stripped), stripped), named, page_title)
        naming = _heading_naming_title(tree, h1, stripped)
        shown = naming[0] if naming else _numbered(h1, stripped)
        if shown:
            # The texts after the <h1> stay the ones read for the byline and date line, but
            # after a heading naming the title above it (see _above).
            start = (
                naming[1] if naming and node is not None and _above(tree, naming[1], node) else node
            )
            return shown, start, lettered
        whole = without_kicker(node, lettered, [named, page_title])
        # The body still knows the <h1> by its own text, the tab's suffix included.
        shown_whole = without_tab_suffix(without_prefix_tag(node, whole), page_title, site)
        return unmarked(shown_whole, named, page_title), node, lettered
    h2, node = _headline_h2(tree, named, page_title)
    if h2:
        return h2, node, h2
    title = labels_cut(named or page_title) or (stripped[0] if stripped else None)
    title = without_result_count(title) if title else title
    title = home_named(title, site) if title else title
    heading = (
        paragraph_headline(tree, title)
        or _shown_headline(tree, named, page_title)
        or _low_heading(tree, title)
    )
    return title, heading, title


# Share of a heading's content words that the page's title must have for the heading to show
# the headline in other words ("Top 5 HR Management Software Platforms of 2026" under the
# title "Top 5 HR Management Software in 2026").
_SHOWN_HEADLINE_WORDS: Final = 0.6


def _shown_headline(
    tree: LexborHTMLParser, named: str | None, page_title: str
) -> LexborNode | None:
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


def _low_heading(tree: LexborHTMLParser, title: str | None) -> LexborNode | None:
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


def _headline_h1(
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
        # name leads its <title> and whose post's heading is the rest (``_post_title``).
        if links_home(node) and not _post_title(tree, found, page_title):
            continue
        return found, node
    return None, None


# The blog's name and the post's title in a classic blog's <title>: "Engora Data Blog: Small
# adventures…", "davidbau.com Vibe Coding" (a separator, a colon or a space between).
_POST_TITLE_AFTER: Final = re.compile(r"^\s*[|–—·•:-]?\s*")
_POST_HEADINGS_READ: Final = 6


def _post_title(tree: LexborHTMLParser, h1: str, page_title: str) -> str | None:
    """The post's own heading on a classic blog's page (Blogger's and its like's templates),
    whose <h1> is the blog's name and whose <title> is that name followed by the post's title:
    "<h1>Engora Data Blog</h1> … <h3 class="post-title">Small adventures with small language
    models</h3>" under "Engora Data Blog: Small adventures with small language models". The
    heading (<h2>/<h3>) that is the rest of the <title> word for word, and longer than the
    <h1>, is the headline. On wcxb-dev's articles: +2 on half A, +1 on half B."""
    if not page_title.startswith(h1):
        return None
    written = _POST_TITLE_AFTER.sub("", page_title[len(h1) :])
    # The blog's name is the shorter part: a headline <h1> above the site's name in its own
    # heading ("Complete Japan Itinerary … | Girl Eat World") stays the headline. Words as
    # written: folded, "SQLAlchemy 2.0 Documentation" would count four, longer than the <h1>
    # "ORM Quick Start" of the page it names.
    if len(written.split()) <= len(h1.split()):
        return None
    rest = fold(written)
    for node in tree.css("h2, h3")[:_POST_HEADINGS_READ]:
        text = heading_text(node)
        if text and fold(text) == rest:
            return text
    return None


def _chapter_title(tree: LexborHTMLParser, h1: str, page_title: str) -> str | None:
    """The page's own name on a book's or a guide's page whose <h1> is the book's name and whose
    <title> is the page's name followed by it: "What is Ownership? - The Rust Programming
    Language" above "<h1>The Rust Programming Language</h1>" and a heading "What Is
    Ownership?". Where the <h1> is a later part of the <title> and a heading near the top
    (<h1>, <h2>) shows the <title>'s first part, that first part is the headline, as the title
    writes it. (The mirror, the site's name first and a heading showing the rest, is a classic
    blog's: ``_post_title``; a heading showing the site's name after the headline's <h1> is
    the site's logo, and the <h1> stands.) On wcxb-dev: title exact +2 on half A
    (documentation), +1 on half B (a listing); no article changed."""
    parts = TITLE_SEPARATORS.split(page_title)
    if len(parts) < 2 or not any(_names_site(fold(h1), fold(part)) for part in parts[1:]):
        return None
    first = parts[0].strip()
    # One word before the headline is a tag ("backup - How to back up my entire system? - Ask
    # Ubuntu" above the question's <h1> and its tag's heading "Backup").
    if len(first.split()) < 2 or fold(first) == fold(h1):
        return None
    for node in heading_elements(tree, _H1_H2)[:_TITLE_HEADINGS_READ]:
        if fold(heading_text(node)) == fold(first):
            return first
    return None


_TITLE_HEADINGS_READ: Final = 10


def _names_site(h1: str, part: str) -> bool:
    """Whether a folded <h1> names the site a folded later part of the <title> names: the
    part itself, or its first words (Sphinx's default title "Page — Project documentation"
    under the theme's logo "<h1>Project</h1>")."""
    return part == h1 or part.startswith(h1 + " ")


def _heading_naming_title(
    tree: LexborHTMLParser, h1: str, titles: list[str]
) -> tuple[str, LexborNode] | None:
    """A <h2> that repeats the page's own title word for word (og:title or <title>, without the
    site's name), where the <h1> says something else: the page shows its reader the title's
    wording as a heading, while the <h1> is a teaser, a pull quote or a shorter label
    ("<h1>Toddler Sleep Training</h1>" above "<h2>How To Get Toddlers To Sleep In Their Own
    Bed</h2>" under that <title>; a blog's "<h2>What do people love about Rust?</h2>" above
    an <h1> quoting the story). Only an exact repeat counts: a section heading sharing words
    with the title is the story's own. On wcxb-dev: title exact on articles +2 -1 on half A,
    +3 on half B (all page types +3 -1 and +5 -1: a forum thread's, a collection's heading).

    The repeat is the title as written, letter case and marks included: a heading of the story
    that asks the title's question in the story's own case ("<h2>What is social commerce?</h2>"
    under the <h1> "An introduction to social commerce: …" and the title "What is Social
    Commerce - A guided introduction") is its first section, not the headline shown again
    (a template prints the title itself, as it is written). On wcxb-dev's articles: title
    exact +1 on half A, none changed on half B."""
    wanted = {fold(text) for text in titles if len(text.split()) >= 2}
    if not wanted or fold(h1) in wanted:
        return None
    written = {" ".join(text.split()) for text in titles}
    for node in heading_elements(tree, _H2)[:_TITLE_HEADINGS_READ]:
        text = heading_text(node)
        if text and fold(text) in wanted and " ".join(text.split()) in written:
            return text, node
    return None


def _above(tree: LexborHTMLParser, heading: LexborNode, h1: LexborNode) -> bool:
    """Whether the <h2> naming the title comes before the <h1> in the page: the story's own
    headline in its header, the <h1> a heading inside the story ("<h2>What do people love
    about Rust?</h2>", its "Dec. 19, 2025 · Niko Matsakis" line, then the post whose first
    section is an <h1>). The byline and the date line sit under the <h2>; after the <h1>
    the walk read only the story's prose. (lexbor lists a query's matches in page order.)
    With the date-first credit line (``credit_lines.dated_credit_lines``), on wcxb-dev's
    articles: author right +1 on half B; none on A; title and date unchanged on both."""
    for node in heading_elements(tree, _H1_H2):
        if node.mem_id == heading.mem_id:
            return True
        if node.mem_id == h1.mem_id:
            return False
    return False


# Words a page's title adds to the <h1> that are numbers only: a list's count, a year.
_NUMBER: Final = re.compile(r"\d+")


def _numbered(h1: str, titles: list[str]) -> str | None:
    """The page's title where it is the <h1> with a number added and nothing else ("<h1>Recent
    Trends in Photography</h1>" under "8 Recent Trends in Photography - Flatworld", "15 Best
    Online Tutoring Platforms" under "… Platforms 2025"): the list's count or the year is set
    beside the <h1> in a badge of its own, and the reader reads it as part of the headline.
    On wcxb-dev's articles: title exact +2 on half A, none lost on either half."""
    for text in titles:
        at = text.find(h1)
        if at < 0 or text == h1:
            continue
        added = f"{text[:at]} {text[at + len(h1) :]}".split()
        if added and all(_NUMBER.fullmatch(word) for word in added):
            return text
    return None


def _headline_h2(
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
        headings = heading_elements(tree, _H2)[:_TITLE_HEADINGS_READ]
        shown = title_part_shown(page_title, ((heading_text(node), node) for node in headings))
        if shown:
            return shown
    return None, None
