"""The lexicon's compact word table: the rows the lexicon's dict gives, in the same set."""

from __future__ import annotations

import itertools

import pytest

from newswire.pipeline.pagetype import _bound
from newswire.pipeline.pagetype.word_table import WordTable


def test_a_form_finds_its_row_and_any_other_word_none() -> None:
    """Each form gives its row; a word that is no form (a prefix, another case, a longer word)
    gives 0."""
    table = WordTable({"said": 1, "Said": 1, "said,": 1, "shop": 7})
    assert table.get("said") == 1
    assert table.get("said,") == 1
    assert table.get("shop") == 7
    for word in ("sai", "SAID", "said.", "shops", "", "x"):
        assert table.get(word) == 0


def test_a_crowded_table_probes_past_taken_slots() -> None:
    """Many forms (slots taken by others' hashes): every one is still found by probing on."""
    forms = {f"w{index}": index + 1 for index in range(1000)}
    table = WordTable(forms)
    assert all(table.get(form) == row for form, row in forms.items())
    assert table.get("w1000") == 0


def test_rows_are_the_dicts_set_in_the_same_order() -> None:
    """``rows`` of a page's words is the set the dict's look-ups make (0 for unknown words),
    iterated in the same order, with no word past ``span`` read."""
    forms = {"news": 3, "said": 1, "Shop": 9, "the": 12}
    table = WordTable(forms)
    words = ["The", "news", "said", "Shop", "unknown", "news", "the", "said"]
    for span in (0, 3, 6, 20):
        expected = set(map(forms.get, words[:span], itertools.repeat(0)))
        found = table.rows(words, span)
        assert found == expected
        assert list(found) == list(expected)


def test_the_shipped_lexicon_reads_as_its_dict() -> None:
    """Every body form of the shipped lexicon maps to its dict row; foreign words to 0."""
    lexicon = _bound()[0].lexicon
    assert lexicon is not None
    table = WordTable(lexicon._body)
    assert all(table.get(form) == row for form, row in lexicon._body.items())
    assert table.get("zzqxj") == 0


def test_a_row_outside_the_slot_is_refused() -> None:
    """Row 0 marks an empty slot, and a row must fit its bits: both are refused."""
    with pytest.raises(ValueError, match="outside"):
        WordTable({"a": 0})
    with pytest.raises(ValueError, match="outside"):
        WordTable({"a": 1 << 32})
