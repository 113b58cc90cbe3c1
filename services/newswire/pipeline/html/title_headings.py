"""Headings that show the page's title where its <h1> says something else: a classic blog's
post heading under the blog's name, a book's page heading under the book's name, a <h2> repeating
the title word for word, the title's count or year beside the <h1> (``title.headline`` asks them
once it has the page's <h1>)."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.heading_words import heading_text
from newswire.pipeline.html.page_elements import heading_elements
from newswire.pipeline.html.site_names import TITLE_SEPARATORS
from newswire.pipeline.html.text import fold

# The headings read from the page's shared query (``page_elements``), which holds them.
_H2: Final = frozenset({"h2"})
_H1_H2: Final = frozenset({"h1", "h2"})
#: How many of the page's top headings may show its title.
TITLE_HEADINGS_READ: Final = 10

# The blog's name and the post's title in a classic blog's <title>: "Engora Data Blog: Small
# adventures…", "davidbau.com Vibe Coding" (a separator, a colon or a space between).
_POST_TITLE_AFTER: Final = re.compile(r"^\s*[|–—·•:-]?\s*")
_POST_HEADINGS_READ: Final = 6


def post_title(tree: LexborHTMLParser, h1: str, page_title: str) -> str | None:
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


def chapter_title(tree: LexborHTMLParser, h1: str, page_title: str) -> str | None:
    """The page's own name on a book's or a guide's page whose <h1> is the book's name and whose
    <title> is the page's name followed by it: "What is Ownership? - The Rust Programming
    Language" above "<h1>The Rust Programming Language</h1>" and a heading "What Is
    Ownership?". Where the <h1> is a later part of the <title> and a heading near the top
    (<h1>, <h2>) shows the <title>'s first part, that first part is the headline, as the title
    writes it. (The mirror, the site's name first and a heading showing the rest, is a classic
    blog's: ``post_title``; a heading showing the site's name after the headline's <h1> is
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
    for node in heading_elements(tree, _H1_H2)[:TITLE_HEADINGS_READ]:
        if fold(heading_text(node)) == fold(first):
            return first
    return None


def _names_site(h1: str, part: str) -> bool:
    """Whether a folded <h1> names the site a folded later part of the <title> names: the
    part itself, or its first words (Sphinx's default title "Page — Project documentation"
    under the theme's logo "<h1>Project</h1>")."""
    return part == h1 or part.startswith(h1 + " ")


def heading_naming_title(
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
    for node in heading_elements(tree, _H2)[:TITLE_HEADINGS_READ]:
        text = heading_text(node)
        if text and fold(text) in wanted and " ".join(text.split()) in written:
            return text, node
    return None


def above(tree: LexborHTMLParser, heading: LexborNode, h1: LexborNode) -> bool:
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


def numbered(h1: str, titles: list[str]) -> str | None:
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
