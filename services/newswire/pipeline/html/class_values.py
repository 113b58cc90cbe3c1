"""What a page's class attributes may hold, read from its markup once, before any class-word
query: a ``[class*="word" i]`` selector matches nothing on a page none of whose classes holds
the word, yet costs lexbor a compare at each place of each class of the page (~60 µs a page a
word over wcxb-dev). The page's queries look for 12 such words (the date words, the byline
words, "isclaimer"), most of which no class of a given page holds (a class holds "posted" on
3% of pages, "writer" on 0.5%, "date" on 40%): a query of only those the page's classes may
hold finds the same elements.

The values are lowered in ASCII, as lexbor's case-blind ``*=`` compares (ASCII letters
only: the long s and the Kelvin sign are no "s" and "k" to it): the markup is lexbor's own input
(selectolax's ``raw_html``, the UTF-8 it parsed), whose parse cannot make a letter of
anything but that letter (a NUL or an invalid byte becomes U+FFFD, a CR a LF) save by a
character reference. One that may stand for a character of a class word (an ASCII letter,
a digit or "-") makes the page answer "any word may be there" (no page of wcxb-dev or
ScrapingHub); one for another character (a quote, a space, "&", a letter beyond ASCII, which
lexbor's case-blind compare never takes for an ASCII one) leaves every word where it is
written, as the words asked are made of those characters only: 42 of the 1,620 parses of
wcxb-dev and ScrapingHub hold only such references (``&#x27;``, ``&#039;``, ``&#x20;`` in a
value or a script's string), and were asked every word by a ``[class*=… i]`` when any
reference answered "any word". Read over every 4th page of wcxb-dev and ScrapingHub: ~310 µs
a page (CPU), where the selectors left out save lexbor ~1.45 times that (timed in the
compiled pipeline: the shared query's and the byline elements' queries). The values are
found in the markup as it is and only they are lowered: lowering the whole markup first cost
~75 µs a page, ~20% of the read.

The shared query looks for a word that a few distinct values hold by those values
(``value_selectors``): an exact test is cheaper than a word's at each place of each class.
Only a value the parse leaves as written can be: one without a character reference, a CR, a
NUL or bytes beyond ASCII (and without a quote or backslash, which a selector must escape).
"""

from __future__ import annotations

import re
from typing import Final

# A class attribute as HTML's tokenizer reads it: the name in any ASCII case, "=" between
# optional spaces, then a value in quotes (to the closing quote, or to the end of the markup,
# where the tag is dropped) or unquoted (to a space or ">"). The scan stops at each "=" (sre
# skips to a pattern's first literal in a tight loop; a "c" in any case is twice as frequent as
# "=" and needed the markup lowered first) and looks back for the name: one test of the
# byte before the "=" turns down most of them (``href=``, ``id=``). Looking back takes a fixed
# width, so a name spaced from its "=" by more than one space is not looked for: any "=" after
# two spaces or more gives its value (a script's ``x  = "a"``: a few values a page, which only
# keep a word asked). A lookahead for the value, so that every "=" of the markup is tried, one
# inside another attribute's value too (``data-x='class="a' class="date"``, where a match that
# took its value would have stepped over the real one): the values found hold every class
# value of the page, and some others (a script's strings, comments).
_SPACE: Final = rb"[\t\n\f\r ]"
_NAME: Final = rb"[cC][lL][aA][sS][sS]"
_CLASS_VALUES: Final = re.compile(
    rb"=(?<=[sS\t\n\f\r ]=)"
    rb"(?:(?<=" + _NAME + rb"=)|(?<=" + _NAME + _SPACE + rb"=)|(?<=" + _SPACE * 2 + rb"=))"
    rb"(?=" + _SPACE + rb"*(\"[^\"]*|'[^']*|[^\t\n\f\r >]*))"
)
# A numeric character reference as HTML's tokenizer reads it, in a lowered value: its
# hexadecimal digits after an "x", else its decimal ones (a reference without digits is text).
# It may stand for any character ("&#112;" is "p", "&#x2d;" is "-").
_NUMERIC_REFERENCE: Final = re.compile(rb"&#(?:x([0-9a-f]+)|([0-9]+))")
# The one named reference that stands for ASCII letters or digits ("&fjlig;", "fj"): no named
# reference stands for "-" or a digit.
_NAMED_LETTERS: Final = b"&fjlig"
# What the words asked of the class text are made of (class names: "date", "entry-content"),
# by code point, in either case.
_WORD_CHARACTERS: Final = frozenset(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"
)
# The digits of the largest code point, 0x10FFFF (1114111): a longer run of digits is beyond it.
_CODE_DIGITS: Final = 7
# What lexbor makes of a NUL in the markup.
_REPLACEMENT: Final = "\ufffd".encode()
# A class word held by a few values is looked for by their exact values: lexbor compares a
# value by its length first, where a ``*=`` test compares the word at each place of every class
# of the page (long utility-class lists); more values than this cost more tests than they save.
# Over every 3rd page of wcxb-dev and ScrapingHub the shared query took ~0.81 of its time with
# 8 values (0.86 with 4, 0.85 with 16, 0.89 with any number).
_EXACT_VALUES: Final = 8
# What the parse may change in a value (a character reference, a CR, a NUL, bytes beyond
# ASCII that may not be UTF-8) or a selector's string must escape: such a value is not looked for.
_UNSAFE: Final = re.compile(rb'[^ -~]|["\\&]')
_QUOTES: Final = (b'"', b"'")


def class_text(markup: bytes) -> bytes | None:
    """Every class attribute's value of ``markup`` (the bytes lexbor parsed), with some other
    text, lowered in ASCII, each distinct value once, joined by NULs: a lowercase word (of ASCII
    letters, digits and "-") that no class of the page holds in any case is not in it. None
    when a value may spell such a character by a character reference: then any word may be in
    a class."""
    found = set(_CLASS_VALUES.findall(markup))
    values = b"\0".join(found)
    if values.count(b"\0") != len(found) - 1:
        # A NUL inside a value, which lexbor parsed as U+FFFD: so written, no value's end is
        # taken for another's (see ``value_selectors``), and no word is found or lost.
        values = b"\0".join(value.replace(b"\0", _REPLACEMENT) for value in found)
    values = values.lower()
    return None if _spells_word_characters(values) else values


def _spells_word_characters(values: bytes) -> bool:
    """Whether a character reference in ``values`` (lowered) may stand for a character of a
    word (``_WORD_CHARACTERS``): a numeric one for such a code point, or ``_NAMED_LETTERS``.
    Any other stands for one character that no word holds (U+FFFD for a code point beyond
    Unicode, or none): a word in the value as lexbor reads it is in the value as written."""
    if values.find(b"&#") < 0:
        return _NAMED_LETTERS in values  # most pages: no numeric reference
    if _NAMED_LETTERS in values:
        return True
    for reference in _NUMERIC_REFERENCE.finditer(values):
        hexadecimal, decimal = reference.group(1), reference.group(2)
        digits = (hexadecimal if hexadecimal is not None else decimal or b"").lstrip(b"0")
        # More digits than a code point of Unicode has, or only zeros: U+FFFD, no word's.
        if 0 < len(digits) <= _CODE_DIGITS:
            code = int(digits, 16 if hexadecimal is not None else 10)
            if code in _WORD_CHARACTERS:
                return True
    return False


def value_selectors(values: bytes | None, words: tuple[str, ...]) -> str:
    """A selector list finding the elements some class of which holds one of ``words``
    (lowercase) in any case, from ``class_text``'s ``values`` (None: any word may be held):
    for a word that a few values hold, ``[class="value" i]`` for each of them; for another,
    ``[class*="word" i]``. The same elements in page order, each once per selector it
    matches (a value holding two words is one selector)."""
    parts: list[str] = []
    seen: set[bytes] = set()
    for word in words:
        key = word.encode()
        start = values.find(key) if values is not None else 0
        if start < 0:
            continue  # no class of the page holds it
        held = _values_holding(values, key, start) if values is not None else None
        if held is None:
            parts.append(f'[class*="{word}" i]')
            continue
        for value in held:
            if value not in seen:
                seen.add(value)
                parts.append(f'[class="{value.decode()}" i]')
    return ", ".join(parts)


def _values_holding(values: bytes, key: bytes, start: int) -> list[bytes] | None:
    """The distinct values of ``values`` (``class_text``'s) holding ``key``, its first place
    at ``start``, without their opening quote; None where more than ``_EXACT_VALUES`` do or
    where one holds a character that lexbor's parse may change or a CSS string must escape."""
    held: list[bytes] = []
    while start >= 0:
        first = values.rfind(b"\0", 0, start) + 1
        end = values.find(b"\0", start)
        if end < 0:
            end = len(values)
        value = values[first:end]
        if value[:1] in _QUOTES:
            value = value[1:]  # an unquoted value starts with no quote
        if value not in held:
            if len(held) == _EXACT_VALUES or _UNSAFE.search(value) is not None:
                return None
            held.append(value)
        start = values.find(key, end)
    return held
