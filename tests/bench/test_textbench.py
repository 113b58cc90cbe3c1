"""``make bench-text``'s measures: the story lines kept (``kept_share``), the title rate (``title_norm``)."""

from __future__ import annotations

from newswire.bench.textbench import kept_share, title_norm

_LEDE = "WASHINGTON (AP) — The Senate passed the bill on Tuesday after a long night of debate."
_MORE = "The House is expected to vote on it next week, leaders of both parties said."


def test_a_lede_whose_dateline_went_to_its_field_is_kept() -> None:
    """A paragraph opening with a dateline counts as kept when the body holds the rest of it
    (text mode moves "WASHINGTON (AP) —" to the ``dateline`` field), whatever the dash."""
    rest = "The Senate passed the bill on Tuesday after a long night of debate."
    assert kept_share([rest, _MORE], f"{_LEDE}\n\n{_MORE}") == 1.0


def test_a_dropped_short_line_is_not_kept_by_a_piece_of_another() -> None:
    """A short truth line that the body lacks is lost, even when its text without its first
    two characters stands somewhere in the body ("Medication" inside "dication")."""
    truth = f"{_MORE}\n\nMedication"
    assert kept_share([_MORE + " Rededication follows."], truth) == 0.5


def test_content_lines_are_counted_as_text_mode_reads_them() -> None:
    """A truth line with broken or zero-width characters counts as kept in its repaired form
    (text mode repairs its input first), and a line without a letter or figure (a rule, a
    zero-width space alone) is no content line; a lost content line still counts."""
    truth = f"{_MORE}\n\nItâ€™s complicated, he\u200b said.\n\n___\n\n\u200b"
    assert kept_share([_MORE, "It’s complicated, he said."], truth) == 1.0
    assert kept_share([_MORE], truth) == 0.5


def test_a_title_with_curly_quotes_equals_its_plain_quoted_truth() -> None:
    """A headline printed with typographic quotes equals the ground truth's title written with
    plain ones; a title with other words still differs."""
    assert title_norm("A Beginner’s “Guide”") == title_norm('A beginner\'s "guide"')
    assert title_norm("A Beginner’s Guide") != title_norm("A Beginners Guide")


def test_a_title_with_full_width_signs_equals_its_ascii_truth() -> None:
    """A headline printed with a CJK font's full-width question mark ("Work\uff1f") equals the
    ground truth's title written with the ASCII one; other signs still differ."""
    assert title_norm("How Does Mapping Work\uff1f") == title_norm("How Does Mapping Work?")
    assert title_norm("How Does Mapping Work\uff01") != title_norm("How Does Mapping Work?")
