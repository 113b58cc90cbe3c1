"""Character-level clean-up shared by the text and HTML extractors."""

from __future__ import annotations

import re
from typing import Final

# NBSP, narrow NBSP, figure space, ideographic space and the other Unicode spaces all mean " ".
_SPACES: Final = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Zero-width characters and soft hyphens are invisible and break word matching.
_INVISIBLE: Final = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A run of two spaces or more, spelled with its two spaces as a literal prefix: the engine then
# searches for the pair, where " {2,}" began a match at every single space of the text (the
# substitution over the lines holding a run ~half the time, over wcxb-dev's indented markup).
_RUNS_OF_SPACE: Final = re.compile("  +")
_UNUSUAL: Final = re.compile(
    "|".join(pattern.pattern for pattern in (_SPACES, _INVISIBLE, _CONTROL)), re.UNICODE
)
# Typical UTF-8-read-as-Latin-1 sequences: "Ã©", "â€™", "Â " … (two chars from the C2/C3/E2 rows;
# "€" and "™" are cp1252's 80 and 99, the second byte of every "â€™" and "â€œ").
_MOJIBAKE: Final = re.compile(
    r"[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u0192\u20ac\u2122]"
)

# The "Â" of a mojibake no-break space ("Â\xa0") whose no-break space the page's markup or
# the parser has already made a plain space: the pair above no longer matches, and the "Â"
# stays glued to the word before it ("isÂ free"), spoiling that word. It is stranded where a
# real "Â" never stands: after a lower-case letter, a digit or a punctuation mark and before a
# space or the end (a real one begins or sits inside a word, or follows a capital in an
# all-caps word). Half B service 0.881645 -> 0.881829 (a CRM's free-plan page +0.013),
# articles 0.964160 -> 0.964188 (3 pages better, none worse); half A and ScrapingHub unchanged.
# A run of such spaces ("location.Â\xa0Â\xa0", a spacer paragraph "Â\xa0Â\xa0Â") has the
# walk collapse its spaces into one (``" ".join(text.split())`` splits at a no-break space):
# every "Â" after the first, and a lone one at a line's start, then follows a plain space; so
# does one after a dash or a per cent sign ("1%Â\xa0\u2013Â\xa0just"), outside the class above.
# An "Â" standing alone as a word, or ending one that is not all capitals, is never a letter:
# only a capital before it keeps it (an all-caps word's). Half B articles 0.964512 ->
# 0.964510 (2 pages better; 1 worse by 0.004, whose truth is itself mojibake, its "â" words
# having matched the stray "Â"s), all types 0.913261 -> 0.913260; half A and ScrapingHub
# unchanged.
_STRANDED_A: Final = re.compile("(?<![A-Z\u00c0-\u00de])\u00c2(?=\\s|$)")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as Latin-1/cp1252, when that is clearly what happened."""
    # Every pair the pattern finds is beyond ASCII, and ``isascii`` reads a flag the string
    # keeps (no scan): most lines of a page are ASCII and skip the pattern's scan.
    if text.isascii():
        return text
    if "\u00c2" in text:  # a substring test before the pattern's scan
        text = _STRANDED_A.sub("", text)
    if not _MOJIBAKE.search(text):
        return text
    for legacy in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(legacy).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        # Only accept the repair if it removed the telltale pairs instead of creating new ones.
        if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)):
            return fixed
    return _SEQUENCE.sub(_repaired_sequence, text)


# A page stored double-encoded (its UTF-8 bytes once read as Latin-1 and saved as UTF-8 again)
# mixes the two: "doesnâ\x80\x99t" beside a correct U+2019 or "é" in one paragraph, so the
# whole-text round trip above fails on the correct characters and the page's every
# apostrophe, dash and quote stays broken (6 articles and a service page of wcxb-dev kept such
# lines; 35 of its 1,615 pages with ScrapingHub hold double-encoded text).
# Each broken character is one complete UTF-8 sequence spelled in Latin-1/cp1252 characters:
# a lead (C2-DF for two bytes, E0-EF for three, F0-F4 for four) and its continuation bytes
# (80-BF: U+0080-U+00BF read as Latin-1, or the cp1252 letters and marks of 80-9F), so each is
# repaired alone. A lead and continuations that decode as valid UTF-8 do not occur in real
# text, except as a letter before a symbol or a quote ("Gruß“" is DF 93, NKo U+07D3): a
# two-byte sequence is repaired only into Latin letters and signs (U+00A0-U+02FF), where
# mojibake's "Â " and "Ã©" land and a real pair does not.
_CONTINUATION: Final = "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
_SEQUENCE: Final = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
    f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)
_TWO_BYTE_RANGE: Final = range(0xA0, 0x300)


def _repaired_sequence(match: re.Match[str]) -> str:
    sequence = match.group()
    raw = bytes(ord(char) if ord(char) < 0x100 else char.encode("cp1252")[0] for char in sequence)
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return sequence
    if len(raw) == 2 and ord(fixed) not in _TWO_BYTE_RANGE:
        return sequence
    return fixed


def clean_line(line: str) -> str:
    # The HTML extractor cleans every text node near the headline and every paragraph (~700
    # lines a page), half of them the whitespace between tags, which cleans to "" (what is
    # removed or made a space is all stripped). The others: one scan for the three kinds of
    # unusual characters and a substring test for a run of spaces instead of four
    # substitutions, as most lines hold none.
    # Stripped first, as the result is: what the steps below make of the white space at either
    # end is white space (each character is kept, made a space or removed by itself, and none
    # they remove or keep is other than white space there), so it is stripped all the same.
    # The text nodes of indented markup begin and end with a line break ("\n    Words\n  "):
    # stripped, most are printable and skip the pattern's scan (13,547 of the 19,090 lines
    # unprintable as given, over every 4th page of wcxb-dev and ScrapingHub), and the
    # whitespace between tags is "" without a test of its own.
    line = line.strip()
    # Every character of the three kinds is one ``isprintable`` refuses (a control, a format
    # character, a space other than " "), and its scan is a fifth of the pattern's: the pattern
    # reads only the lines it finds unprintable (~4% of them, most for a line break within).
    if not line.isprintable():
        # Tabs and no-break spaces, most of the characters of the three kinds in a page's text
        # and each one the steps below make a space, are made spaces first by ``replace``
        # (a memchr-speed find; the line itself back when it holds none). The steps work
        # character by character, so what is left is theirs alone, and is most often nothing
        # (a line break within): 1,104 of the 16,575 unprintable lines of wcxb-dev and
        # ScrapingHub still need them, where three substitutions over every line the pattern
        # found were a sixth of the cleaning's time (clean_line ~150 -> ~126 µs a page,
        # compiled, over the calls of a run on those pages).
        line = line.replace("\t", " ").replace("\u00a0", " ")
        if _UNUSUAL.search(line):
            line = _INVISIBLE.sub("", line)
            line = _CONTROL.sub("", line)
            line = _SPACES.sub(" ", line)
    if "  " in line:
        line = _RUNS_OF_SPACE.sub(" ", line)
    return line.strip()


def clean_line_within(line: str, limit: int) -> str | None:
    """``clean_line(line)`` when it is at most ``limit`` characters long, else None.

    A rule that wants a short line may be handed a whole column's text (a date's parent; one
    rule of this kind cleaned ~5,000k instructions a page's worth of text over wcxb-dev, its
    runs of spaces most of it). No step of ``clean_line`` makes a prefix's result longer than
    the whole's (each character is kept, removed or spaced by itself, a run of spaces cut off
    still counts one, and the end stripped of a prefix is whitespace the whole keeps or strips
    too), so a prefix that cleans longer than ``limit`` settles it."""
    prefix = 4 * limit + 16
    if len(line) > prefix and len(clean_line(line[:prefix])) > limit:
        return None
    cleaned = clean_line(line)
    return cleaned if len(cleaned) <= limit else None


def clean_text(text: str) -> str:
    """``clean_line`` of every line, joined by ``\n``: the substitutions run once over the whole
    text (none of them matches or removes a line break once ``splitlines`` has cut the text,
    so the result is the same) instead of four regex calls per line, a tenth of a text
    scrape's extraction time."""
    text = "\n".join(repair_mojibake(text).splitlines())
    if _UNUSUAL.search(text):  # one scan; most texts need none of the three
        text = _INVISIBLE.sub("", text)
        text = _CONTROL.sub("", text)
        text = _SPACES.sub(" ", text)
    if "  " in text:
        text = _RUNS_OF_SPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def lacks_words(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` is ASCII and holds none of ``words`` (lower-case) in any case: then a
    case-insensitive pattern whose every match holds one of the words cannot match it. On
    ASCII text the engine's case folding is ASCII's (its other folds, the long s for "s", the
    Kelvin sign for "k", need a character beyond ASCII), so ``lower`` and substring tests
    decide it; a text beyond ASCII is left to the pattern (False). A pattern that tries
    each of many words at each position of a line costs several times these tests."""
    if not text.isascii():
        return False
    lowered = text.lower()
    return not any(word in lowered for word in words)


#: Words grouped under a key each of them holds (``keyed_words``): ``(key, words)`` pairs.
KeyedWords = tuple[tuple[str, tuple[str, ...]], ...]


def keyed_words(words: tuple[str, ...], keys: tuple[str, ...]) -> KeyedWords:
    """``words`` for ``lacks_keyed_words``: each ASCII word under the first of ``keys`` it holds,
    a word holding none under itself. A key missing from a text rules out its whole group in
    one substring test, where ``lacks_words`` tries every word; the words beyond ASCII can be in
    no ASCII text, and a word holding another listed word is in no text lacking that one: both
    are left out (the answer is the same)."""
    kept = [word for word in words if word.isascii()]
    kept = [word for word in kept if not any(other != word and other in word for other in kept)]
    groups: dict[str, list[str]] = {}
    for word in kept:
        key = next((key for key in keys if key in word), word)
        groups.setdefault(key, []).append(word)
    return tuple((key, tuple(group)) for key, group in groups.items())


def lacks_keyed_words(text: str, keyed: KeyedWords, lowered: bool = False) -> bool:
    """``lacks_words`` of the words in ``keyed`` (``keyed_words``), testing a group's words only
    when the text holds its key (``lowered``: the text is lower-case already, as a folded date
    line is, and needs no copy)."""
    if not text.isascii():
        return False
    if not lowered:
        text = text.lower()
    for key, group in keyed:
        if key in text:
            for word in group:
                if word in text:
                    return False
    return True
