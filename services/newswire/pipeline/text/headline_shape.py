"""What a headline looks like as a line of a scrape: its shape and the lines that never are one
(dates, bylines, credits, promos, page notes), and the date lines that mark one from below."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.lines import credit_only, is_noise
from newswire.pipeline.text.patterns import (
    BYLINE,
    BYLINE_LABEL,
    CALL_TO_ACTION,
    CREDIT,
    DATE_LINE,
    MAX_TITLE_CHARS,
    NOT_HEADLINE,
    PAGE_NOTE,
    PROMO,
    PROMO_NO_COLON,
    READING_TIME,
    ROLE_BYLINE,
    UI_CONTROL,
)
from newswire.pipeline.text.route import caption_with_credit

#: How many lines under a headline its date, byline or reading time may stand.
DATED_WITHIN: Final = 3


def dated_line(line: str) -> bool:
    """A date, byline or reading-time line, as a page prints them under its headline. A
    byline's label alone ("By", "By:", "Author:") is a byline too: the page prints the name
    under it on a line of its own ("By" / "The Investopedia Team"), and the headline above it
    counted as undated, outranked by a box's heading nearer the story."""
    return len(line) <= 80 and bool(
        DATE_LINE.search(line)
        or BYLINE.match(line)
        or ROLE_BYLINE.match(line)
        or ("min" in line and READING_TIME.search(line))
        or (len(line) <= BYLINE_LABEL_MAX_CHARS and BYLINE_LABEL.match(line))
    )


#: The longest byline label alone on its line ("Written by:").
BYLINE_LABEL_MAX_CHARS: Final = 12


def headline_shape(line: str) -> int:
    """How much ``line`` is shaped like a headline, against the other headline-like lines above
    a page's story. A line naming the page's controls (``UI_CONTROL``: "Toggle Menu Toggle
    Site Search", "Sign in with Email Login", a menu glued into one line ending on its search
    box) is ranked as a line that is never a headline: it stands between the headline and
    the story on many pages and, nearest, won ties."""
    words = len(line.split())
    dense = len(line) > 15 * words  # scripts without spaces
    score = 0 if NOT_HEADLINE.search(line) or UI_CONTROL.search(line) else 3
    score += 0 if line.endswith(".") else 2  # headlines rarely end with a full stop
    score += 1 if dense or 5 <= words <= 20 else 0
    return score


#: The signs a breadcrumb trail puts between its steps ("Home » Column »", "News \u203a World").
TRAIL_SIGNS: Final = frozenset(("»", "›", ">", "→", "/"))


#: Where the scripts written without spaces between words start (CJK radicals, kana, CJK
#: ideographs and the rest of the blocks above them).
SPACELESS_SCRIPTS: Final = 0x2E80


def headline_like(line: str, *, min_words: int = 4) -> bool:
    # A breadcrumb trail's signs are no words, and a trail that ends with one ("Home » Column
    # »") leads to the page, it does not name it: counted as four words, it was the nearest
    # headline-like line above a short blog post whose own two-word headline is too short.
    tokens = line.split()
    if tokens and tokens[-1] in TRAIL_SIGNS:
        return False
    words = sum(1 for token in tokens if token not in TRAIL_SIGNS)
    # Scripts without spaces (Chinese, Japanese) count characters, letters among them: a phone
    # number or a URL is as long per word ("208-595-5095") but no headline, and a page's header
    # prints its phone number twice, as the "printed twice" rule would take it.
    # A word of ten letters in a script with spaces ("Columnists", "Photography": a menu's
    # entries) is one word, not a line of such a script.
    long_enough = words >= min_words or (
        len(line) >= 10
        and len(line) > 8 * words
        and _letters(line) * 2 >= len(line)
        and any(ord(ch) >= SPACELESS_SCRIPTS for ch in line)
    )
    return (
        long_enough
        and len(line) <= MAX_TITLE_CHARS
        and not (line.endswith(".") and words > 25)
        and not DATE_LINE.search(line)
        and not BYLINE.match(line)
        and not PROMO.match(line)
        and not PROMO_NO_COLON.match(line)
        and not is_noise(line)
        and not credit_line(line)
        and not ("min" in line and READING_TIME.search(line))
        and not PAGE_NOTE.search(line)
        # A box's or banner's call to action ("Start Monitoring for Free", "Shop Mesh WiFi",
        # "Learn about our editorial policies") stood between the headline and the story, or
        # nearer it, and won: blocks renderings of wcxb-dev, article titles A +0 / -0, B +2 /
        # -0; all types A +3 / -1 (a tax office's "Get Free Tax Help"), B +4 / -0; clean
        # renderings and ScrapingHub unchanged.
        and not CALL_TO_ACTION.match(line)
    )


def credit_line(line: str) -> bool:
    """Whether ``line`` is a photo's or a wire's credit, or a caption ending with one: "(Reed
    Saxon / Associated Press)", "(Reuters)", "REUTERS/Willy Kurniawan", "Photo: Jane Doe /
    AFP", "Para peserta rapat di Jakarta. (Foto: ANTARA/Hafidz)". A page prints it under the
    headline and its deck, next to the story's byline, so it is often the headline-like line
    nearest the story; it names the picture, never the article (the seed en_098bb3e96c0a took
    its photo credit for its title). A byline naming the writer's role ("Written by …",
    "Edited by …") is a credit too: half A's rendered review pages gave it as their title."""
    return (
        (line[:1] == "(" and line[-1:] == ")")
        or ROLE_BYLINE.match(line) is not None
        or (":" in line and CREDIT.match(line) is not None)
        or credit_only(line) is not None
        or caption_with_credit(line) is not None
        or ("|" in line and PIPED_PHOTO_CREDIT.search(line) is not None)
    )


#: A caption's photo credit after a pipe ("Paris Baguette opened 80 units this year. | Photo by
#: Lisa Jennings"): nearest the story, the caption ranked as its headline.
PIPED_PHOTO_CREDIT: Final = re.compile(
    r"\|\s*(?:photo|image|photograph|picture)s?\s*(?:by|:|courtesy of)\s*[^|]{2,60}$",
    re.IGNORECASE,
)


def _letters(line: str) -> int:
    return sum(ch.isalpha() for ch in line)
