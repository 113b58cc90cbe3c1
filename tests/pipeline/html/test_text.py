"""Small text helpers of the HTML modules."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.html.text import SPACE, fold, has_digit, pre_lines, squeeze
from newswire.pipeline.textnorm import clean_line


def test_has_digit_agrees_with_isdigit_beyond_ascii() -> None:
    """has_digit answers as any(ch.isdigit()) does: ASCII and other decimal digits, and the
    digits isdigit knows that are no decimal digit (superscripts, circled numbers)."""
    for text in ("", "no digits here", "Dec 5", "٣ أيام", "x²", "①", "café", "’quoted’"):
        assert has_digit(text) == any(ch.isdigit() for ch in text), text


_SPACED = st.lists(
    st.sampled_from(
        ["a", "b", " ", "  ", "\n", "\t", "\xa0", "\u2003", "\u200b", "\x1c", "\x0b", "é"]
    ),
    max_size=12,
)


@settings(max_examples=500, deadline=None)
@given(_SPACED)
def test_squeeze_is_the_space_pattern_stripped_and_cleans_alike(pieces: list[str]) -> None:
    """``squeeze`` gives ``SPACE.sub(" ", text).strip()``, and ``clean_line`` of it gives
    ``clean_line`` of the unstripped substitution."""
    text = "".join(pieces)
    assert squeeze(text) == SPACE.sub(" ", text).strip()
    assert clean_line(squeeze(text)) == clean_line(SPACE.sub(" ", text))


def test_pre_lines_keeps_a_code_blocks_lines_squeezed() -> None:
    """A <pre> block's text keeps its lines, each with its spaces squeezed; blank lines go."""
    assert pre_lines("def f():\n\n    return  1\n   \n") == "def f():\nreturn 1"


def test_squeeze_returns_a_text_already_as_shown_itself() -> None:
    """A printable text without a double, leading or trailing space is returned as it is (the
    same object, not rebuilt); one with any space to squeeze is squeezed."""
    shown = "A paragraph written on one line, as shown."
    assert squeeze(shown) is shown
    assert squeeze("") == ""
    assert squeeze(" lead") == "lead"
    assert squeeze("trail ") == "trail"
    assert squeeze("two  spaces") == "two spaces"
    assert squeeze("no\xa0break") == "no break"


def test_every_space_but_the_plain_one_is_unprintable() -> None:
    """``squeeze``'s shortcut holds: of all code points ``str.isspace`` calls space, only " "
    is printable, so a printable text holds no other space to squeeze."""
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert [space for space in spaces if space.isprintable()] == [" "]


@given(
    st.text(
        alphabet=st.sampled_from(
            ["a", "B", "7", "_", " ", "-", "\u00e9", "\u2028", "\u00a0", "\u0130"]
        ),
        max_size=30,
    )
)
@settings(max_examples=300, deadline=None)
def test_fold_is_the_words_lowered_and_spaced_by_one(text: str) -> None:
    """fold gives the text's runs of word characters, lower-cased, one space between them:
    the same as every run of other characters made one space, the ends stripped."""
    assert fold(text) == re.sub(r"\W+", " ", text).strip().lower()


def test_fold_of_a_headline() -> None:
    """Punctuation and case fall away; a text of no words folds to nothing."""
    assert fold("  Breaking: Mayor's Plan -- Approved! ") == "breaking mayor s plan approved"
    assert fold(" -- ") == ""
