"""Two headline-like lines over one date block: which is the headline and which its deck or
section label."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from newswire.pipeline.text.headline_rank import (
    FAR_LEAD_LINES,
    TWICE_MAX_WORDS,
    dated_under,
    deck_under,
    echo,
    story_words,
)
from newswire.pipeline.text.headline_shape import DATED_WITHIN, dated_line, headline_like
from newswire.pipeline.text.lines import is_paragraph
from newswire.pipeline.text.patterns import LIST_ITEM, NOT_HEADLINE, READING_TIME

#: The most non-empty lines between the two lines of a pair (the date line among them).
PAIR_GAP_LINES: Final = 2
#: The fewest items of a line of section labels or tags ("Asia | Japan | Travel Tips").
LABELS_MIN_ITEMS: Final = 3
#: The most words of one item of such a line.
LABEL_MAX_WORDS: Final = 3
_LABEL_SEPARATOR: Final = re.compile(r"\s*[,|]\s*")


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
    none lost.
    With no date under them, the pair is two lines printed one right under the other, no line
    between (``adjacent_upper``)."""
    if not dated_under(lines, best, end):
        return adjacent_upper(lines, best, tied, story)
    best_share = echo(lines[best], story)[1]
    for upper in sorted((i for i in tied if i < best), reverse=True):
        if sum(1 for j in range(upper + 1, best) if lines[j]) > PAIR_GAP_LINES:
            break
        # Over a subtitle and the writer's bare name, the story's echo does not decide.
        share = 0.0 if subtitle_over_name(lines, upper, best) else best_share
        if dated_under(lines, upper, end) and _heads(lines[upper], lines[best], story, share):
            return upper
    return best


#: The words of a writer's bare name on its own line ("Dan Davies", "By Ibrahim Diallo").
NAME_WORDS: Final = (2, 3)


def subtitle_over_name(lines: list[str], upper: int, best: int) -> bool:
    """Whether ``best`` is the subtitle printed right under the headline at ``upper`` (no line
    between) and right over the writer's bare name (a newsletter's post: "Process Knowledge
    Management, Part IV" / "From Theory to Practice, The Procedural Knowledge Ontology" /
    "Jessica Talisman" / the date). The subtitle restates the story's theme, so the story's
    opening echoes it more than the headline, and it won; a page's menu over its headline
    stands over a byline with its label ("by Jane Doe", "Written By:"), not a bare name.
    Blocks renderings of wcxb-dev: article titles A +1 / -0, B +2 / -0 (a "By Name" line, all
    its words capitalised, counts as a name); all types the same."""
    if any(lines[j] for j in range(upper + 1, best)):
        return False
    below = next((lines[i] for i in range(best + 1, len(lines)) if lines[i]), "")
    words = below.split()
    return (
        NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]
        and all(w[:1].isupper() and not w.endswith(":") for w in words)
        and not any(c.isdigit() for c in below)
    )


def adjacent_upper(lines: list[str], best: int, tied: list[int], story: frozenset[str]) -> int:
    """``upper_of_pair`` for an undated page: a headline and its subtitle or its first
    section's heading printed one right under the other, right above the story ("Tips for
    Sleep Training Your Toddler" / "How to Sleep Train Your Toddler: A Pediatrician's Guide",
    "Learn More: Academic Tutoring" / "What is Academic Tutoring?"), with no date or byline
    to tell them apart: both ranked alike, the lower one, nearer the story, won. The line right
    above it (no non-empty line between) is the headline on the same terms as a dated pair's,
    unless it is a list's item: a table of contents' last entry ("18. Rental Company Number
    18 Reviewed") stands right above the first section's heading.
    Half A's blocks renderings: 2 article titles gained, none lost (3 and 1 of all types: a
    listing's "Pinch of Yum Recipes Air Fryer" over "Air Fryer Recipes"); half B: 2 gained,
    none lost."""
    upper = best - 1
    while upper >= 0 and not lines[upper]:
        upper -= 1
    if upper < 0 or upper not in tied or LIST_ITEM.match(lines[upper]):
        return best
    best_share = echo(lines[best], story)[1]
    return upper if _heads(lines[upper], lines[best], story, best_share) else best


def _heads(line: str, lower: str, story: frozenset[str], lower_share: float) -> bool:
    """Whether ``line`` heads the pair over ``lower``: no line of labels, no trail ending on
    the lower line, and the story's opening echoes a word of it and as large a share of its
    words as of the lower one's (a menu glued into one line is echoed little), or a smaller
    share when the lower line is its deck (``deck_under``: a title-case headline over a
    sentence; the story restates the deck, "Perfect Your Pour—Here Are the 5 Best Gooseneck
    Kettles …" over "Maximize the flavor of your coffee or tea with precision"). Blocks
    renderings of wcxb-dev: article titles A +1 / -0, B +0 / -0; all types, clean renderings
    and ScrapingHub otherwise unchanged."""
    shared, share = echo(line, story)
    return (
        not label_line(line)
        and lower.casefold() not in line.casefold()
        and shared >= 1
        and (share >= lower_share or deck_under(line, lower))
    )


def over_echoed_deck(lines: list[str], found: int | None, story: frozenset[str]) -> int | None:
    """The headline right above the line the story's opening echoes best (``found``, see
    ``best_echoed``) when that line is its deck: a summary written as a sentence under a
    title-case headline (``deck_under``: "[2025] Massive List of Thousands of Free
    Certificates and Badges" over "The single largest collection of free certificate courses
    available online, …"). The deck restates the story's first sentences, so its share of
    echoed words beat the headline's, which names the topic in fewer of the story's words. The
    headline must share a word with the story and be no line of labels. Half A's blocks
    renderings: no article title changed (1 product title gained); half B: 2 gained, none
    lost."""
    if found is None:
        return None
    upper = found - 1
    while upper >= 0 and not lines[upper]:
        upper -= 1
    if upper < 0 or not headline_like(lines[upper]):
        return found
    line = lines[upper]
    heads = (
        deck_under(line, lines[found])
        and echo(line, story)[0] >= 1
        and not label_line(line)
        and lines[found].casefold() not in line.casefold()
    )
    return upper if heads else found


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


#: How many non-empty lines above the story a heading printed twice in a row is sought among.
TWICE_ABOVE_LINES: Final = 4
#: How many it is sought among over a ranked line with no date or byline under it.
TWICE_FAR_LINES: Final = 25
#: The fewest words of such a heading, and the fewest of its words the story's opening repeats.
TWICE_MIN_WORDS: Final = 2


def twice_in_a_row(
    lines: list[str], span: tuple[int, int], reach: int = TWICE_ABOVE_LINES
) -> int | None:
    """The headline a page prints twice, one copy right under the other, just above its story:
    the breadcrumb trail's last crumb (the trail's other crumbs on lines of their own: "Home" /
    "Certificate vs Certification") and the heading under it ("Certificate vs Certification",
    "Building Department"). Of two or three words, such a headline is no candidate of the
    ranking (a menu's entries are as short) and a deck or a section's heading nearer the story
    won ("What is the Difference and Which is Right for You?", "Department Function"). It is
    the headline when every word of four letters or more of it, two at least, is repeated by
    the story's opening (a menu printed twice, desktop and mobile, names nothing the story
    names, and prints its entries apart, not in a row). The upper copy is returned.
    ``reach``: how many non-empty lines above the story are asked (see ``title_over``).
    Right above the story, a heading of one word counts too (``term_heading``)."""
    start, end = span
    above = [i for i in range(start) if lines[i]][-reach:]
    story = story_words(lines, start, end)
    for upper, lower in reversed(list(pairwise(above))):
        line = lines[upper]
        if line != lines[lower]:
            continue
        if (
            TWICE_MIN_WORDS <= len(line.split()) <= TWICE_MAX_WORDS
            and line[-1:] not in ".:;,"
            and headline_like(line, min_words=TWICE_MIN_WORDS)
            and not NOT_HEADLINE.search(line)
            and twice_echoed(line, story, near=reach <= TWICE_ABOVE_LINES)
        ) or (reach <= TWICE_ABOVE_LINES and term_heading(lines, line, span)):
            return upper
    return None


#: How many non-empty lines above the story a dated heading printed twice is sought among.
TWICE_DATED_LINES: Final = 8


def dated_twice(lines: list[str], chosen: int, span: tuple[int, int]) -> int | None:
    """The headline a page prints twice in a row (the trail's last crumb and the heading, the
    header's copy and the article's) with its date or byline right under the lower copy, a
    few lines above the story: a deck or a box's heading printed twice under it, or the
    date, author and section lines, pushed it past ``twice_in_a_row``'s reach, and its words
    need not be the story's ("Mission accomplished!" over a project's report). A menu's entry
    printed twice has no date under it. Asked over a ranked line (``chosen``) with no date
    under it standing farther above: a line right above the pair (within ``DATED_WITHIN``
    lines) is the headline over its author's box (a writer's name printed twice, then
    "Published Jun 4, 2025"), and a line under it (the headline opening the story) is nearer.
    The upper copy is returned. Blocks renderings of wcxb-dev: article titles A +2 / -0 (2
    sites), B +0 / -0; bodies unchanged."""
    start = span[0]
    # Only the last lines above the story are read, walking up from it.
    above: list[int] = []
    index = start - 1
    while index >= 0 and len(above) < TWICE_DATED_LINES:
        if lines[index]:
            above.append(index)
        index -= 1
    for lower, upper in pairwise(above):
        line = lines[upper]
        if (
            line == lines[lower]
            and chosen < upper
            and TWICE_MIN_WORDS <= len(line.split()) <= TWICE_MAX_WORDS
            and headline_like(line, min_words=TWICE_MIN_WORDS)
            and not NOT_HEADLINE.search(line)
            and dated_under(lines, lower, start)
            and sum(1 for i in range(chosen + 1, upper) if lines[i]) >= DATED_WITHIN
        ):
            return upper
    return None


#: The least share of a heading's words the story repeats when it is printed twice right
#: above the story (``twice_echoed``).
TWICE_NEAR_ECHO_SHARE: Final = 0.5


def twice_echoed(line: str, story: frozenset[str], *, near: bool) -> bool:
    """Whether the story's opening repeats enough of ``line``, a heading printed twice in a
    row: every word of four letters or more, two at least; right above the story (``near``),
    half of them, one at least. A heading in the story's own words keeps a word the story
    need not repeat ("Using promises" over a guide on promises, "Mesh Style Chairs" over a
    shop's chairs), and a menu printed twice prints its entries apart, not in a row right
    above the story. Blocks renderings of wcxb-dev: A +2 / -0 (documentation and collection
    titles, 2 sites), B +0 / -0; bodies unchanged."""
    count, share = echo(line, story)
    if count >= TWICE_MIN_WORDS and share == 1.0:
        return True
    return near and count >= 1 and share >= TWICE_NEAR_ECHO_SHARE


#: The fewest letters of a one-word heading printed twice (``term_heading``).
TERM_MIN_LETTERS: Final = 4


def term_heading(lines: list[str], line: str, span: tuple[int, int]) -> bool:
    """Whether ``line``, one word printed twice in a row right above the story, is the
    page's heading: a reference page names the term it documents in one word ("Pods",
    "Service", "Auth"), as the trail's last crumb and the heading, and the story writes the
    term with its capital inside its sentences ("a Service is", "Supabase Auth"), as a proper
    noun. A button a share bar prints twice (its desktop and mobile copies: "Like",
    "Follow") is a verb the story writes in lower case, if at all. Blocks renderings of
    wcxb-dev: documentation titles A +3 / -0 (2 sites), B +0 / -0."""
    if " " in line or len(line) < TERM_MIN_LETTERS or not line[:1].isupper() or not line.isalpha():
        return False
    story = " ".join(lines[span[0] : span[1]])
    # Prefilter: most one-word lines are not in the story at all.
    if line not in story:
        return False
    return re.search(rf"[a-z,] {re.escape(line)}\b", story) is not None


def far_lead_echoes(lines: list[str], chosen: int, start: int, window: int) -> bool:
    """Whether the line ranked far above the story (``chosen``, more than ``window`` non-empty
    lines above ``start``: ``far_headline``'s) is echoed by its own lead, the first paragraph
    within ``FAR_LEAD_LINES`` non-empty lines under it, with a date or byline right under it.
    A list article's densest stretch is a later section, whose opening echoes that section's
    own heading, not the page's headline ("Key Focus: Full-body strength and safety" over
    "The Best Home Gym Setups for Any Budget", whose lead says "Building a home gym … no
    matter your budget"): the headline keeps its place when its lead names it. A reading
    time alone is no such line: a menu of teasers prints one under each ("What is home
    equity? 8 min read" under "Home equity lender reviews", a paragraph naming home equity
    under them). Blocks renderings of wcxb-dev: article titles B +2 / -0, A +0 / -0 (all
    types: A +0 / -0, B +2 / -0)."""
    below = [i for i in range(chosen + 1, start) if lines[i]]
    if len(below) < window:
        return False
    dated = any(
        dated_line(lines[i]) and not READING_TIME.search(lines[i]) for i in below[:DATED_WITHIN]
    )
    lead = next((i for i in below[:FAR_LEAD_LINES] if is_paragraph(lines[i])), None)
    if not dated or lead is None:
        return False
    return echo(lines[chosen], story_words(lines, lead, start))[0] >= FAR_LEAD_ECHO_WORDS


#: The fewest of a far headline's words its lead must repeat for it to keep its place.
FAR_LEAD_ECHO_WORDS: Final = 1


#: The fewest copies above the story of a menu's entry printed again as a kicker (desktop
#: menu, mobile menu, kicker).
MENU_KICKER_COPIES: Final = 3


def menu_kicker(lines: list[str], found: int, chosen: int, end: int) -> bool:
    """Whether the echoed line (``found``) is a menu's entry printed again as the story's
    kicker, over the ranked line (``chosen``) standing right above the story (``end``) and
    printed once: a university's or a publisher's page prints its colleges or sections in
    its desktop and its mobile menus, then the story's section over its headline ("College
    of Behavioral, Social and Health Sciences" over "Here's how to maintain healthy
    smartphone habits"); the section names what the story names, and the echo rule gave it
    the title. A headline printed twice (the header and the heading, a product's name in its
    page and its cart box) has fewer copies. Blocks renderings of wcxb-dev: article titles B
    +1 / -0, A +0 / -0 (all types alike; two copies cost two product and a forum title)."""
    above = lines[:end]
    right = next((i for i in range(end - 1, -1, -1) if lines[i]), None)
    return (
        chosen == right
        and above.count(lines[found]) >= MENU_KICKER_COPIES
        and above.count(lines[chosen]) == 1
    )
