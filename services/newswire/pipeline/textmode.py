"""Extraction from plain-text scrapes (a page's visible text, one block per line).

The scrape keeps the page's boilerplate as lines. Each line is routed by rules that hold across
news sites rather than for one page: promos become ``related``, credit lines become metadata,
short lines after the last real paragraph are navigation, and so on. Each rule says why.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from newswire.events import Image, Related
from newswire.pipeline.dates import UPDATED_PREFIX
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.textnorm import clean_text

# Promotional links inserted between paragraphs: "Baca Juga: <title>" and its equivalents. News
# sites print them anywhere (first or last line, twice), with an object word before the colon
# ("Simak juga Video: …", "Baca Juga Artikel: …"), with the title in quotes, or with no colon at
# all ("Tonton juga video \"…\""): one shape, a promo verb phrase then a title.
_PROMO_VERB = (
    r"baca juga|baca pula|baca lagi|baca|simak juga|simak|lihat juga|lihat|tonton juga|tonton"
    r"|saksikan juga|saksikan|read more|read also|also read|related|see also|more|watch"
    r"|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|a lire aussi|leia também|leia mais"
    r"|lee también|lea también|artikel berkaitan|berita terkait|artikel terkait"
)
_PROMO_OBJECT = r"(?:\s+(?:juga|video|videonya|foto|artikel|berita|infografis|selengkapnya))*"
_PROMO = re.compile(
    rf"^(?:{_PROMO_VERB}){_PROMO_OBJECT}\s*:\s*[\"“'‘«]?(?P<title>.+?)[\"”'’»]?\s*$",
    re.IGNORECASE,
)
# Without a colon the verb alone is too common a sentence opener ("Simak penjelasannya"): the
# promo reads "<verb> juga …" or "<verb> video …".
_PROMO_NO_COLON = re.compile(
    r"^(?:(?:baca|simak|lihat|tonton|saksikan) juga|(?:simak|saksikan|tonton|lihat|watch)"
    r"(?: juga)? video(?:nya)?)\b(?:\s+(?:video|videonya|artikel|berita))?\s*"
    r"(?P<title>[\"“'‘«]?.{0,200}?)\s*$",
    re.IGNORECASE,
)
_QUOTES = "\"“”'‘’«» "
# An embed placeholder a scraper leaves where a player or widget was: "[Gambas:Video 20detik]",
# "[Embed: twitter]" — a bracketed "kind: reference", never text a reader sees.
_EMBED = re.compile(r"^\[[^\[\]:]{1,40}:[^\[\]]{0,80}\]$")
# Lines that are page furniture in any article (ads, scroll hints, channel invitations).
_NOISE = re.compile(
    r"^(?:scroll to continue with content|advertisement|advertisment|anzeige|publicidade"
    r"|publicidad|publicité|iklan|sponsored|ads|x|close|tutup|share|bagikan|perbesar"
    r"|[-*_=•·]{3,}"
    r"|.{0,80}\b(?:whatsapp|telegram) (?:channel|saluran)\b.{0,80}"
    r"|.{0,60}\b(?:ikuti|follow|gabung|join)\b.{0,40}\b(?:whatsapp|telegram|google news)\b.{0,80})$",
    re.IGNORECASE,
)
# "Editor: M Bayu Pratama", "Penulis: …", "Reporter: …", "Sumber: Al Jazeera" …
_CREDIT = re.compile(
    r"^(?P<label>editor|penyunting|redaktur|penulis|reporter|pewarta|wartawan|writer|author"
    r"|autor|auteur|sumber|source|quelle|fuente|fonte|kontributor|contributor)\s*:\s*(?P<who>.{1,160})$",
    re.IGNORECASE,
)
_CREDIT_FIELD = {
    "editor": "editors",
    "penyunting": "editors",
    "redaktur": "editors",
    "penulis": "authors",
    "reporter": "authors",
    "pewarta": "authors",
    "wartawan": "authors",
    "writer": "authors",
    "author": "authors",
    "autor": "authors",
    "auteur": "authors",
    "kontributor": "authors",
    "contributor": "authors",
    "sumber": "attributions",
    "source": "attributions",
    "quelle": "attributions",
    "fuente": "attributions",
    "fonte": "attributions",
}
# "By Jane Doe" / "Oleh: Jane Doe" bylines stand alone on a short line.
_BYLINE = re.compile(r"^(?:by|oleh|von|par|por)\s*:?\s+(?P<who>[^\d.!?]{2,100})$", re.IGNORECASE)
# "Artikel ini telah tayang di Kompas.com dengan judul …" and English equivalents: syndication.
_SYNDICATED = re.compile(
    r"^(?:artikel ini (?:telah )?(?:tayang|terbit|dimuat)(?: lebih dulu)? di|this (?:article|story)"
    r" (?:was|first) (?:originally )?(?:published|appeared) (?:in|on|by))\s+(?P<src>[^\s,.]+(?:\.[a-z]{2,})*)",
    re.IGNORECASE,
)
# "Dikutip Pikiranrakyat-Bekasi.com dari Al Jazeera, …": the source inside a news paragraph.
_QUOTED_FROM = re.compile(
    r"\b(?:dikutip|dilansir|mengutip|melansir|sebagaimana dikutip|seperti dikutip|seperti dilansir)"
    r"\s+(?:\S+\s+){0,3}?dari\s+(?P<src>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})",
)
_REUTERS_CREDIT = re.compile(
    r"^\((?:reporting|additional reporting|writing) by (?P<who>[^;)]+)"
    r"(?:;\s*(?:editing by (?P<editors>[^;)]+)|[^;)]*))*\)$",
    re.IGNORECASE,
)
# A date/time line above the body: "- 24 Oktober 2020, 06:25 WIB", "Kompas.com - 21/10/2025, 20:43 WIB".
_DATE_LINE = re.compile(
    r"(?:\b\d{1,2}\s+[A-Za-zÀ-ÿ]{3,10}\.?\s+\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b[A-Za-z]{3,10}\.?\s+\d{1,2},\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b)"
)
# Caption credits: "… /Twitter/@SecPompeo", "… (Liputan6.com/Angga Yuniar)", "… Foto: ANTARA/…".
_CAPTION_CREDIT = re.compile(
    r"^(?P<caption>.*?)\s*(?:(?<=\s)/\s*(?P<slash>[^\s/][^/]{0,60}(?:/[^/]{1,60}){0,3})"
    r"|\((?P<paren>(?:foto|photo|dok|dokumentasi|ist|istimewa|antara|reuters|ap|afp|getty|"
    r"[\w.-]+\.(?:com|co|id|net))[^()]{0,80})\)"
    r"|\b(?:foto|photo|fotó|bild)\s*:\s*(?P<label>.{2,80}))\s*$",
    re.IGNORECASE,
)
# A photo credit no sentence ends with, so the line is a caption however long:
# "(Liputan6.com/Angga Yuniar)", "(Foto: ANTARA/Hafidz)", "(Dok. Humas)".
_PHOTO_CREDIT = re.compile(
    r"\((?:[\w.-]+\.(?:com|co|id|net)/[^()/]{2,60}|(?:foto|photo|dok|dokumentasi)\b[^()]{1,80})\)\s*$",
    re.IGNORECASE,
)
# A headline: short, several words, not a sentence that ends in a period.
_MAX_TITLE_CHARS = 300
# "PR BEKASI -", "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "WASHINGTON (Reuters) -",
# "KUALA LUMPUR:": a place/agency tag before a dash (or a colon after capitals) opens the story.
_DATELINE = re.compile(
    r"^(?P<tag>(?:[A-Z][\w.'&-]*|\([A-Za-z][\w. &'-]{0,30}\))(?:,?\s+(?:[A-Z][\w.'&-]*|\([A-Za-z][\w. &'-]{0,30}\)|[a-z]\w*\.(?:com|co|id)))*?,?)"
    r"\s*(?:[-–—]+\s+|:\s+(?=[A-Z\"“]))(?P<rest>\S.*)$",
    re.DOTALL,
)
_DATELINE_MAX_WORDS = 6
_END_MARKERS = re.compile(
    r"\s*(?:\*{3,}|\(\s*[a-z]{2,5}\s*/\s*[a-z]{2,5}\s*\)|\[[a-z]{2,5}/[a-z]{2,5}\]|#{3,}|\(\*\))\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…\"”’»)。！？؟।」』]\s*$")
# Navigation words that open a block of menu entries at the foot of a page.
_NAV_OPENERS = frozenset(
    {
        "tags",
        "tag",
        "topik",
        "topics",
        "artikel pilihan",
        "terkait",
        "berita terkait",
        "terkini",
        "terpopuler",
        "popular",
        "most popular",
        "related articles",
        "related stories",
        "more stories",
        "trending",
        "komentar",
        "comments",
        "share this article",
    }
)


@dataclass
class _Collected:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: Titles already in ``related``: a promo printed twice names its article once (a set,
    #: so that thousands of distinct promo lines stay linear).
    related_titles: set[str] = field(default_factory=set)

    def add(self, name: str, value: str) -> None:
        target: list[str] = getattr(self, name)
        if value and value not in target:
            target.append(value)


def extract_text(text: str) -> Extracted:
    lines = list(clean_text(text).split("\n"))
    found = _Collected()

    # A first-line headline with a blank line and the story under it is the title (the shape of
    # a scraper's text of one article); otherwise the headline is sought just above the densest
    # prose (a page's text starts with its menus).
    headline_first = _headline_first(lines)
    title_index = (
        headline_first
        if headline_first is not None
        else _title_near_story(lines, _title_index(lines))
    )
    title = lines[title_index] if title_index is not None else None
    start = 0 if title_index is None else title_index + 1

    from_top = headline_first is not None and title_index == headline_first
    body_lines = _strip_footer(lines[start:], found, story_shaped=from_top)
    paragraphs: list[str] = []
    previous: str | None = None
    for line in body_lines:
        if not line:
            continue
        kept = _route(line, previous, found, before_body=not paragraphs and previous is None)
        if kept == _CAPTION_PENDING:
            previous = line
            continue
        if previous is not None and kept != _CAPTION_PAIR:
            # The held line was not a caption after all: it belongs to the body.
            paragraphs.append(previous)
        previous = None
        if kept is not None and kept != _CAPTION_PAIR:
            paragraphs.append(kept)
    if previous is not None:
        paragraphs.append(previous)

    paragraphs = _main_block(paragraphs, from_top=from_top)
    dateline, paragraphs = _split_dateline(paragraphs)
    paragraphs = _drop_end_markers(paragraphs)
    for paragraph in paragraphs:
        match = _QUOTED_FROM.search(paragraph)
        if match:
            found.add("attributions", match.group("src").rstrip(",."))
    return Extracted(
        title=title,
        paragraphs=tuple(paragraphs),
        authors=tuple(found.authors),
        editors=tuple(found.editors),
        attributions=tuple(found.attributions),
        dateline=dateline,
        tags=tuple(found.tags),
        images=tuple(found.images),
        related=tuple(found.related),
        published_raw=tuple(found.published),
        modified_raw=tuple(found.modified),
    )


_CAPTION_PENDING = "\x00caption-pending"
_CAPTION_PAIR = "\x00caption-pair"


def _title_index(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if not line:
            continue
        words = line.split()
        # The first line is the headline when it is short and does not read as a sentence of
        # body text; scrapes that start straight with the story have no title line.
        looks_like_sentence = line.endswith(".") and len(words) > 25
        if (
            len(line) <= _MAX_TITLE_CHARS
            and len(words) >= 2
            and not looks_like_sentence
            and not _date_line_only(line)  # a date line is the story's date, not its title
        ):
            return index
        return None
    return None


#: How many non-empty lines (date, byline, caption, ad) may stand between a first-line headline
#: and the story's first paragraph.
_LEAD_LINES = 5


def _headline_first(lines: list[str]) -> int | None:
    """The most common shape of a scraper's text of one article: the headline on the first line,
    then (after a date, byline or caption line or two) the story. The first non-empty line is
    the headline when it is shaped like one and a paragraph follows within a few lines; a
    paragraph itself (a scrape that starts with its story) or a menu entry is not."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return None
    line = lines[first]
    words = len(line.split())
    dense = len(line) >= 6 and len(line) > 8 * words  # CJK: characters, not words
    shaped = (
        (words >= 2 or dense)
        and len(line) <= _MAX_TITLE_CHARS
        and words <= 30
        # A sentence ending in a full stop opens a story; a question or a quote may be a headline.
        and not (line.endswith(".") and _is_paragraph(line))
        and not _NOT_HEADLINE.search(line)
        and not _date_line_only(line)
        and not _BYLINE.match(line)
        and not _CREDIT.match(line)
        and _promo_title(line) is None
        and not _NOISE.match(line)
        and not _EMBED.match(line)
    )
    # The blank line: a scraper that sends one article separates its title from the body; a
    # page's "get text" (one line per block) has none, and its first line is a menu or a skip link.
    if not shaped or first + 1 >= len(lines) or lines[first + 1]:
        return None
    following = [i for i in range(first + 1, len(lines)) if lines[i]][:_LEAD_LINES]
    return first if any(_is_paragraph(lines[i]) for i in following) else None


_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _date_line_only(line: str) -> bool:
    """A date line ("Kamis, 24 Oktober 2020", "24/10/2020 06:25 WIB"), not a headline holding
    a date ("Harga Emas Antam Hari Ini 5 Januari 2025"): a time, or few words beside the date."""
    if not _DATE_LINE.search(line):
        return False
    return bool(_TIME.search(line)) or len(_DATE_LINE.sub(" ", line).split()) < 4


#: How far (non-empty lines) a headline may stand before the story's first paragraph.
_HEADLINE_WINDOW = 15


def _title_near_story(lines: list[str], first_line_title: int | None) -> int | None:
    """A scraped page's text starts with its menus, not its headline. The headline stands just
    above the story (the densest stretch of prose), among its byline and date lines: the
    nearest headline-like line there, or one printed twice (breadcrumb and heading, heading and
    share text), wins; the first line only when it is in that window too."""
    span = _story_span(lines)
    if span is None:
        return first_line_title
    window = [i for i in range(span[0]) if lines[i]][-_HEADLINE_WINDOW:]
    candidates = [i for i in window if _headline_like(lines[i])]
    if not candidates:
        return first_line_title if first_line_title in window else None
    seen: dict[str, int] = {}
    for i in candidates:
        if lines[i] in seen and not _NOT_HEADLINE.search(lines[i]):
            return seen[lines[i]]
        seen.setdefault(lines[i], i)
    if first_line_title in candidates and len(lines[first_line_title].split()) >= 4:
        return first_line_title

    # The best-shaped line, the nearest to the story among equals; a line followed by the date
    # or byline line is the headline, a line after it the deck ("기사입력 : 2018-09-28").
    def rank(i: int) -> tuple[int, int]:
        after = next((line for line in lines[i + 1 : span[0]] if line), "")
        dated = len(after) <= 80 and bool(_DATE_LINE.search(after) or _BYLINE.match(after))
        return _headline_shape(lines[i]) + (1 if dated else 0), i

    return max(candidates, key=rank)


# What sits between headline and story but is none: a credit or byline label ("Photo: …",
# "Текст: …"), an address, share buttons, a gallery counter, a credit in parentheses, a
# footnote, a wire byline.
_NOT_HEADLINE = re.compile(
    r"^(?:photo|foto|image|bild|picture|text|texto|текст|фото|credit|source|sumber|by|oleh|von"
    r"|por|par)\b\s*[:.]?|@|https?://|www\.|\bshar(?:e|ing)\b|continue reading|read more"
    r"|\bimage \d+ of\b|\d+\s*/\s*\d+$|^skip to\b"
    # A credit in parentheses, a footnote, a wire byline ("Tom Krisher, AP Auto Writer").
    r"|^\(.*\)$|^\*|\b(?:writer|correspondent|reporter|editor|staff)$",
    re.IGNORECASE,
)


def _headline_shape(line: str) -> int:
    words = len(line.split())
    dense = len(line) > 15 * words  # scripts without spaces
    score = 0 if _NOT_HEADLINE.search(line) else 3
    score += 0 if line.endswith(".") else 2  # headlines rarely end with a full stop
    score += 1 if dense or 5 <= words <= 20 else 0
    return score


def _headline_like(line: str) -> bool:
    words = len(line.split())
    long_enough = words >= 4 or (len(line) >= 10 and len(line) > 8 * words)  # CJK: characters
    return (
        long_enough
        and len(line) <= _MAX_TITLE_CHARS
        and not (line.endswith(".") and words > 25)
        and not _DATE_LINE.search(line)
        and not _BYLINE.match(line)
        and not _PROMO.match(line)
        and not _PROMO_NO_COLON.match(line)
        and not _NOISE.match(line)
    )


@functools.lru_cache(maxsize=8192)
def _is_paragraph(line: str) -> bool:
    # Asked of every line two or three times per page (title, story span, main block), and
    # sites repeat their menu lines page after page: hence the cache, and the cheap test first.
    if len(line) < 15:
        return False  # eight words need at least 15 characters, forty characters more
    # End markers ("***", "(ara/ara)") close the last paragraph; they do not make it a non-sentence.
    line = _END_MARKERS.sub("", line)
    return _long_enough(line) and bool(_SENTENCE_END.search(line))


def _long_enough(line: str) -> bool:
    # Eight words; scripts written without spaces (Chinese, Japanese) count characters instead.
    words = len(line.split())
    return words >= 8 or (len(line) >= 40 and len(line) > 15 * words)


def _main_block(paragraphs: list[str], *, from_top: bool = False) -> list[str]:
    """Keep the story itself. A scraper's text also holds the page around it: menus,
    breadcrumbs, share bars, teaser lists and footers, mostly runs of short lines. The story is
    the densest stretch of prose: the run of lines with the largest sum of prose characters
    minus a toll per short line (a maximum-sum subarray, linear). Menu runs inside it go too.
    Under a first-line headline the story starts right there (``from_top``): only its end is
    sought, so a long list or a run of quotes early in the story cannot cut its opening."""
    # Free short lines only in one article's text: on a whole page, the teasers and calls to
    # action around the story are short sentences too (measured on rendered wcxb pages: F1
    # 0.897 -> 0.882 with them free there).
    span = _story_span(paragraphs, from_top=from_top, lenient=from_top)
    if span is None:
        return paragraphs
    if from_top:
        # The best prefix ends at its last paragraph; story lines right after it (a closing
        # list, a last one-line quote) cost nothing and belong to the one article there is.
        end = span[1]
        while end + 1 < len(paragraphs) and _story_line(paragraphs[end + 1]):
            end += 1
        span = (span[0], end)
    kept: list[str] = []
    run: list[str] = []
    for line in paragraphs[span[0] : span[1] + 1]:
        if _is_paragraph(line) or len(line.split()) >= 12:
            kept.extend(_unless_menu(run, article=from_top))
            run = []
            kept.append(line)
        else:
            run.append(line)
    kept.extend(_unless_menu(run, article=from_top))
    return kept


#: What a short line (menu entry, teaser link, subheading) costs the stretch that includes it,
#: in prose characters: a subheading between two paragraphs is cheap to keep, a run of menu
#: entries between a teaser and the story is not.
_SHORT_LINE_TOLL = 40


def _prose_weight(line: str) -> int:
    if _is_paragraph(line):
        # Characters of prose; scripts without spaces pack about three letters' worth into one.
        words = len(line.split())
        dense = len(line) > 15 * words
        return len(line) * (3 if dense else 1)
    if len(line.split()) >= 12:
        return len(line) // 2  # a long list item or a sentence without its final stop
    if _LIST_ITEM.match(line):
        return 0  # a numbered or bulleted item: menus are not numbered, listicles are
    return -_SHORT_LINE_TOLL


# A full stop, question or exclamation mark, possibly inside closing quotes: what ends a reply
# ("\"Setuju,\" jawab mereka.") but not a headline in quotes or a caption credit in brackets.
_STOP = re.compile(r"[.!?…。！？][\"”’»]?\s*$")


def _table_row(line: str) -> bool:
    # A table row as scrapers flatten it: cells joined by tabs or by " | " (two at least: one
    # " | " is a breadcrumb or a title's site suffix). Counted, not matched: linear on any line.
    return "\t" in line or line.count(" | ") >= 2


def _story_line(line: str) -> bool:
    """A short line shaped like part of a story rather than of a menu: a list item, a table row,
    a one-line sentence, a section label."""
    return bool(_LIST_ITEM.match(line) or _table_row(line) or _short_sentence(line)) or _is_label(
        line
    )


def _short_sentence(line: str) -> bool:
    return len(line.split()) >= 3 and bool(_STOP.search(line))


_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[-•*·▪►✓])\s+\S")


def _story_span(
    lines: list[str], *, from_top: bool = False, lenient: bool = False
) -> tuple[int, int] | None:
    """First and last index of the densest stretch of prose, or None without any prose. With
    ``from_top`` the stretch starts at the first line (the best prefix). ``lenient`` (the body,
    once the headline is known) lets one-line sentences and the items of a labelled list cost
    nothing: a quote or a reply ("\"Setuju,\" jawab mereka.") ends with a stop as no menu entry
    does, and "Bahan:" announces the short lines under it. The headline search keeps them
    tolled, or a deck sentence would join the headline to the story."""
    best, best_span = 0, None
    total, start = 0, 0
    listing = 0  # items left of a list opened by a label line ("Bahan:", "Steps:")
    first = next((i for i, line in enumerate(lines) if line), 0)
    for index, line in enumerate(lines):
        if not line:
            continue
        if total <= 0 and not from_top:
            total, start = 0, index
        weight = _prose_weight(line)
        if lenient and _is_label(line):
            listing, weight = _LIST_AFTER_LABEL, 0
        elif lenient and weight < 0 and listing and _list_item_shaped(line):
            listing, weight = listing - 1, 0  # an item of the labelled list
        elif lenient and weight < 0 and (_short_sentence(line) or _table_row(line)):
            weight = 0
        elif weight > 0:
            listing = 0
        total += weight
        if total > best:
            best, best_span = total, ((first if from_top else start), index)
    return best_span


def _list_item_shaped(line: str) -> bool:
    # Ingredients and steps have a quantity or several words ("200 g tepung terigu"); the
    # one-word entries under "Share this:" are buttons.
    return len(line.split()) >= 2 or line[:1].isdigit()


#: How many short lines after a label line ending in ":" count as its list items.
_LIST_AFTER_LABEL = 30


def _is_label(line: str) -> bool:
    """A section label that opens a list or a block: "Bahan:", "Cara membuat:", "What you
    need:" — a few words ending in a colon, not a credit or promo label."""
    return (
        line.endswith(":")
        and len(line.split()) <= 8
        and not _CREDIT.match(line)
        and not _NOT_HEADLINE.search(line)  # "Share this:", "Photo:"
        and line.lower().rstrip(":") not in _NAV_OPENERS
        and _promo_title(line) is None
    )


def _unless_menu(run: list[str], *, article: bool = False) -> list[str]:
    # Menus and link lists are runs of one-to-four-word entries; a list inside an article has
    # longer items, and one or two short lines are subheadings. A run holding a label line
    # ("Bahan:"), a list item, a table row or a sentence (quote, reply) is part of the story.
    # Under a first-line headline (``article``: one article, not a page) a menu is a run of
    # one-or-two-word entries: a run of short features or subheadings is the story's.
    words = sum(len(line.split()) for line in run) / max(1, len(run))
    if (
        len(run) >= 3
        and words <= (2.5 if article else 4)
        and not any(_story_line(line) for line in run)
    ):
        return []
    return run


def _strip_footer(lines: list[str], found: _Collected, *, story_shaped: bool = False) -> list[str]:
    """Drop the navigation block after the story: everything past the last real paragraph that is
    only short menu-like lines, or that starts at a navigation heading such as ``Tags``. Under a
    first-line headline (``story_shaped``) the text is one article, not a page: lines shaped like
    story lines (list items, table rows, one-line sentences, labels) stay until a navigation
    heading, for the story's end to decide."""
    # From the end: the footer is short, so this stops after a few lines on any input.
    last_paragraph = next((i for i in range(len(lines) - 1, -1, -1) if _is_paragraph(lines[i])), -1)
    cut = len(lines)
    for index in range(last_paragraph + 1, len(lines)):
        line = lines[index]
        if line.lower().rstrip(":") in _NAV_OPENERS:
            cut = index
            break
    tail = lines[last_paragraph + 1 : cut]
    # Credit lines after the story still carry metadata, and short menu entries are dropped.
    kept = [
        line
        for line in tail
        if _CREDIT.match(line)
        or _SYNDICATED.match(line)
        or _REUTERS_CREDIT.match(line)
        or _promo_title(line)  # a promo after the story still names a related article
        or (story_shaped and _story_line(line))
    ]
    del found  # tags cannot be told apart from menu entries in a text scrape
    return lines[: last_paragraph + 1] + kept


def _route(line: str, previous: str | None, found: _Collected, *, before_body: bool) -> str | None:
    """Route one line: return it (or a cleaned form) to keep it in the body, None to drop it, or
    the caption marker to hold it until the next line says whether it was a caption."""
    if _NOISE.match(line) or _EMBED.match(line):
        return None
    promo = _promo_title(line)
    if promo is not None:
        if promo and promo not in found.related_titles:
            found.related_titles.add(promo)
            found.related.append(Related(title=promo))
        return None
    credit = _CREDIT.match(line)
    if credit:
        field_name = _CREDIT_FIELD[credit.group("label").lower()]
        for who in re.split(r"\s*[,;&]\s*|\s+(?:dan|and|und|et|y|e)\s+", credit.group("who")):
            found.add(field_name, who.strip(" .*"))
        return None
    reuters = _REUTERS_CREDIT.match(line)
    if reuters:
        found.add("attributions", "Reuters")
        for who in re.split(r",\s*|\s+and\s+", reuters.group("who")):
            found.add("authors", who.strip())
        for who in re.split(r",\s*|\s+and\s+", reuters.group("editors") or ""):
            if who.strip():
                found.add("editors", who.strip())
        return None
    syndicated = _SYNDICATED.match(line)
    if syndicated:
        found.add("attributions", syndicated.group("src"))
        return None
    if before_body:
        byline = _BYLINE.match(line)
        if byline and len(line.split()) <= 8:
            found.add("authors", byline.group("who").strip())
            return None
        if _DATE_LINE.search(line) and len(line) <= 80 and not _is_paragraph(line):
            target = "modified" if UPDATED_PREFIX.match(line) else "published"
            found.add(target, line.lstrip("-–— ").strip())
            return None

    if previous is not None:
        caption = _caption_with_credit(line)
        if caption is not None and _same_caption(previous, caption[0]):
            found.images.append(Image(caption=caption[0] or previous, credit=caption[1]))
            return _CAPTION_PAIR
    caption = _caption_with_credit(line)
    if caption is not None and (not _is_paragraph(line) or _PHOTO_CREDIT.search(line)):
        found.images.append(Image(caption=caption[0] or None, credit=caption[1]))
        return None
    # A short line without a sentence end before the body may be a caption whose credited copy
    # follows (scrapers often render the <img alt> and the <figcaption>): hold it one line.
    if before_body and len(line) <= 200 and not _is_paragraph(line):
        return _CAPTION_PENDING
    return line


def _promo_title(line: str) -> str | None:
    """The promoted title of a promo line ("" for a bare invitation such as "Saksikan video
    pilihan di bawah ini"), None for any other line."""
    match = _PROMO.match(line)
    if match:
        return match.group("title").strip(_QUOTES)
    match = _PROMO_NO_COLON.match(line)
    if not match:
        return None
    rest = match.group("title")
    # A quoted or capitalised rest is a headline; lower-case words are an invitation.
    titled = rest[:1] in _QUOTES or rest[:1].isupper()
    return rest.strip(_QUOTES) if titled else ""


def _caption_with_credit(line: str) -> tuple[str, str] | None:
    if len(line) > 400:
        return None
    match = _CAPTION_CREDIT.match(line)
    if not match:
        return None
    credit = match.group("slash") or match.group("paren") or match.group("label")
    if not credit:
        return None
    credit = credit.strip(" /")
    # A slash credit names a source, not a sentence: reject "and/or"-style slashes in prose.
    if (
        match.group("slash")
        and (len(credit.split()) > 6 or not credit[:1].isalnum())
        and not credit.startswith("@")
    ):
        return None
    return match.group("caption").strip(), credit


def _same_caption(held: str, caption: str) -> bool:
    return held.rstrip(" .") == caption.rstrip(" .") or caption.startswith(held.rstrip(" ."))


def _split_dateline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    if not paragraphs:
        return None, paragraphs
    match = _DATELINE.match(paragraphs[0])
    if not match:
        return None, paragraphs
    tag = match.group("tag").strip(" ,")
    words = tag.split()
    letters = [ch for ch in tag if ch.isalpha()]
    upper_share = sum(ch.isupper() for ch in letters) / max(1, len(letters))
    # A dateline is a few words, and either mostly capitals ("PR BEKASI", "JAKARTA (ANTARA)")
    # or a site name / agency ("Liputan6.com, Jakarta", "Berlin (dpa)") or a lone place name.
    is_tag = len(words) <= _DATELINE_MAX_WORDS and (
        upper_share >= 0.6
        or "(" in tag
        or ".com" in tag.lower()
        or ".co" in tag.lower()
        or len(words) == 1
    )
    if not is_tag:
        return None, paragraphs
    return tag, [match.group("rest").strip(), *paragraphs[1:]]


def _drop_end_markers(paragraphs: list[str]) -> list[str]:
    out = []
    for paragraph in paragraphs:
        stripped = _END_MARKERS.sub("", paragraph).strip()
        if stripped:
            out.append(stripped)
    return out
