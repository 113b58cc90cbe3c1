"""Questions asked of one line of a text scrape: a paragraph? a date line? a promo? a label?"""

from __future__ import annotations

import functools

from newswire.pipeline.text.patterns import (
    CREDIT,
    DATE_LINE,
    END_MARKER_LAST,
    END_MARKERS,
    LIST_ITEM,
    NAV_OPENERS,
    NOISE,
    NOISE_MAX_CHARS,
    NOISE_RULE_CHARS,
    NOT_HEADLINE,
    PROMO,
    PROMO_NO_COLON,
    QUOTES,
    SENTENCE_END,
    STOP,
    TIME,
)


def date_line_only(line: str) -> bool:
    """A date line ("Kamis, 24 Oktober 2020", "24/10/2020 06:25 WIB"), not a headline holding
    a date ("Harga Emas Antam Hari Ini 5 Januari 2025"): a time, or few words beside the date."""
    if not DATE_LINE.search(line):
        return False
    return bool(TIME.search(line)) or len(DATE_LINE.sub(" ", line).split()) < 4


@functools.lru_cache(maxsize=8192)
def is_paragraph(line: str) -> bool:
    # Asked of every line two or three times per page (title, story span, main block), and
    # sites repeat their menu lines page after page: hence the cache, and the cheap test first.
    if len(line) < 15:
        return False  # eight words need at least 15 characters, forty characters more
    # End markers ("***", "(ara/ara)") close the last paragraph; they do not make it a non-sentence.
    line = strip_end_marker(line)
    return long_enough(line) and bool(SENTENCE_END.search(line, _last_chars(line, 1)))


def _last_chars(line: str, count: int) -> int:
    """Where the last ``count`` characters before trailing space start: a pattern anchored at
    the end that spans that many characters plus space can only match from there, and
    ``search`` from there skips trying every earlier position of a long paragraph."""
    return max(0, len(line.rstrip()) - count)


def strip_end_marker(line: str) -> str:
    """The line without a closing end marker ("***", "(ara/ara)")."""
    if line.rstrip()[-1:] not in END_MARKER_LAST:
        return line
    return END_MARKERS.sub("", line)


def is_noise(line: str) -> bool:
    """Page furniture on a line of its own (see NOISE); the length test first."""
    if len(line) > NOISE_MAX_CHARS and line.strip(NOISE_RULE_CHARS):
        return False
    return bool(NOISE.match(line))


def long_enough(line: str) -> bool:
    # Eight words; scripts written without spaces (Chinese, Japanese) count characters instead.
    words = len(line.split())
    return words >= 8 or (len(line) >= 40 and len(line) > 15 * words)


def table_row(line: str) -> bool:
    # A table row as scrapers flatten it: cells joined by tabs or by " | " (two at least: one
    # " | " is a breadcrumb or a title's site suffix). Counted, not matched: linear on any line.
    return "\t" in line or line.count(" | ") >= 2


def story_line(line: str) -> bool:
    """A short line shaped like part of a story rather than of a menu: a list item, a table row,
    a one-line sentence, a section label."""
    return bool(LIST_ITEM.match(line) or table_row(line) or short_sentence(line)) or is_label(line)


def short_sentence(line: str) -> bool:
    return len(line.split()) >= 3 and bool(STOP.search(line, _last_chars(line, 2)))


def is_label(line: str) -> bool:
    """A section label that opens a list or a block: "Bahan:", "Cara membuat:", "What you
    need:" — a few words ending in a colon, not a credit or promo label."""
    return (
        line.endswith(":")
        and len(line.split()) <= 8
        and not CREDIT.match(line)
        and not NOT_HEADLINE.search(line)  # "Share this:", "Photo:"
        and line.lower().rstrip(":") not in NAV_OPENERS
        and promo_title(line) is None
    )


def promo_title(line: str) -> str | None:
    """The promoted title of a promo line ("" for a bare invitation such as "Saksikan video
    pilihan di bawah ini"), None for any other line."""
    match = PROMO.match(line)
    if match:
        return match.group("title").strip(QUOTES)
    match = PROMO_NO_COLON.match(line)
    if not match:
        return None
    rest = match.group("title")
    # A quoted or capitalised rest is a headline; lower-case words are an invitation.
    titled = rest[:1] in QUOTES or rest[:1].isupper()
    return rest.strip(QUOTES) if titled else ""
