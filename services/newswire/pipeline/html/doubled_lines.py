"""A line that says one short phrase twice, glued: the phrase once."""

from __future__ import annotations

# A control or a price often carries its text twice, one copy for screen readers (or for the
# hover state of an animated button) beside the one shown, in inline elements that the walk
# joins without a space: "Seller's other itemsSeller's other items", "Talk to an ExpertTalk
# to an Expert", "EUR 163.12EUR 163.12". A reader sees the phrase once. A line of one word
# (a "------" rule, "^^^^") or of a long sentence is not that. Said once, the price is one the
# price rules judge (``price_lines``) and the label one the button rules do. Half A product
# 0.722843 -> 0.725581 (a marketplace's item pages +0.002 to +0.055, a sandal shop's +0.002),
# service 0.845762 -> 0.845840 (a cloud host's buttons), all types 0.888558 -> 0.888817; half
# B all types 0.899394 -> 0.899397 (a shoe shop's collection +0.002); articles and
# ScrapingHub unchanged, no page worse, no metadata changed.
_MIN_HALF = 4
_MAX_HALF = 60


def _doubled(line: str) -> bool:
    half, odd = divmod(len(line), 2)
    return (
        not odd
        and _MIN_HALF <= half <= _MAX_HALF
        and line[:half] == line[half:]
        and any(character.isalpha() for character in line)
    )


def once_each(lines: list[str]) -> list[str]:
    """``lines`` with each doubled line (see above) said once."""
    return [line[: len(line) // 2] if _doubled(line) else line for line in lines]
