"""Extraction from plain-text scrapes (a page's visible text, one block per line).

The scrape keeps the page's boilerplate as lines. Each line is routed by rules that hold across
news sites rather than for one page: promos become ``related``, credit lines become metadata,
short lines after the last real paragraph are navigation, and so on. Each rule says why.
"""

from __future__ import annotations

from typing import Final

from newswire.events import Related
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.text.consent_dialog import without_consent_dialogs
from newswire.pipeline.text.forum_posts import first_card, forum_thread
from newswire.pipeline.text.headline import (
    first_line,
    headline_first,
    opens_article,
    title_index,
)
from newswire.pipeline.text.headline_glued import split_glued
from newswire.pipeline.text.headline_near import title_near_story
from newswire.pipeline.text.headline_product import priced_name
from newswire.pipeline.text.headline_rank import HEAD_CAPITALS_MIN, capitals_share
from newswire.pipeline.text.headline_thread import repeated_title, thread_title
from newswire.pipeline.text.lines import (
    date_line_only,
    dateline_tag,
    is_paragraph,
    promo_label_alone,
    promo_title,
    strip_end_marker,
    word_count,
)
from newswire.pipeline.text.patterns import (
    BYLINE,
    DATE_LINE,
    DATELINE,
    MAX_TITLE_CHARS,
    QUOTED_FROM,
    QUOTES,
)
from newswire.pipeline.text.route import CAPTION_PAIR, CAPTION_PENDING, Collected, route
from newswire.pipeline.text.site_title import (
    title_line_head,
    trail_heading,
    without_permalink,
    without_site_name,
    without_thread_marks,
)
from newswire.pipeline.text.story import main_block, strip_footer
from newswire.pipeline.textnorm import clean_text
from newswire.pipeline.vocabulary import CLOSING_QUOTES, SENTENCE_MARKS


def extract_text(text: str) -> Extracted:
    # A page's consent dialog is no part of its story nor of its headline (consent_dialog).
    lines = without_consent_dialogs(split_glued(join_wrapped(clean_text(text).split("\n"))))
    found = Collected()

    # A first-line headline with a blank line and the story under it is the title (the shape of
    # a scraper's text of one article); otherwise the headline is sought just above the densest
    # prose (a page's text starts with its menus).
    first_headline = headline_first(lines)
    title_at = first_headline if first_headline is not None else page_headline(lines)
    # A first-line headline over one article's text is the title its scraper gave, kept as
    # it is; a page's heading may carry the site's name (see without_site_name).
    title = lines[title_at] if title_at is not None else None
    if title_at is not None and title_at != first_headline:
        title = without_thread_marks(without_permalink(without_site_name(lines, title_at)))
    start = body_start(lines, title_at, first_headline)

    # A first line the headline test turned down ("Foto-foto Banjir …", "Sumber Air Warga …",
    # "Oleh-oleh Khas Bandung": its first word is a credit or byline label) but that the search
    # near the story chose all the same, with a blank line and the story under it, heads one
    # article's text too: read as a page's, its quotes, labels and list items were tolled as
    # menus and lost.
    from_top = title_at is not None and (
        title_at == first_headline
        or (
            first_headline is None
            and title_at == first_line(lines)
            and opens_article(lines, title_at)
        )
    )
    body_lines = strip_footer(lines[start:], story_shaped=from_top)
    paragraphs = _route_lines(body_lines, found)
    paragraphs = main_block(paragraphs, from_top=from_top)
    dateline, paragraphs = split_dateline(paragraphs)
    paragraphs = drop_end_markers(paragraphs)
    for paragraph in paragraphs:
        # Every phrase QUOTED_FROM knows holds "kutip" or "lansir": most paragraphs skip it.
        match = (
            QUOTED_FROM.search(paragraph) if "kutip" in paragraph or "lansir" in paragraph else None
        )
        if match:
            found.add("attributions", match.group("src").rstrip(",."))
    related, canonical_url = own_link(found.related, title)
    return Extracted(
        title=title,
        canonical_url=canonical_url,
        paragraphs=tuple(paragraphs),
        authors=tuple(found.authors),
        editors=tuple(found.editors),
        attributions=tuple(found.attributions),
        dateline=dateline,
        tags=tuple(found.tags),
        images=tuple(found.images),
        related=related,
        published_raw=tuple(found.published),
        modified_raw=tuple(found.modified),
    )


def body_start(lines: list[str], title_at: int | None, first_headline: int | None) -> int:
    """Where the body is sought: under the headline. On a forum thread's page the headline the
    search finds may stand in the thread, over a later post (a reply's title, a post's date
    line): the posts above it, under their cards, are the thread's too, and the body is
    sought from the top (blocks renderings of wcxb-dev forum pages: A 3, B 2 up, none down)."""
    if title_at is None:
        return 0
    if title_at != first_headline and forum_thread(lines[:title_at]):
        return 0
    return title_at + 1


def page_headline(lines: list[str]) -> int | None:
    """The headline of a page's text (no first-line headline over one article's text): the
    heading the title line first names, a forum thread's title over its starter, or else the
    headline just above the densest prose; on a forum thread, a headline found among its
    posts gives way to the title the board prints twice above them (``repeated_title``)."""
    title_at = title_line_head(lines)
    if title_at is None:
        title_at = thread_title(lines)
    if title_at is None:
        title_at = trail_heading(lines)
    if title_at is None:
        title_at = title_near_story(lines, title_index(lines))
    card = first_card(lines)
    if card is not None and (
        title_at is None
        or (title_at > card and without_thread_marks(lines[title_at]) not in lines[:card])
    ):
        repeated = repeated_title(lines, card)
        title_at = title_at if repeated is None else repeated
    # A product page's name stands over its price, above the prose the search above chose.
    named = priced_name(lines, title_at)
    return title_at if named is None else named


def own_link(related: list[Related], title: str | None) -> tuple[tuple[Related, ...], str | None]:
    """The related articles less the article itself, and its address if a link to it gave one.
    A site's copy handler appends a link back to the copied article under its own headline
    ("Baca artikel detiknews, \"<headline>\" selengkapnya https://…": patterns.COPY_LINK): that
    address is the article's canonical URL, as a page's ``<link rel="canonical">`` is, and no
    article is related to itself."""
    if title is None:
        return tuple(related), None
    key = _title_key(title)
    own = [item for item in related if _title_key(item.title) == key]
    if not own:
        return tuple(related), None
    url = next((item.url for item in own if item.url), None)
    return tuple(item for item in related if item not in own), url


def _title_key(title: str) -> str:
    return " ".join(title.strip(QUOTES).split()).casefold()


#: The fewest words of a line a hard wrap may have cut (a menu entry or a heading has fewer).
WRAPPED_MIN_WORDS: Final = 6
#: How a line cut by a hard wrap may end: inside a sentence, at a word or a comma.
_UNFINISHED: Final = frozenset(SENTENCE_MARKS + CLOSING_QUOTES + ":;)]")
_ENDS: Final = frozenset(SENTENCE_MARKS + CLOSING_QUOTES)


def join_wrapped(lines: list[str]) -> list[str]:
    """Prose hard-wrapped at a fixed width (a ``<pre>`` block, a plain-text newsletter, a page
    with ``<br>`` every 80 characters) comes as lines that each hold part of a sentence; read
    one by one they are short lines without a stop, tolled as a menu. A line of six words or
    more that ends inside a sentence (no stop, colon or closing bracket) and the line right
    under it, opening in lower case and itself six words or more or the sentence's end, are
    one line cut in two: joined again. A menu's entries have fewer words, a heading is not
    followed by lower case, a list item under a label opens with its bullet or quantity. A
    byline or a dated line under a headline ("by jane | Apr 21, 2025") and a comment under its
    date line ("June 19, 2019 at 2:06 am") are no continuation: measured on the blocks
    renderings, they cost 5 titles a half and a comment thread won a story."""
    # Each line is judged against the one above it as scraped, and a joined line is built from
    # its pieces once: linear however many lines a wrap cut.
    out: list[list[str]] = []
    above = ""
    for line in lines:
        if (
            line[:1].islower()
            and above
            and above[-1] not in _UNFINISHED
            and word_count(above) >= WRAPPED_MIN_WORDS
            and (word_count(line) >= WRAPPED_MIN_WORDS or line[-1] in _ENDS)
            and not date_line_only(above)
            and not title_cased(above)
            and promo_title(above) is None  # a promo stays one line, to go to related
            and not BYLINE.match(line)
            and not DATE_LINE.search(line)
        ):
            out[-1].append(line)
        else:
            out.append([line])
        above = line
    return [" ".join(pieces) for pieces in out]


#: The fewest long words (four letters or more, past the first word) a title-case line holds.
TITLE_CASE_MIN_WORDS: Final = 2


def title_cased(line: str) -> bool:
    """Whether ``line`` is written in title case ("11 SEO Strategies for 2025 to Boost Rankings
    and Stay Ahead", "Best GPS Running Watches of 2026"): a headline's, not a piece of prose a
    hard wrap cut, which is written as sentences. The line under such a headline opening in
    lower case is its byline without a capital ("by Jason Rostar | SEO | 8 min Read") or a deck
    opening with a brand written in lower case ("iRunFar reviews the best GPS watches …"):
    joined to it, the headline was lost (blocks renderings of wcxb-dev: 2 article titles of
    half A, 2 of half B)."""
    long_words = sum(1 for word in line.split()[1:] if len(word) >= 4 and word[:1].isalpha())
    return long_words >= TITLE_CASE_MIN_WORDS and capitals_share(line) >= HEAD_CAPITALS_MIN


def _route_lines(body_lines: list[str], found: Collected) -> list[str]:
    """The body's lines routed one by one (``route``): what stays in the body, in order; a
    held caption line and a promo label's title line decided by the line after them."""
    paragraphs: list[str] = []
    previous: str | None = None
    above: str | None = None  # the body line right above, no blank line between
    promo_label = False  # the line above was "Baca juga:" alone: this one is its title
    for line in body_lines:
        if not line:
            above = None
            continue
        if promo_label and not is_paragraph(line) and len(line) <= MAX_TITLE_CHARS:
            promo_label, above = False, None
            found.add_related(line.strip(QUOTES))
            continue
        promo_label = promo_label_alone(line)
        kept = route(
            line, previous, found, before_body=not paragraphs and previous is None, above=above
        )
        above = kept if kept is not None and kept not in {CAPTION_PENDING, CAPTION_PAIR} else None
        if kept == CAPTION_PENDING:
            previous = line
            continue
        if previous is not None and kept != CAPTION_PAIR:
            # The held line was not a caption after all: it belongs to the body.
            paragraphs.append(previous)
        previous = None
        if kept is not None and kept != CAPTION_PAIR:
            paragraphs.append(kept)
    if previous is not None:
        paragraphs.append(previous)

    return paragraphs


def split_dateline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    if not paragraphs:
        return None, paragraphs
    match = DATELINE.match(paragraphs[0])
    if not match:
        return None, paragraphs
    tag = match.group("tag").strip(" ,")
    if not dateline_tag(tag):
        return None, paragraphs
    return tag, [match.group("rest").strip(), *paragraphs[1:]]


def drop_end_markers(paragraphs: list[str]) -> list[str]:
    """The paragraphs without their end markers ("***", "(ara/ara)"). An end marker closes the
    story: on its last paragraph any case goes; above it, a marker in capitals ("(NASA/GSFC)"
    under a name in a credits list) is an agency's credit, not an editor's initials, which are
    written in lower case (one wcxb-dev article of half A lost its credit line that way)."""
    out = []
    last = len(paragraphs) - 1
    for index, paragraph in enumerate(paragraphs):
        stripped = strip_end_marker(paragraph).strip()
        if index < last and stripped != paragraph.strip() and _capital_marker(paragraph, stripped):
            stripped = paragraph.strip()
        if stripped:
            out.append(stripped)
    return out


def _capital_marker(paragraph: str, stripped: str) -> bool:
    """Whether the end marker cut off ``paragraph`` is written in capitals ("(NASA/GSFC)")."""
    letters = [ch for ch in paragraph.strip()[len(stripped) :] if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) * 2 > len(letters)
