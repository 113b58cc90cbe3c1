"""Questions asked of one line of a text scrape: a paragraph? a date line? a promo? a label?"""

from __future__ import annotations

import functools
import re
from typing import Final

from newswire.pipeline.text.patterns import (
    APP_INVITE,
    APP_INVITE_OPENERS,
    ATTRIBUTION,
    ATTRIBUTION_MAX_CHARS,
    COMMENT_HEADER,
    COMMENT_HEADER_MAX_CHARS,
    COMMENT_HEADERS_MIN,
    COMMENTS_ON,
    COPY_LINK,
    COPY_LINK_OPENERS,
    CREDIT,
    CREDIT_ONLY,
    DATE_LINE,
    DATELINE,
    DATELINE_MAX_WORDS,
    EMBED,
    END_MARKER_LAST,
    END_MARKERS,
    LEGAL_LINE,
    LIST_ITEM,
    NAV_OPENERS,
    NOISE,
    NOISE_MAX_CHARS,
    NOISE_MESSENGERS,
    NOISE_RULE_CHARS,
    NOISE_WORDS_MAX_CHARS,
    NOT_HEADLINE,
    PROMO,
    PROMO_NO_COLON,
    QUOTED_TITLE,
    QUOTES,
    SECTION_HEADING,
    SECTION_MAX_WORDS,
    SENTENCE_END,
    STOP,
    SYNDICATED,
    TIME,
)

_WORDS: Final = re.compile(r"[^\W\d_]+")
# A sentence ending inside the line: a stop, then a capital ("… in 2020. The …").
_INNER_SENTENCE: Final = re.compile(r"[.!?]\s+[A-Z]")


def word_count(line: str) -> int:
    """The words of a line of ``clean_text``'s output, whose spaces are single and which is
    stripped: its spaces plus one. Asked of every line several times per text, ``split`` built
    a list of its words each time (a tenth of text mode's time on long articles)."""
    return line.count(" ") + 1 if line else 0


def inner_sentence(line: str) -> bool:
    """Whether a sentence ends inside the line: a stop, then a capital ("… in 2020. The …")."""
    return bool(_INNER_SENTENCE.search(line))


def date_line_only(line: str) -> bool:
    """A date line ("Kamis, 24 Oktober 2020", "24/10/2020 06:25 WIB"), not a headline holding
    a date ("Harga Emas Antam Hari Ini 5 Januari 2025"): a time, or few words beside the date."""
    if not DATE_LINE.search(line):
        return False
    return bool(TIME.search(line)) or len(DATE_LINE.sub(" ", line).split()) < 4


def dated_headline(line: str) -> bool:
    """A headline carrying its issue's date ("Metasploit Wrap-Up 12/19/2025", "Weekly Digest
    5 January 2025"): besides the date, two words or more, all capitalised and none a label
    ("Published:"), and no time. A date line's other words are a label, a weekday or a
    lower-case preposition ("Updated on 12/19/2025")."""
    if TIME.search(line):
        return False
    rest = [word for word in DATE_LINE.sub(" ", line).split() if any(c.isalpha() for c in word)]
    return len(rest) >= 2 and all(w[0].isupper() and not w.endswith((":", ",")) for w in rest)


@functools.lru_cache(maxsize=8192)
def is_paragraph(line: str) -> bool:
    # Asked of every line two or three times per page (title, story span, main block), and
    # sites repeat their menu lines page after page: hence the cache, and the cheap test first.
    if len(line) < 15:
        return False  # eight words need at least 15 characters, forty characters more
    # End markers ("***", "(ara/ara)") close the last paragraph; they do not make it a non-sentence.
    line = strip_end_marker(line)
    return long_enough(line) and bool(
        SENTENCE_END.search(line, _last_chars(line, 1))
        or ATTRIBUTION.search(line, _last_chars(line, ATTRIBUTION_MAX_CHARS))
    )


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
    """Page furniture on a line of its own (see NOISE, APP_INVITE); the length test first."""
    # APP_INVITE opens with "d" or "u", letters no other character folds to: most lines stop
    # at the first test (asked of every line several times, as promo_title is).
    if (
        line[:1] in "dDuU"
        and fold(line[:8]).startswith(APP_INVITE_OPENERS)
        and APP_INVITE.match(line)
    ):
        return True
    if len(line) > NOISE_WORDS_MAX_CHARS and line.strip(NOISE_RULE_CHARS):
        if len(line) > NOISE_MAX_CHARS:
            return False
        # casefold() maps every character NOISE's IGNORECASE equates with these words' letters
        # ("S", the long s U+017F) to them, so a line NOISE could match still holds one then.
        folded = line.casefold()
        if not any(word in folded for word in NOISE_MESSENGERS):
            return False
    return bool(NOISE.match(line))


def long_enough(line: str) -> bool:
    # Eight words; scripts written without spaces (Chinese, Japanese) count characters instead.
    words = word_count(line)
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
    return word_count(line) >= 3 and bool(STOP.search(line, _last_chars(line, 2)))


def is_label(line: str) -> bool:
    """A section label that opens a list or a block: "Bahan:", "Cara membuat:", "What you
    need:" — a few words ending in a colon, not a credit or promo label."""
    return (
        line.endswith(":")
        and word_count(line) <= 8
        and not CREDIT.match(line)
        and not NOT_HEADLINE.search(line)  # "Share this:", "Photo:"
        and line.lower().rstrip(":") not in NAV_OPENERS
        and promo_title(line) is None
    )


#: The opening marks that may set a promo off, with their closing mark.
_PROMO_WRAPPERS: Final = {"(": ")", "[": "]", "-": "-", "–": "–", "—": "—"}


def promo_title(line: str) -> str | None:
    """The promoted title of a promo line ("" for a bare invitation such as "Saksikan video
    pilihan di bawah ini"), None for any other line. A promo set off by brackets or dashes
    ("(Baca juga: …)", "[Baca juga: …]", "- Simak Video: … -") is one too, without them."""
    link = copy_link(line)
    if link is not None:
        return link.group("title").strip()
    return plain_promo_title(line)


def plain_promo_title(line: str) -> str | None:
    """``promo_title`` for a line that is no copy handler's link (``copy_link`` asked first)."""
    closer = _PROMO_WRAPPERS.get(line[:1])
    if closer is not None:
        line = line[1:].strip()
        line = line[: -len(closer)].rstrip() if line.endswith(closer) else line
    # PROMO needs a colon: most lines skip it.
    match = PROMO.match(line) if ":" in line else None
    if match:
        return match.group("title").strip(QUOTES)
    # PROMO_NO_COLON opens with a promo verb: most lines skip it.
    match = PROMO_NO_COLON.match(line) if fold(line[:12]).startswith(PROMO_VERBS) else None
    if not match:
        return None
    rest = match.group("title")
    quoted = QUOTED_TITLE.match(rest)
    if quoted:  # the title in quotes, without what follows it ("… di sini:")
        return quoted.group("title").strip()
    # A quoted or capitalised rest is a headline; lower-case words are an invitation.
    titled = rest[:1] in QUOTES or rest[:1].isupper()
    return rest.strip(QUOTES) if titled else ""


def copy_link(line: str) -> re.Match[str] | None:
    """COPY_LINK's match (a site's copy handler's link back to the article), its opening words
    first: most lines skip the regex."""
    if line[:1] not in "bB" or not fold(line[:12]).startswith(COPY_LINK_OPENERS):
        return None
    return COPY_LINK.match(line)


def promo_label_alone(line: str) -> bool:
    """A promo label with its title on the next line: "Baca juga:", "BACA JUGA :"."""
    return line.endswith(":") and promo_title(line) == ""


#: Lower-case words that join a phrase, never a photographer's name (English, Indonesian).
_FUNCTION_WORDS: Final = frozenset(
    {"at", "of", "the", "and", "in", "for", "on", "with", "di", "dan", "dari", "untuk", "yang"}
)


def credit_only(line: str) -> str | None:
    """The credit of a line that is only a photo credit (see CREDIT_ONLY), else None. The
    agency part is mostly capitals or names a photo, so "Jakarta/Bandung" is no credit."""
    match = CREDIT_ONLY.match(line) if "/" in line else None  # no credit without its slash
    if not match or len(line.split()) > 8:
        return None
    if not _FUNCTION_WORDS.isdisjoint(line.split()):
        # A credit names an agency and a photographer; a phrase with "at", "of", "dan" in it is
        # a story's line with a slash ("The AI/Machine Learning Club at Georgia Tech", a name
        # in a list of clubs: one wcxb-dev article of half A lost it as an image's credit).
        return None
    agency = match.group("agency")
    letters = [ch for ch in agency if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters) / max(1, len(letters))
    if upper < 0.6 and not agency.lower().endswith(("photo", "foto")):
        return None
    return match.group("credit").rstrip(" .")


def dateline_tag(tag: str) -> bool:
    """A dateline is a few words, and either mostly capitals ("PR BEKASI", "JAKARTA (ANTARA)")
    or a site name / agency ("Liputan6.com, Jakarta", "Berlin (dpa)") or a lone place name."""
    words = tag.split()
    letters = [ch for ch in tag if ch.isalpha()]
    upper_share = sum(ch.isupper() for ch in letters) / max(1, len(letters))
    return len(words) <= DATELINE_MAX_WORDS and (
        upper_share >= 0.6
        or "(" in tag
        or ".com" in tag.lower()
        or ".co" in tag.lower()
        or len(words) == 1
    )


def opens_with_dash_dateline(paragraph: str) -> bool:
    """A story's lede: "JAKARTA, KOMPAS.com - …", "WASHINGTON (Reuters) — …" (the dash form
    only: "Note: …" and "Today: …" open other paragraphs with a capitalised word and a colon)."""
    match = DATELINE.match(paragraph)
    if not match:
        return False
    separator = paragraph[match.end("tag") : match.start("rest")]
    return any(dash in separator for dash in "-–—") and dateline_tag(match.group("tag").strip(" ,"))


#: A headline with a full stop is one sentence of at most this many words.
HEADLINE_STOP_MAX_WORDS: Final = 20


def headline_with_stop(line: str, following: str | None) -> bool:
    """A headline that ends with a full stop ("Things to Know Before Travelling to Japan for
    the First Time.", "Gubernur resmikan taman baru di Menteng hari ini."), told from a story's
    first sentence: at most 20 words, one sentence (two in full title case), and either in
    title case (three in four words of four letters or more capitalised: no lede is written
    so) or followed by a paragraph opening with a dash dateline (that paragraph is the lede, so the line above it is not). On
    wcxb-dev's articles no short first paragraph passes (measured over both halves)."""
    words = line.split()
    if len(words) > HEADLINE_STOP_MAX_WORDS:
        return False
    long_words = [word for word in _WORDS.findall(line) if len(word) >= 4]
    capitalised = sum(word[0].isupper() for word in long_words)
    if _INNER_SENTENCE.search(line.rstrip(". ")):
        # Two sentences are a headline only in full title case ("Who's Reading Your
        # Newsletter? Increasingly, Not a Human."): a lede's sentences are not.
        return bool(long_words) and capitalised == len(long_words)
    if long_words and capitalised * 4 >= len(long_words) * 3:
        return True
    return following is not None and opens_with_dash_dateline(following)


def page_section(line: str) -> bool:
    """A line where a page's story has ended: a legal line, or a short heading of a comment
    thread, a teaser block or a footer (NAV_OPENERS)."""
    if LEGAL_LINE.match(line) or (line[:1].isdigit() and COMMENTS_ON.match(line)):
        return True
    # A heading ends without a full stop: "More posts ≠ more subscribers." is a sentence.
    return (
        word_count(line) <= SECTION_MAX_WORDS
        and (not line.endswith(".") or line.endswith("..."))
        and bool(SECTION_HEADING.match(line) or line.lower().rstrip(":") in NAV_OPENERS)
    )


def comment_header(line: str) -> bool:
    """The header of a comment (see COMMENT_HEADER); its colon and length first."""
    return (
        len(line) <= COMMENT_HEADER_MAX_CHARS and ":" in line and bool(COMMENT_HEADER.match(line))
    )


def comment_thread(lines: list[str]) -> bool:
    """Whether a page holds a comment thread: several comment headers."""
    return sum(map(comment_header, lines)) >= COMMENT_HEADERS_MIN


#: The words PROMO_NO_COLON opens with.
PROMO_VERBS: Final = ("baca", "simak", "lihat", "tonton", "saksikan", "watch")
#: The words SYNDICATED opens with.
SYNDICATION_OPENERS: Final = ("artikel ini", "this article", "this story")


def fold(text: str) -> str:
    """``text`` in one case, as an IGNORECASE pattern reads it: casefold() maps the case
    variants it equates to one form, but for the dotless i (U+0131) and the dotted capital I
    (U+0130) it equates with i (U+0130 folds to i and a combining dot). A prefilter on folded
    words never skips a line the pattern matches."""
    return text.casefold().replace("\u0131", "i").replace("\u0307", "")


def syndicated(line: str) -> re.Match[str] | None:
    """SYNDICATED's match, its opening words first: most lines skip the regex."""
    if not fold(line[:16]).startswith(SYNDICATION_OPENERS):
        return None
    return SYNDICATED.match(line)


def embed(line: str) -> bool:
    """An embed placeholder (see EMBED): bracketed, so most lines skip the regex."""
    return line[:1] == "[" and bool(EMBED.match(line))
