"""The headline inside the densest prose: a box's paragraph over the headline (a newsletter's
sign-up, a site's tagline, a browser notice, a disclosure) opened the story's stretch, and the
headline stood inside it, where no rule above the story looks; or a headline with its date or
byline under it stood there (``dated_inside``)."""

from __future__ import annotations

from itertools import islice, pairwise
from typing import Final

from newswire.pipeline.text.headline_rank import dated_under, echo, story_words
from newswire.pipeline.text.headline_shape import dated_line, headline_like
from newswire.pipeline.text.lines import is_paragraph, short_sentence
from newswire.pipeline.text.patterns import LIST_ITEM, NOT_HEADLINE, QUOTES
from newswire.pipeline.text.span import STORY_MIN_WEIGHT, prose_weight

#: How many non-empty lines of the stretch's opening the headline is sought among.
INSIDE_LINES: Final = 12
#: The fewest of the headline's words (four letters and more) the story under it repeats.
INSIDE_ECHO_WORDS: Final = 2


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


#: How many non-empty lines of the stretch's opening a dated headline is sought among.
DATED_INSIDE_LINES: Final = 12
#: How many non-empty lines under a dated headline the story's first paragraph starts within
#: (its deck, byline, date and reading time between).
DATED_LEAD_LINES: Final = 4
#: How many non-empty lines under a dated headline a list of dated teasers shows the next one.
TEASER_LIST_LINES: Final = 20


def dated_inside(lines: list[str], span: tuple[int, int], chosen: int | None) -> int | None:
    """The headline standing inside the densest stretch ``span`` with its byline or date right
    under it (or under its one-sentence deck), over a chosen line with neither: "Best Trail
    Running Shoes of 2026" / "By …" / the story, inside a stretch that opened with a box's
    paragraph (a newsletter's sign-up, an affiliate disclosure, a programme list in the
    header, a headline long enough to weigh as prose itself). A line above the stretch won,
    a section of the box's or a menu's ("Newsletter Sign Up", "Zoho CRM Review and
    Pricing"), or a later section's heading ("Best Trail Running Shoes for Mud"). The date or
    byline under a line is what marks a story's headline; ``headline_inside`` asks for none
    and stops at the first paragraph under a short line, which this box's shape has.

    The headline is sought among the stretch's first ``DATED_INSIDE_LINES`` lines: a
    headline-like line, a paragraph within ``DATED_LEAD_LINES`` lines under it, and the story
    under it repeating two of its words or more (a writer's name over the date, "Jeffrey A.
    Slotnick CPP, PSP", is headline-like and dated too, and named by no story). A chosen line
    with its own date or byline under it stays; so does one over a list of dated teasers (a
    listing's, a shop's reviews: another dated headline-like line follows), where the first
    teaser is no page's headline. Blocks renderings of wcxb-dev: article titles A +2 / -0, B
    +3 / -0; all types the same, no other page's title changed, article bodies a little nearer
    the truth (the box's lines above the headline left out); clean renderings and
    ScrapingHub's unchanged."""
    start, end = span
    if chosen is not None and dated_under(lines, chosen, end):
        return chosen
    seen = list(islice((i for i in range(start, end) if lines[i]), DATED_INSIDE_LINES))
    for k, index in enumerate(seen):
        line = lines[index]
        if (
            index != chosen
            and _dated_below(lines, seen[k + 1 : k + 3])
            and _dated_head(line)
            and any(is_paragraph(lines[i]) for i in seen[k + 1 : k + 1 + DATED_LEAD_LINES])
            and echo(line, story_words(lines, index + 1, end))[0] >= INSIDE_ECHO_WORDS
        ):
            return chosen if _teaser_list(lines, index, end) else index
    return chosen


def _dated_head(line: str) -> bool:
    """A headline-like line as a dated headline inside the stretch: not ended as a sentence or
    a label, no list item, and not a quote (a review's quote over its score "9.4/10 - IGN",
    which reads as a date)."""
    return (
        headline_like(line)
        and not dated_line(line)
        and line[-1:] not in ".:;,"
        and line[:1] not in QUOTES
        and not LIST_ITEM.match(line)
        and not NOT_HEADLINE.search(line)
    )


def _dated_below(lines: list[str], below: list[int]) -> bool:
    """Whether the first of the (up to two) lines ``below`` a headline is its date or byline,
    or the second is under a deck written as a sentence ("A business certification can make
    your skills stand out …" / "Written by: …"). A box's menu entry over a dated post is no
    deck ("1 Reply (Go Down)")."""
    if not below:
        return False
    if dated_line(lines[below[0]]):
        return True
    return len(below) > 1 and short_sentence(lines[below[0]]) and dated_line(lines[below[1]])


def _teaser_list(lines: list[str], index: int, end: int) -> bool:
    """Whether another dated headline follows the one at ``index`` within
    ``TEASER_LIST_LINES`` lines, past its own date and byline: a listing's dated teasers, a
    shop's dated reviews, whose first is no page's headline."""
    filled = list(islice((i for i in range(index + 1, end + 1) if lines[i]), TEASER_LIST_LINES))
    first = next((k for k, i in enumerate(filled) if dated_line(lines[i])), len(filled))
    return any(
        _dated_head(lines[filled[k]]) and _dated_below(lines, filled[k + 1 : k + 3])
        for k in range(first + 1, len(filled))
    )
