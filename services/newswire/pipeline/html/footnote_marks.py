"""A shop's or a marketing page's fine print known by its footnote mark, not its names: "† Rates
are between 0%-36% APR ...", "Δ After your robot purchase is complete, ...", "‡*Subject to credit
approval ..."."""

from __future__ import annotations

import re
from typing import Final

# A price or a claim on a product, shop or service page points with a dagger (or a double
# dagger, a lozenge, a delta) to a note under it, and the notes are set as lines of their own,
# each led by its mark: financing terms, trade-in conditions, trademark notices. The walk drops
# them by their box's names ("disclaimer", "legal", ``fine_print``); a site whose class names
# are build hashes leaves only that mark to tell them. No dev truth keeps such a line (one
# service page's keeps a line led by "§"; a software guide's headings are "§Heading" anchors:
# "§" is left out). A delta leads a formula's line too ("ΔT is ..."): as a mark it is followed
# by a space. The note is a sentence (_MIN_NOTE_CHARS): a short "† Deceased" beside a name stays.
# Simulated on the outputs, then measured (see the commit): class and id names hashed, half A
# product/service/collection pages better (an iRobot-like product page's financing notes 0.856
# -> 0.946), half B a listing +0.024; as is a collection page's credit notes 0.801 -> 0.841.
_MIN_NOTE_CHARS: Final = 30
_MARKED_NOTE: Final = re.compile(
    r"\s*(?:[†‡◊][†‡◊*^]*|Δ(?=\s))\s*\S.{" + str(_MIN_NOTE_CHARS - 1) + r",}", re.DOTALL
)
# Every line the pattern matches holds one of these; nearly no line does.
_MARKS: Final = ("†", "‡", "◊", "Δ")


def is_marked_note(line: str) -> bool:
    """Whether ``line`` is a note led by a footnote mark (see above)."""
    return any(mark in line[:8] for mark in _MARKS) and _MARKED_NOTE.match(line) is not None


def without_marked_notes(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the notes led by a footnote mark (see above)."""
    if not any(any(mark in paragraph[:8] for mark in _MARKS) for paragraph in paragraphs):
        return paragraphs
    return [paragraph for paragraph in paragraphs if not is_marked_note(paragraph)]
