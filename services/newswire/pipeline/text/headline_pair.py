"""Two headline-like lines over one date block: which is the headline and which its deck or
section label."""

from __future__ import annotations

import re
from collections.abc import Callable

from newswire.pipeline.text.headline_rank import dated_under, echo
from newswire.pipeline.text.headline_shape import headline_like

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


def over_far_deck(
    lines: list[str],
    far: int,
    story: frozenset[str],
    entries: set[str],
    *,
    score: Callable[[int], int],
    end: int,
) -> int:
    """``upper_of_pair`` for the headline found far above the story's window (``far_headline``:
    the nearest line there with its date or byline under it): that line may be the deck under
    the headline ("Sourdough, gluten-free, and banana are no match …" under "Our 6 Favorite
    Bread Machines …", then "By" / the name), or the date line printed as a headline-like
    line ("February 4 2026 - Average reading time: 12 min"). The lines right above it, as
    ranked as it by ``score``, are asked. Half A's blocks renderings: 1 article title gained,
    none lost; half B: 1 gained, none lost."""
    above = [i for i in range(far) if lines[i]][-PAIR_GAP_LINES:]
    tied = [
        i
        for i in above
        if headline_like(lines[i]) and lines[i] not in entries and score(i) == score(far)
    ]
    return upper_of_pair(lines, far, tied, story, end)


def label_line(line: str) -> bool:
    """Whether ``line`` is a list of short labels (a post's categories or tags: "Best Of,
    Japan, Travel Guides"), never a headline: ``LABELS_MIN_ITEMS`` items or more, each of
    ``LABEL_MAX_WORDS`` words or fewer."""
    items = _LABEL_SEPARATOR.split(line)
    return len(items) >= LABELS_MIN_ITEMS and all(
        0 < len(item.split()) <= LABEL_MAX_WORDS for item in items
    )
