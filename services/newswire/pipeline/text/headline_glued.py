"""A page's headline glued to its date on one rendered line ("Advent of Code 2025 week 2 20
December 2025", "Porting an HTML5 parser / Dec 2025"): a page prints the date in an inline
element beside its heading, and a renderer that writes one line per block joins them. Read
whole, the line is no headline (it holds a date, or the date after a slash reads as a photo's
credit) and a site's name above it was taken for the title. Blocks renderings of wcxb-dev:
article titles A +1 / -0, B +1 / -0 (the same of all types); clean renderings, ScrapingHub's
bodies and the Indonesian scrapes' proxy unchanged. The rest of session 28's "truth not a line
of the text" (A 50 / B 38) is mostly titles from the page's <title> or reworded by the
annotators, and a site suffix the truth keeps on about as many pages as it drops."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.dates import is_date_like, parse_month
from newswire.pipeline.text.headline import first_line
from newswire.pipeline.text.headline_shape import headline_like
from newswire.pipeline.text.lines import date_line_only, is_paragraph
from newswire.pipeline.text.patterns import DATE_LINE

#: The signs a page puts between a heading and its date ("Title / Dec 2025", "Title | 3 May
#: 2024", "Title — 3 May 2024").
SEPARATORS: Final = frozenset(("/", "|", "-", "–", "—", "·", "•", "⋅"))

#: The dashes among them: a headline's own parts are joined with a dash.
DASHES: Final = frozenset(("-", "–", "—"))

#: Words a date follows inside a headline or a date line ("Best films of May 2025", "Posted on
#: 3 May 2025", "Terbit pada 3 Mei 2025"): with the date cut off, the head is no headline.
DATE_LEADS: Final = frozenset(
    (
        *("on", "at", "by", "in", "of", "for", "to", "from", "since", "until", "till"),
        *("through", "the", "a", "an", "per", "updated", "published", "posted"),
        *("pada", "di", "sejak", "hingga", "sampai", "dari", "oleh", "ke", "untuk"),
    )
)

#: The most words of a date after a headline ("20 December 2025", "Dec 3, 2025", "Dec 2025").
DATE_WORDS: Final = 3


def date_tail(line: str) -> int | None:
    """How many words at the end of ``line`` are one date and nothing else (the longest such
    tail, up to ``DATE_WORDS``), or None when it does not end with a date."""
    if not line[-4:].isdigit():
        return None  # every date shape here ends with its year: most lines stop here
    words = line.split()
    for size in range(min(DATE_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-size:])
        if (DATE_LINE.fullmatch(tail) and is_date_like(tail)) or parse_month(tail) is not None:
            return size
    return None


def glued_head(line: str) -> tuple[str, str] | None:
    """The headline and the date of a line that is a headline and its date, or None: the words
    before the date (less a separator between), when they are headline-shaped and do not lead
    into the date ("Best films of", "Posted on")."""
    size = date_tail(line)
    if size is None:
        return None
    words = line.split()
    date = " ".join(words[-size:])
    del words[-size:]
    separator = words.pop() if words and words[-1] in SEPARATORS else None
    if not words or words[-1].casefold() in DATE_LEADS or words[-1].endswith((":", ",")):
        return None
    # An embedded post's attribution opens on a dash ("— Jane Doe (@jane) November 15, 2019"):
    # a headline never does.
    if words[0][0] in SEPARATORS:
        return None
    # A month after a dash is the period a guide's headline covers ("The Best Cheap Earbuds
    # under $50 - March 2026"), its own words; after a slash, a pipe or a dot the month is
    # the page's date beside its heading ("… test suite / Dec 2025").
    if separator in DASHES and parse_month(date) is not None:
        return None
    head = " ".join(words)
    return (head, date) if headline_like(head) and not DATE_LINE.search(head) else None


def split_glued(lines: list[str]) -> list[str]:
    """``lines`` with a headline glued to its date split in two lines, the headline over its
    date, where the line stands right over a paragraph of the story (the shape of a page's
    heading and its date above the story). The text's first line is left whole: over one
    article's text a date in it is the headline's own ("Harga Emas Antam Hari Ini 5 Januari
    2025", "Weekly Digest 5 January 2025"), as the scraper gave it."""
    first = first_line(lines)
    out: list[str] = []
    for index, line in enumerate(lines):
        below = lines[index + 1] if index + 1 < len(lines) else ""
        pair = (
            glued_head(line)
            if line[-4:].isdigit()  # a date ends with its year: most lines stop here
            and index != first
            and below
            and is_paragraph(below)
            and not date_line_only(line)
            else None
        )
        if pair is None:
            out.append(line)
        else:
            out += pair
    return out
