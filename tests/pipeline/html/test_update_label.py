"""Tests for newswire.pipeline.html.update_label: the cheap necessary condition asked before
the update regexes are read of each of a story's short lines."""

from __future__ import annotations

import re

from newswire.pipeline.html.update_label import _FOLDED_ELSEWHERE, _WORDS, may_hold_update_label
from newswire.pipeline.update_lines import UPDATE_LABEL, UPDATED_PREFIX, is_update_line


def test_lines_without_an_update_word_are_settled_as_holding_none() -> None:
    """Lines with dates and labels of other kinds hold no update line."""
    lines = ["Published May 2, 2024", "By Jane Doe", "Model year 2020", "À la une", "Jour 3"]
    assert not may_hold_update_label(lines)
    assert not any(is_update_line(line) for line in lines)


def test_every_casing_and_language_the_regexes_take_is_kept() -> None:
    """An update line, in any case and in each language, keeps the page's lines."""
    lines = [
        "Last UPDATED: May 2, 2024",
        "Update: 3/1/2017",
        "Modified 3/1/2017",
        "AKTUALISIERT am 2. Mai 2024",
        "Actualizado el 2 de mayo de 2024",
        "MIS À JOUR le 2 mai 2024",
        "Mis à jour le 2 mai 2024",
        "Atualizado em 2 de maio de 2024",
        "Diperbarui 2 Mei 2024",
        "GÜNCELLENME: 2.05.2024",
        "Zuletzt GEÄNDERT am 2. Mai 2024",
        "AŽURIRANO 2. 5. 2024",
        "Frissítve: 2024. május 2.",
        "Cập nhật: 06/12/2025 10:30",
        "CẬP NHẬT lúc 10:30 06/12/2025",
        "อัปเดต 6/12/2025 10:30",
    ]
    for line in lines:
        assert is_update_line(line)
        assert may_hold_update_label(["Home", line])


def test_the_letters_ignorecase_folds_elsewhere_are_kept() -> None:
    """Dotless and dotted I, long s and the Kelvin sign match an update word's letter under
    IGNORECASE though no lower-casing gives that letter: a line holding them is kept."""
    for line in [
        "Modıfied: May 2, 2024",
        "MODİFIED 2024",
        "Aktualiſiert 2024",
        "A\u212atualisiert",
    ]:
        assert UPDATE_LABEL.search(line) is not None
        assert may_hold_update_label([line])


def test_the_words_are_those_of_both_regexes() -> None:
    """Every word the two update regexes name is among the words searched for."""
    for pattern in (UPDATE_LABEL.pattern, UPDATED_PREFIX.pattern):
        found = re.search(r"\(\?:(updated\|[^)]*)\)", pattern)
        assert found is not None
        assert set(found.group(1).split("|")) <= set(_WORDS)


def test_the_folded_letters_are_all_the_non_ascii_letters_the_regexes_take() -> None:
    """Every non-ASCII character IGNORECASE matches to a letter of an update word is either
    one the needles hold (the word's own, in either case) or among the folded-elsewhere ones,
    so the condition never drops a line the regexes would take."""
    letters = {c for word in _WORDS for c in word if c != " "}
    own = {c for c in letters if not c.isascii()} | {c.upper() for c in letters if not c.isascii()}
    any_letter = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    taken = {
        chr(point)
        for point in range(0x80, 0x110000)
        if not 0xD800 <= point < 0xE000 and any_letter.fullmatch(chr(point))
    }
    assert taken <= own | set(_FOLDED_ELSEWHERE)


def test_a_word_of_several_letters_beyond_ascii_is_kept_in_any_mix_of_their_cases() -> None:
    """ "cập nhật" holds two letters beyond ASCII, which a page may write in different cases
    ("Cập NHẬT", "CẬP nhật"): every mix is kept, as the regexes take it."""
    for line in ["Cập NHẬT 06/12/2025", "CẬP nhật 06/12/2025", "cẬp Nhật 06/12/2025"]:
        assert is_update_line(line)
        assert may_hold_update_label(["Trang chủ", line])
    assert not may_hold_update_label(["Đăng nhập", "Trang chủ 06/12/2025"])
