"""Two headline-like lines over one date block: which is the headline and which its deck or
section label."""

from __future__ import annotations

import re

from newswire.pipeline.text.headline_rank import dated_under, echo

#: The most non-empty lines between the two lines of a pair (the date line among them).
PAIR_GAP_LINES = 2
#: The fewest items of a line of section labels or tags ("Asia | Japan | Travel Tips").
LABELS_MIN_ITEMS = 3
#: The most words of one item of such a line.
LABEL_MAX_WORDS = 3
_LABEL_SEPARATOR = re.compile(r"\s*[,|]\s*")


def upper_of_pair(
    lines: list[str], best: int, tied: list[int], story: frozenset[str], end: int
) -> int:
    """The headline over the best-ranked line ``best`` when both share one date block: a page
    prints its headline, then a deck, a section label or a category line ("Residential Real
    Estate, Mortgages & Home Financing", "Asia | First Time Visitor Guides | Japan"), and the
    date or byline under them all; both lines are dated (``dated_under``) and ranked alike
    (``tied``: the candidates of ``best``'s rank), and the nearest the story won. The upper
    line is the headline when it stands within ``PAIR_GAP_LINES`` non-empty lines above, is
    dated too, is no line of labels itself, does not hold the lower one (a breadcrumb trail
    ending on the headline) and the story's opening echoes as large a share of its words as of
    the lower one's (a menu glued into one line over the headline is echoed little). A date
    counts above ``end`` only (the story's start), as the ranking counts it. Half A's blocks
    renderings: 3 article titles gained, none lost (the same of all types); half B: 1 gained,
    none lost."""
    if not dated_under(lines, best, end):
        return best
    best_line = lines[best]
    best_share = echo(best_line, story)[1]
    for upper in sorted((i for i in tied if i < best), reverse=True):
        if sum(1 for j in range(upper + 1, best) if lines[j]) > PAIR_GAP_LINES:
            break
        line = lines[upper]
        shared, share = echo(line, story)
        if (
            dated_under(lines, upper, end)
            and not label_line(line)
            and best_line.casefold() not in line.casefold()
            and shared >= 1
            and share >= best_share
        ):
            return upper
    return best


def label_line(line: str) -> bool:
    """Whether ``line`` is a list of short labels (a post's categories or tags: "Best Of,
    Japan, Travel Guides"), never a headline: ``LABELS_MIN_ITEMS`` items or more, each of
    ``LABEL_MAX_WORDS`` words or fewer."""
    items = _LABEL_SEPARATOR.split(line)
    return len(items) >= LABELS_MIN_ITEMS and all(
        0 < len(item.split()) <= LABEL_MAX_WORDS for item in items
    )
