"""Finding the headline of a page's text just above its story: among the menus, breadcrumbs,
bylines and decks around the densest prose (the first line of one article's text: ``headline``)."""

from __future__ import annotations

from functools import partial
from typing import Final

from newswire.pipeline.text.headline import first_line, opens_article
from newswire.pipeline.text.headline_inside import dated_inside, headline_inside
from newswire.pipeline.text.headline_pair import (
    TWICE_FAR_LINES,
    dated_twice,
    far_lead_echoes,
    menu_kicker,
    over_echoed_deck,
    over_far_deck,
    twice_in_a_row,
    upper_of_pair,
)
from newswire.pipeline.text.headline_rank import (
    HEAD_CAPITALS_MIN,
    best_echoed,
    capitals_share,
    contents_entries,
    dated_under,
    deck_under,
    echo,
    echoed_enough,
    echoes_better,
    far_headline,
    printed_twice,
    restated,
    short_headline,
    story_words,
    trail_named,
    under_trail,
)
from newswire.pipeline.text.headline_shape import (
    BYLINE_LABEL_MAX_CHARS,
    TRAIL_SIGNS,
    headline_like,
    headline_shape,
)
from newswire.pipeline.text.lines import is_paragraph, word_count
from newswire.pipeline.text.patterns import BYLINE_LABEL, DISCLOSURE
from newswire.pipeline.text.span import first_story_stretch, story_span

#: How far (non-empty lines) a headline may stand before the story's first paragraph.
HEADLINE_WINDOW: Final = 15


def title_near_story(lines: list[str], first_line_title: int | None) -> int | None:
    """A scraped page's text starts with its menus, not its headline. The headline stands just
    above the story (the densest stretch of prose), among its byline and date lines: the line a
    breadcrumb trail there ends with, or the one printed twice nearest the story (breadcrumb and
    heading, heading and share text), or else the nearest headline-like line, wins; the first
    line only when no line there is headline-like. A line the story's opening does not echo
    gives way to one it does, however far above (``echoed_title``). A headline inside the
    stretch may win last: under a box's paragraph (``headline_inside``) or with its date or
    byline under it over a chosen line with neither (``dated_inside``)."""
    span = story_span(lines, teasers=True, legal=True)
    if span is None:
        return first_line_title
    chosen = title_over(lines, first_line_title, span)[0]
    intro = first_story_stretch(lines, span[0])
    if intro is not None:
        over_intro = title_over_intro(lines, first_line_title, intro)
        chosen = chosen if over_intro is None else over_intro
    return dated_inside(lines, span, headline_inside(lines, span, chosen))


def title_over(
    lines: list[str], first_line_title: int | None, span: tuple[int, int]
) -> tuple[int | None, tuple[int, int]]:
    """The headline over the story's stretch ``span`` (see ``title_near_story``), and the
    stretch as the search read it (past a disclosure or a trail it opens with)."""
    span = past_trail(lines, past_disclosure(lines, span))
    # A table of contents' entries are the story's section headings, never its headline.
    entries = contents_entries(lines, span)
    chosen = echoed_title(
        lines, span, ranked_title(lines, first_line_title, span, entries), entries
    )
    # An author box prints its writer's name twice in a row under a byline's label too.
    twice = twice_in_a_row(lines, span)
    if twice is None:
        twice = far_twice(lines, chosen, span)
    if twice is not None and not name_under_byline(lines, twice):
        return twice, span
    short = short_headline(lines, span, chosen)
    return (chosen if short is None or name_under_byline(lines, short) else short), span


#: The most times a page prints a heading printed twice in a row far above its story.
FAR_TWICE_MAX_COPIES: Final = 4


def far_twice(lines: list[str], chosen: int | None, span: tuple[int, int]) -> int | None:
    """A short heading printed twice in a row far above the story (up to ``TWICE_FAR_LINES``
    lines), over a ranked line (``chosen``) with no date or byline under it. A shop's
    category, a service's or a topic's page prints its heading of two or three words twice
    (desktop and mobile headers, the trail's last crumb and the heading), then a deck, a
    box's heading or a product grid, and a line under it or a menu's entry the story echoes
    won ("Storage shelves & shelving units" under "Shelving furniture", "Society of Strong
    Coffee" over "Dark Roast Coffee"). An article's headline has its date under it. A button
    a page prints by every teaser and twice under its headline ("Read Later") is printed more
    than ``FAR_TWICE_MAX_COPIES`` times; a heading, in the header, the trail, the heading and
    a product card, no more. Blocks renderings of wcxb-dev: all types A +5 / -0, B +1 / -0
    (article titles A +1 / -0)."""
    if chosen is not None and dated_under(lines, chosen, span[0]):
        return None
    far = twice_in_a_row(lines, span, TWICE_FAR_LINES)
    if far is None or lines.count(lines[far]) > FAR_TWICE_MAX_COPIES:
        return None if chosen is None else dated_twice(lines, chosen, span)
    return far


#: The fewest of a listicle's headline's words its intro repeats, and their least share.
INTRO_ECHO_WORDS: Final = 2
INTRO_ECHO_SHARE: Final = 0.5


def title_over_intro(
    lines: list[str], first_line_title: int | None, intro: tuple[int, int]
) -> int | None:
    """The headline over a listicle's intro (``span.first_story_stretch``), when the intro
    echoes it: two of its words or more, half of them ("The Best GPS Watches of 2026" over "We
    purchased and tested the best GPS watches side by side"; a short headline has too few
    words for ``echoed_enough``). Sought only above the densest prose, the headline was a
    section's ("Best Overall GPS Watch", "Great for sensitive teeth") or a deck. A cookie
    banner or a product box above a page's story, named by its own heading, weighs less than
    an intro (``INTRO_MIN_WEIGHT``; at 600, half B lost 3 titles to such boxes, at 800 one to a
    cookie banner). Blocks renderings of wcxb-dev articles: titles A +1 / -0, B +3 / -0,
    bodies unchanged (ScrapingHub's too); all types A +2 / -0, B +4 / -0 (one forum thread's
    body F1 0.37 -> 0.09)."""
    found, span = title_over(lines, first_line_title, intro)
    if found is None:
        return None
    shared, share = echo(lines[found], story_words(lines, *span))
    return found if shared >= INTRO_ECHO_WORDS and share >= INTRO_ECHO_SHARE else None


#: The most lines of a disclosure the story's stretch may open with.
DISCLOSURE_LINES: Final = 2


def past_disclosure(lines: list[str], span: tuple[int, int]) -> tuple[int, int]:
    """The story's stretch without the affiliate or editorial disclosure it opens with
    (``DISCLOSURE``: "We independently evaluate all of our recommendations. If you click on
    links we provide, we may receive compensation."): review pages print it as a paragraph
    right above the headline, the densest stretch starts there, and the headline under it
    was no candidate. The story starts after the disclosure (its headline then opens it, see
    ``prose_headline``)."""
    start, end = span
    skipped = 0
    while start < end and skipped < DISCLOSURE_LINES and DISCLOSURE.search(lines[start]):
        start += 1
        skipped += 1
        while start < end and not lines[start]:
            start += 1
    # Only a headline under the disclosure makes it the page's, above the story: a story may
    # open on a paragraph that names a commission or compensation.
    if skipped and start < end and prose_headline(lines[start]):
        return start, end
    return span


def past_trail(lines: list[str], span: tuple[int, int]) -> tuple[int, int]:
    """The story's stretch without the breadcrumb trail it opens with when the trail ends on
    the headline printed right under it ("Home » Archive » Financial Literacy » Do Millennials
    Have the Best Personal Finance Habits?", then that headline; "Newsroom/Online learning
    tips/Graphic information technology vs. graphic design: Which program is right for
    you?"): a trail ending on a long headline weighs as prose, the densest stretch opened
    with it, and the trail was taken for the title over the headline inside the story. The
    story starts under the headline, which then stands right above it, and the trail is no
    candidate (``trail_over``). Blocks renderings of wcxb-dev: article titles A +1 / -0, B +1
    / -0 (all types B +2 / -0: a listing's "Home / Archives … / Healthy Air fryer Recipes")."""
    start, end = span
    head = trail_over(lines, start, end)
    below = None if head is None else next((i for i in range(head + 1, end + 1) if lines[i]), None)
    return span if below is None else (below, end)


def trail_over(lines: list[str], index: int, end: int) -> int | None:
    """The headline right under a breadcrumb trail at ``index`` that ends on it (the next
    non-empty line, before ``end``), or None."""
    head = next((i for i in range(index + 1, end + 1) if lines[i]), None)
    if head is None:
        return None
    line, headline = lines[index], lines[head]
    trail = line[: len(line) - len(headline)].rstrip()
    named = (
        len(line) > len(headline)
        and trail[-1:] in TRAIL_SIGNS
        and line.casefold().endswith(headline.casefold())
        and headline_like(headline)
    )
    return head if named else None


def echoed_title(
    lines: list[str], span: tuple[int, int], chosen: int | None, entries: set[str]
) -> int | None:
    """The headline the story's opening echoes (``best_echoed``), when the line ranked by shape
    and distance (``chosen``) shares no word with it: a page's headline may stand far above
    its story (a table of contents, a newsletter box, a share bar between: half A's blocks
    renderings, 44 headlines more than fifteen lines above), and a menu line nearer the story
    outranks it ("Book a Demo Log In"). A headline-like line opening the densest prose without
    a stop may be the headline itself, the story under it. Half A's blocks renderings: 18
    article titles gained, none lost (21 of all types); half B (figures only): 15 gained, 1
    lost (23 of all types); the clean renderings unchanged but for 1 of B's titles gained.
    A ranked line the story echoes a little ("Never miss a single post. Get our blog posts
    …" over a post on catering) gives way too when the echoed one repeats as many of the
    story's words and a much larger share of its own (``echoes_better``)."""
    start, end = span
    line = lines[start]
    top = int(
        start < end
        and headline_like(line)
        and not line.endswith(".")
        # A paragraph cut off or closed by a marker ("… (0)", "… read more") is no headline.
        and word_count(line) <= OPENING_HEADLINE_MAX_WORDS
    )
    story = story_words(lines, start + top, end)
    # A first line over a blank line heads one article's text, whatever its words: the lines
    # under it are the story's own, not a page's furniture to look past (half B's clean
    # renderings, figures only: a listing's first line gave way to an item's line and the
    # items above it were lost).
    if chosen is not None and chosen == first_line(lines) and opens_article(lines, chosen):
        return chosen
    # The echo first: a regex over the line, where headline_like runs several (the lines
    # above a page's story are hundreds, and few are echoed).
    candidates = [
        i
        for i in range(start + top)
        if lines[i]
        and echoed_enough(lines[i], story)
        and headline_like(lines[i])
        and lines[i] not in entries
        and trail_over(lines, i, start + top) is None  # the trail names the headline under it
    ]
    found = over_echoed_deck(lines, best_echoed(lines, candidates, story), story)
    if found is None or chosen is None or chosen >= start + top:
        return chosen if found is None else found
    if menu_kicker(lines, found, chosen, start + top):
        return chosen  # the headline right above the story, over a menu's entry echoed
    if far_lead_echoes(lines, chosen, start, HEADLINE_WINDOW):
        return chosen  # a list article's headline, echoed by its own lead
    return found if echoes_better(echo(lines[found], story), echo(lines[chosen], story)) else chosen


#: The most words of a headline opening the densest prose itself.
OPENING_HEADLINE_MAX_WORDS: Final = 20


def ranked_title(
    lines: list[str], first_line_title: int | None, span: tuple[int, int], entries: set[str]
) -> int | None:
    """The headline-like line above the story ranked first by ``title_near_story``'s rules."""
    start = span[0]
    if start < span[1] and prose_headline(lines[start]):
        start += 1
    # A table of contents between the headline and the story counts for no distance: a long
    # guide's list of sections pushed its headline out of the window.
    window = [i for i in range(start) if lines[i] and lines[i] not in entries][-HEADLINE_WINDOW:]
    candidates = [i for i in window if candidate(lines, i, start)]
    if not candidates:
        return first_line_title if first_line_title in window else None
    named = trail_named(lines, window, candidates)
    if named is None:
        named = under_trail(lines, candidates)
    if named is not None:
        return named
    story = story_words(lines, *span)
    twice = printed_twice(lines, candidates, story)
    if twice is not None:
        return twice
    # The first line wins when it is a headline over one article's text (a blank line, then
    # the story: ``opens_article``). A page's text (one line per block, no blank line) opens
    # with its site's name, a sign-in link or its menu glued into one line ("Home Sponsor me
    # Github", "Learning Loom - Tales of …"), four words and more, and its headline stands
    # above the story (half A's blocks renderings: 3 titles gained, 1 lost — a headline over
    # its own "Introduction: …").
    if (
        first_line_title in candidates
        and len(lines[first_line_title].split()) >= 4
        and opens_article(lines, first_line_title)
    ):
        return first_line_title

    # The best-shaped line, the nearest to the story among equals; a line with the date, byline
    # or reading time within the next three lines is the headline, a line after them the deck
    # or a box's heading ("기사입력 : 2018-09-28"). A deck, a credit or an author's name may
    # stand between the headline and its date: with only the next line asked, the deck or a
    # table of contents' last entry won (half A's blocks renderings: 9 titles gained, 4 lost
    # where the date stands above the headline; half B: 13 gained).
    # (a partial, not a closure: compiled, a closure and the function's variables that a lambda
    # below shares hold each other, and the page's lines waited for the garbage collector)
    rank = partial(_rank, lines, start)
    best = max(candidates, key=rank)
    # A deck or a category line between the headline and its date ties with it, and won.
    tied = [i for i in candidates if rank(i)[0] == rank(best)[0]]
    best = upper_of_pair(lines, best, tied, story, start)
    if not dated_under(lines, best, start):
        far = far_headline(lines, window[0], start, entries)
        if far is not None:
            return over_far_deck(lines, far, story, entries, score=lambda i: rank(i)[0], end=start)
    # A page's control line under the deck ("Manage alerts for this article") reads as a deck
    # too: the headline is sought up the run of decks, not one line up.
    while best - 1 in candidates and deck_under(lines[best - 1], lines[best]):
        best -= 1
    inner = restated(lines, best, candidates)
    return above_deck(lines, best) if inner is None else inner


def _rank(lines: list[str], start: int, i: int) -> tuple[int, int]:
    """A candidate's rank: its shape with the date under it, then its nearness to the story."""
    return headline_shape(lines[i]) + dated_under(lines, i, start), i


def candidate(lines: list[str], index: int, start: int) -> bool:
    """Whether the line at ``index`` (above the story starting at ``start``) is ranked."""
    line = lines[index]
    return (
        (headline_like(line) or dated_short(lines, index, start))
        and not named_by(lines, index)
        # A breadcrumb trail ending on the headline under it names that headline.
        and trail_over(lines, index, start) is None
    )


#: The words of a short headline ranked among the others when its date or byline is under it.
DATED_SHORT_WORDS: Final = 3


def dated_short(lines: list[str], index: int, end: int) -> bool:
    """A headline of three words in title case with its date, byline or reading time under it
    (``dated_under``): a blog's or a newsletter's post ("The Edge-First Manifesto" over its
    subtitle, the author's name and the date; "Thoughts on Zig" over "2025-08-29") is a
    candidate of the ranking as a headline of four words is; without it, the subtitle or a
    section's heading nearer the story won. Not a section's kicker naming its topics ("Diet &
    Fitness", "Food, Nutrition, Diet": an ampersand or a comma), nor a line opening in lower
    case (a contact link, "e-Mail Us Now"). Blocks renderings of wcxb-dev: article titles A
    +4 / -1 (a sentence-case headline over a title-case subtitle of three words), B +2 / -0;
    all types A +6 / -1, B +2 / -0; bodies unchanged."""
    line = lines[index]
    return (
        len(line.split()) == DATED_SHORT_WORDS
        and line[:1].isupper()
        and "&" not in line
        and "," not in line
        and line[-1:] not in ".:;"
        and headline_like(line, min_words=DATED_SHORT_WORDS)
        and capitals_share(line) >= HEAD_CAPITALS_MIN
        and bool(dated_under(lines, index, end))
    )


def named_by(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is the name under a byline's label printed alone ("By:" /
    "Great Day Editorial Team"): headline-like by its words, it stood nearer the story than the
    headline above the byline and won."""
    above = lines[index - 1] if index > 0 else ""
    return len(above) <= BYLINE_LABEL_MAX_CHARS and bool(BYLINE_LABEL.match(above))


def name_under_byline(lines: list[str], index: int) -> bool:
    """``named_by``, through the copies of the name right above the line: an author box prints
    its writer's name twice ("By" / "Mary Marlowe Leverette" / "Mary Marlowe Leverette")."""
    while index > 0 and lines[index - 1] == lines[index]:
        index -= 1
    return named_by(lines, index)


def prose_headline(line: str) -> bool:
    """Whether the first line of the densest prose is the headline over it: a headline of
    eight words and more that ends with a question mark or a parenthesis ("What Meditation Can
    Do for You (and How To Get Started)", "How Much Should You Charge For A Yoga Class?") reads
    as a sentence and weighs as prose, so the story's stretch opened with it and the headline
    was sought above it, among the menus. In title case and without a full stop, it is no
    story's sentence (half A's blocks renderings: 8 titles gained, 1 lost — a product page's
    option list in title case)."""
    return (
        headline_like(line) and not line.endswith(".") and capitals_share(line) >= HEAD_CAPITALS_MIN
    )


def above_deck(lines: list[str], index: int) -> int:
    """The headline over a deck: a page prints its headline, then a one-sentence summary ending
    with a stop, then the picture, byline and share bar. When the share bar pushes the headline
    out of the window above the story, the summary was the best line left (the seed
    en_098bb3e96c0a); a line ending without a stop right above a sentence-ended paragraph, and
    headline-like itself, is the headline that sentence summarises."""
    line = lines[index]
    if not (line.endswith(".") and is_paragraph(line)):
        return index
    above = next((i for i in range(index - 1, -1, -1) if lines[i]), None)
    if above is None or lines[above].endswith(".") or not headline_like(lines[above]):
        return index
    return above
