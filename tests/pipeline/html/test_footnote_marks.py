"""A note led by a footnote mark (a dagger, a double dagger, a lozenge, a spaced delta) goes
from the body; a line that only holds such a mark, a short marked name, a "§" heading and a
delta in a formula stay."""

from __future__ import annotations

from newswire.pipeline.html.footnote_marks import is_marked_note, without_marked_notes

_PRICE = "$399.99 Price reduced from $799.99 with a 12-month payment plan."
_CLAIM = "Cleans twice as long on one charge as our earlier models."


def test_notes_led_by_a_mark_go() -> None:
    """Financing, trade-in and credit notes, each led by its mark (alone or with an asterisk
    or caret after it), go wherever they stand among the page's lines."""
    for note in (
        "† Rates are between 0%-36% APR. As an example, a $700 purchase might cost $63.24/mo.",
        "Δ After your robot purchase is complete, we must receive and accept your trade-in.",
        "‡*Subject to credit approval. Minimum monthly payments required. See store for details.",
        "‡^“$1 to start” is available for applications online and in select stores only.",
        "◊ Offer valid on new accounts opened before the end of the month.",
    ):
        assert is_marked_note(note)
        assert without_marked_notes([_PRICE, note, _CLAIM]) == [_PRICE, _CLAIM]


def test_other_lines_stay() -> None:
    """A marked name too short to be a note, a mark inside a sentence, a section sign heading,
    a delta that starts a formula and plain prose stay."""
    lines = [
        "† John Smith (1920-2020)",
        "Rates apply to purchases over $700† and to trade-ins accepted by the store.",
        "§Current thread runtime (behavior at the time of writing)",
        "§ Only available with $5k annual cover and a minimum deductible of $500.",
        "ΔT is the change in temperature of the sample over the whole of the run.",
        _PRICE,
    ]
    assert not any(is_marked_note(line) for line in lines)
    assert without_marked_notes(lines) == lines
