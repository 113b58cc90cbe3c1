"""The headline inside the densest prose: a box's paragraph over the headline (a newsletter's
sign-up, a site's tagline, a browser notice, a disclosure) opened the story's stretch, and the
headline stood inside it, where no rule above the story looks."""

from __future__ import annotations

from itertools import pairwise

from newswire.pipeline.text.headline_rank import echo, story_words
from newswire.pipeline.text.headline_shape import dated_line, headline_like
from newswire.pipeline.text.lines import is_paragraph
from newswire.pipeline.text.patterns import LIST_ITEM, NOT_HEADLINE
from newswire.pipeline.text.span import STORY_MIN_WEIGHT, prose_weight

#: How many non-empty lines of the stretch's opening the headline is sought among.
INSIDE_LINES = 12
#: The fewest of the headline's words (four letters and more) the story under it repeats.
INSIDE_ECHO_WORDS = 2


def headline_inside(lines: list[str], span: tuple[int, int], chosen: int | None) -> int | None:
    """The headline standing among the first lines of the densest stretch ``span``, after a
    box's paragraph and the box's short lines (its button, its notice's "Dismiss", a
    breadcrumb, the post's date): "Sign up for our weekly e-newsletter …" / "Sign Up" /
    "Transitioning to a plant-based diet - tips and tricks" / the story. The stretch opened
    with the box's paragraph (prose weighs, a headline does not), so the headline was no
    candidate and a line above the box won. The headline is a headline-like line, not ended
    by a stop, right under a line that is no paragraph (a section's heading inside a story
    stands under a paragraph of it), over a paragraph that opens the story (its date or byline
    between), and the story's opening repeats two of its words or more. The box is its
    paragraphs, then its short lines: a paragraph under a short line before the headline is
    the story's own, its sections' headings and paragraphs in turn (a product page's features,
    a guide's sections), and the stretch opened with the story; so are paragraphs that weigh
    as a story on their own (``STORY_MIN_WEIGHT``: a post's intro over its first section)."""
    start, end = span
    seen = [i for i in range(start, end) if lines[i]][:INSIDE_LINES]
    box = prose_weight(lines[seen[0]]) if seen else 0
    for before, index in pairwise(seen):
        line = lines[index]
        if box >= STORY_MIN_WEIGHT:
            return chosen
        # A dated line above it makes the stretch a list of dated teasers (a blog's index:
        # "Go 1.26 is released, 10 February 2026" / the writer / the summary), not a box.
        if dated_line(lines[before]):
            return chosen
        if (
            not is_paragraph(lines[before])
            and headline_like(line)
            and line[-1:] not in ".:;,"
            and not LIST_ITEM.match(line)
            and not NOT_HEADLINE.search(line)
            and _story_under(lines, index, end)
        ):
            story = story_words(lines, index + 1, end)
            if echo(line, story)[0] < INSIDE_ECHO_WORDS:
                continue
            opening = story_words(lines, start, end) | story
            weak = chosen is None or echo(lines[chosen], opening)[0] == 0
            return index if weak else chosen
        if is_paragraph(line) and not is_paragraph(lines[before]):
            return chosen
        box += max(0, prose_weight(line))
    return chosen


def _story_under(lines: list[str], index: int, end: int) -> bool:
    """Whether a paragraph opens the story right under the line at ``index``, past its date,
    byline and reading-time lines."""
    for i in range(index + 1, end + 1):
        if not lines[i] or dated_line(lines[i]):
            continue
        return is_paragraph(lines[i])
    return False
