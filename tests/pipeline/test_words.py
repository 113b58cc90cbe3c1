"""A body's words counted without making them, and split only as far as its readers read."""

from __future__ import annotations

import os
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.pagetype import features, lexicon
from newswire.pipeline.words import OPENING, opening_words, word_count

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

#: Every character ``str.split`` splits on, and a few that look like spaces but are not.
SPACES = "".join(chr(point) for point in range(sys.maxunicode + 1) if chr(point).isspace())
NEAR_SPACES = "\u200b\u2060\ufeff\u180e\x00\u3001"


def test_the_count_is_the_split_s_on_every_kind_of_space() -> None:
    """Each Unicode space (tab, no-break, ideographic, line separator...) separates two words,
    a zero-width or joining character does not, and leading, trailing or repeated spaces make
    no word; an empty or all-space text has none."""
    for space in SPACES:
        assert word_count(f"{space}one{space}{space}two{space}") == 2
    for other in NEAR_SPACES:
        assert word_count(f"one{other}two") == 1
    assert word_count("") == word_count(" \n\n\t") == 0
    assert word_count("\U0001f600 x \ud800") == 3  # beyond the plane, a lone surrogate


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "é", "語", "\U0001f600", *SPACES, *NEAR_SPACES])))
def test_any_text_counts_as_many_words_as_it_splits_into(text: str) -> None:
    """``word_count`` is ``len(text.split())`` and ``opening_words`` its first ``OPENING``."""
    assert word_count(text) == len(text.split())
    assert word_count(text, text.encode("utf-8", "surrogatepass")) == len(text.split())
    assert opening_words(text) == text.split()[:OPENING]


def test_a_text_beyond_ascii_without_a_wide_space_counts_by_its_ascii_spaces() -> None:
    """Curly quotes and accents (most bodies) skip the wide-space substitution and count the
    same; a wide space anywhere after them still splits."""
    assert word_count("l’été “très” chaud") == 3
    assert word_count("l’été “très”\u2009chaud\u3000fin") == 4
    assert word_count("l’été\xa0chaud", "l’été\xa0chaud".encode()) == 2


def test_the_count_reads_the_callers_utf8_when_given() -> None:
    """Given the text's UTF-8 (the enrich stage's, shared with the fingerprints), the count is
    made from those bytes, not from a second encoding of the text."""
    text = "un\u00a0deux\u3000trois quatre"
    assert word_count(text, text.encode("utf-8")) == 4
    # Bytes that are not the text's would be counted as given: they are what is read.
    assert word_count(text, b"one two") == 2


def test_the_opening_stops_at_its_words_and_holds_what_every_reader_reads() -> None:
    """A long body's opening is its first ``OPENING`` words exactly (not the rest in one piece),
    and no reader of the words (the classifier's voice and lexicon) reads further."""
    text = " ".join(f"w{i}" for i in range(OPENING + 50)) + "  \n"
    assert opening_words(text) == [f"w{i}" for i in range(OPENING)]
    assert word_count(text) == OPENING + 50
    assert max(features._VOICE_SPAN, lexicon.SPAN, lexicon.SCRIPT_WORDS) <= OPENING
