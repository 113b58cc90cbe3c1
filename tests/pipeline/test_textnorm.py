"""Text clean-up: cleaning a whole text at once gives what cleaning it line by line gives."""

from __future__ import annotations

import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.textnorm import (
    _UNUSUAL,
    clean_line,
    clean_line_within,
    clean_text,
    keyed_words,
    lacks_keyed_words,
    lacks_words,
    repair_mojibake,
)

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

# Every kind of character clean_text treats specially: line breaks splitlines knows (including
# \x0b, \x0c, \x1c-\x1e, NEL, U+2028/9 and \r\n), controls, Unicode spaces, invisible characters,
# runs of spaces, and the Latin-1 pairs of mojibake.
_PIECES = st.sampled_from(
    [
        *"ab \n\r\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\u00a0\u200b\u00ad\u3000\x00\x7fé",
        *["  ", "\r\n", "Ã©", "â€™", "Â "],
    ]
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_whole_text_cleaning_equals_line_by_line(text: str) -> None:
    """clean_text runs its substitutions once over the text: the result is clean_line of every
    line of the (mojibake-repaired) text, joined by newlines, for any mix of breaks and spaces."""
    expected = "\n".join(clean_line(line) for line in repair_mojibake(text).splitlines())
    assert clean_text(text) == expected


def _cleaned_step_by_step(line: str) -> str:
    """clean_line's steps over the whole line as given, stripped only at the end."""
    line = re.sub(r"[\u00ad\u200b-\u200d\u2060\ufeff]", "", line)
    line = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", line)
    line = re.sub(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]", " ", line)
    return re.sub(r" {2,}", " ", line).strip()


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_a_line_stripped_before_cleaning_cleans_the_same(text: str) -> None:
    """clean_line strips a line before its steps: the result is that of every step over the
    whole line, stripped after, for any mix of spaces, breaks, controls and invisible
    characters at either end or within."""
    assert clean_line(text) == _cleaned_step_by_step(text)
    assert clean_line(f"\u200b {text} \u200b\n") == _cleaned_step_by_step(f"\u200b {text} \u200b\n")


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(_PIECES, max_size=120).map("".join), st.integers(0, 12), st.integers(0, 200))
def test_a_line_cleaned_within_a_limit_is_clean_line_when_that_short(
    text: str, limit: int, cut: int
) -> None:
    """``clean_line_within`` gives ``clean_line``'s result exactly when it is at most ``limit``
    characters long, else None, for any mix of spaces, breaks and invisible characters; no
    prefix of a text cleans longer than the whole (what lets it stop at a prefix)."""
    cleaned = clean_line(text)
    assert clean_line_within(text, limit) == (cleaned if len(cleaned) <= limit else None)
    assert len(clean_line(text[:cut])) <= len(cleaned)


def test_a_long_text_after_spaces_is_no_short_line() -> None:
    """A column's text, short only in its first characters, is longer than a short line; one
    padded by whitespace alone cleans to its words."""
    column = "Last post by ann" + "  \n\t " * 40 + "word " * 500
    assert clean_line_within(column, 60) is None
    assert (
        clean_line_within(" \t\n " * 100 + "Last post by ann" + " " * 300, 60) == "Last post by ann"
    )


def test_a_paragraph_mixing_mojibake_and_correct_characters_is_repaired() -> None:
    """A double-encoded page mixes broken characters ("doesnâ\\x80\\x99t", "Â\\xa0", "â€œ")
    with correct ones (U+2019, "é") in one paragraph, so the whole-text round trip fails; each
    broken character is repaired alone and the correct ones are kept."""
    broken = "It doesnâ\x80\x99t cost â€œmuchâ€\x9d, the café’s plan isÂ\xa0free: â‚¬0"
    assert repair_mojibake(broken) == "It doesn’t cost “much”, the café’s plan is\xa0free: €0"


def test_a_letter_before_a_quote_or_a_sign_is_not_taken_for_mojibake() -> None:
    """Real text puts accented letters before quotes and signs ("Gruß“" is the bytes of a
    two-byte UTF-8 sequence, «café» those of a lead and a continuation): such text, beside a
    real mojibake pair elsewhere, keeps those letters."""
    text = "Mit freundlichem „Gruß“ und «café» NÃO, then aâ€™s"
    assert repair_mojibake(text) == "Mit freundlichem „Gruß“ und «café» NÃO, then a’s"


_WORDS = ("today", "il y a", "kelvin", "há")
_WORD_PATTERN = re.compile(r"\b(?:today|il y a|kelvin|há)\b", re.IGNORECASE)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["To", "DAY", "day", "il", " y ", "a", "ſ", "\u212a", "elvin", "KEL", "há"]
        ),
        max_size=8,
    )
)
def test_a_text_lacking_the_words_is_one_the_pattern_cannot_match(pieces: list[str]) -> None:
    """Where ``lacks_words`` says a text holds none of a case-insensitive pattern's words, the
    pattern finds nothing in it, the engine's folds beyond ASCII (the Kelvin sign, the long s)
    included."""
    text = "".join(pieces)
    if lacks_words(text, _WORDS):
        assert _WORD_PATTERN.search(text) is None


_KEYED_LIST = (*_WORDS, "yesterday", "todays")
_KEYED = keyed_words(_KEYED_LIST, ("da", "y"))


def test_keyed_words_group_ascii_words_under_a_key_each_holds() -> None:
    """Each ASCII word goes under the first key it holds, else under itself; a word beyond
    ASCII ("há") and one holding another listed word ("todays" holds "today") are left out:
    neither can be in an ASCII text lacking the others."""
    assert _KEYED == (
        ("da", ("today", "yesterday")),
        ("y", ("il y a",)),
        ("kelvin", ("kelvin",)),
    )
    assert keyed_words(("day", "today", "há"), ()) == (("day", ("day",)),)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["To", "DAY", "da", "y", "il", " y ", "a", "\u212a", "elvin", "KEL", "há", "s"]
        ),
        max_size=8,
    )
)
def test_lacks_keyed_words_answers_as_lacks_words(pieces: list[str]) -> None:
    """The keyed test answers as ``lacks_words`` over the same words, on any text and on the
    lower-cased text it is told is lowered."""
    text = "".join(pieces)
    lowered = text.lower()
    assert lacks_keyed_words(text, _KEYED) == lacks_words(text, _KEYED_LIST)
    assert lacks_keyed_words(lowered, _KEYED, lowered=True) == lacks_words(lowered, _KEYED_LIST)


def test_every_character_clean_line_removes_or_spaces_is_unprintable() -> None:
    """``clean_line`` asks its pattern only of lines ``isprintable`` refuses: no character of
    Unicode that the pattern finds is printable, so a printable line holds none."""
    found = [chr(code) for code in range(0x110000) if _UNUSUAL.match(chr(code))]
    assert {"\u00a0", "\u200b", "\x00"} <= set(found)
    assert not any(char.isprintable() for char in found)


def test_a_mojibake_no_break_spaces_stranded_a_is_dropped() -> None:
    """The "Â" of a mojibake no-break space whose space is already plain, glued to the word
    before it, is dropped; a real "Â" that begins a word or stands in an all-caps word stays."""
    assert repair_mojibake('How free isÂ "free CRM"? The free planÂ') == (
        'How free is "free CRM"? The free plan'
    )
    assert repair_mojibake("Âge, ROMÂNIA and CÂ") == "Âge, ROMÂNIA and CÂ"


def test_a_run_of_mojibake_no_break_spaces_loses_every_a() -> None:
    """A run of mojibake no-break spaces whose spaces the walk collapsed leaves each "Â" after
    a space, a dash or a sign: each is dropped, as a lone "Â" word is; a capital's stays."""
    assert repair_mojibake("your location.Â Â") == "your location. "
    assert repair_mojibake("Less than 1%Â –Â just 1,800") == "Less than 1% – just 1,800"
    assert repair_mojibake("Â Â Â") == "  "
    assert repair_mojibake("CHÂ TEAU") == "CHÂ TEAU"


def test_tabs_and_no_break_spaces_beside_other_kinds_clean_as_the_steps_do() -> None:
    """A line's tabs and no-break spaces become spaces, runs of them one space, beside a line
    break kept and a zero-width space, a control or a soft hyphen removed, as the steps over the
    whole line give."""
    for line in (
        "a\tb\u00a0\u00a0c\nd",
        "\t a\u00a0\u200bb\x07c\u00ad\n\te\u3000f \t",
        "a\u00a0\n\u00a0b",
    ):
        assert clean_line(line) == _cleaned_step_by_step(line)
    assert clean_line("a\t\u00a0b\n\tc\u200b") == "a b\n c"
