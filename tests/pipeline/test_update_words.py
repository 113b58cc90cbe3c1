"""A line holding no update word in any case cannot be read as an update: the test
``split_update`` makes before its pattern never turns down a line the pattern takes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.date_words import UPDATE_WORDS
from newswire.pipeline.textnorm import lacks_keyed_words, lacks_words
from newswire.pipeline.update_lines import UPDATE_KEYED, UPDATE_LABEL, split_update

_PIECES = st.sampled_from(
    [
        *("Updated", "UPDATED", "upDated", "Modified", "MIS À JOUR", "mis à jour", "Mis À Jour"),
        *("actualizaCIÓN", "Aktualisiert", "GÜNCELLENDİ", "päivitetty", "Last ", "last  "),
        *("upd", "ated", "May 2, 2024", " · ", ": ", "Published", "\u212a", "\u017f", "\u0131"),
        *("\u0130", "é", "x", " "),
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_a_line_the_update_pattern_takes_holds_an_update_word(text: str) -> None:
    """Whatever the case and the letters the pattern folds (Kelvin, long s, dotless i), a line
    the update label's pattern finds is never one ``lacks_words`` settles as holding none, so
    ``split_update`` gives what the pattern alone gives."""
    if UPDATE_LABEL.search(text) is not None:
        assert not lacks_words(text, UPDATE_WORDS)
    else:
        assert split_update(text) == (text, None)


def test_a_line_without_an_update_word_is_whole() -> None:
    """A date line with no update word is given whole, no update; one with it is parted."""
    assert split_update("May 2, 2024 · 5 min read") == ("May 2, 2024 · 5 min read", None)
    assert split_update("May 2, 2024 · UPDATED May 3, 2024") == (
        "May 2, 2024",
        "UPDATED May 3, 2024",
    )


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.sampled_from(UPDATE_WORDS)), max_size=8).map("".join))
def test_the_keyed_update_words_answer_as_the_words(text: str) -> None:
    """The update words grouped under keys answer as the words tried one by one, on any line
    (each word in any case, split across pieces, beyond ASCII), so ``split_update`` is
    unchanged."""
    assert lacks_keyed_words(text, UPDATE_KEYED) == lacks_words(text, UPDATE_WORDS)
    for word in UPDATE_WORDS:
        assert not lacks_keyed_words(f"x {word.upper()} y", UPDATE_KEYED)


def test_vietnamese_and_thai_lines_part_at_their_update_label() -> None:
    """A Vietnamese or Thai line holding the publication then the update ("Ngày đăng: … | Cập
    nhật: …", "เผยแพร่ … อัปเดต …") is parted there; "Đăng nhập" (log in) labels nothing."""
    assert split_update("Ngày đăng: 05/12/2025 | Cập nhật: 06/12/2025") == (
        "Ngày đăng: 05/12/2025",
        "Cập nhật: 06/12/2025",
    )
    assert split_update("เผยแพร่ 5/12/2025 อัปเดต 6/12/2025") == (
        "เผยแพร่ 5/12/2025",
        "อัปเดต 6/12/2025",
    )
    assert split_update("Đăng nhập 05/12/2025") == ("Đăng nhập 05/12/2025", None)
