"""How the headline is told from the other headline-like lines above a page's story: a
breadcrumb trail names it, it is printed twice, a deck stands under it, the story echoes it,
its date or byline stands under it far above a list article's densest prose."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import Final

from newswire.pipeline.text.headline_shape import DATED_WITHIN, dated_line, headline_like
from newswire.pipeline.text.lines import is_paragraph
from newswire.pipeline.text.patterns import DISCLOSURE, NOT_HEADLINE

#: The longest line (words) taken as the headline for being printed twice.
TWICE_MAX_WORDS: Final = 25


def printed_twice(lines: list[str], candidates: list[int], story: frozenset[str]) -> int | None:
    """The headline printed twice (breadcrumb and heading, heading and share text): of the
    headline-like lines printed twice, the pair nearest the story. A page's header prints its
    buttons twice too (desktop and mobile menus: "Open Menu Close Menu", "Book a Demo"), above
    the headline; the first pair found won (half A's blocks renderings: 1 title gained, 1
    lost, and 1 of another page type gained; half B: 1 gained). A gallery prints its long
    captions twice (the slide and its thumbnail): a line printed twice is the headline only
    when it is headline-long. A call to action or a job title printed twice ("See if you qualify
    for a case" in a banner and under the headline, "Vice President of Consulting" in two
    author cards) names nothing the story's opening names: a line printed twice is the
    headline only when that opening repeats one of its words. A line of a script written
    without spaces (Japanese, Chinese) is one run, no word of it to share: it is asked as
    before (a Japanese headline printed twice on ScrapingHub's blocks rendering lost to its
    story's first sentence, and the body its lede)."""
    seen: dict[str, int] = {}
    twice = None
    for i in candidates:
        if (
            lines[i] in seen
            and len(lines[i].split()) <= TWICE_MAX_WORDS
            and not NOT_HEADLINE.search(lines[i])
            and (echo(lines[i], story)[0] > 0 or " " not in lines[i])
        ):
            twice = seen[lines[i]]
        seen.setdefault(lines[i], i)
    return twice


def restated(lines: list[str], best: int, candidates: list[int]) -> int | None:
    """The headline the best-ranked line restates: a section's label over it ("Introduction:
    How to Make Furniture", "Transcript: What is a smartphone?") or its byline glued after it
    ("4 Emerging Technologies … by Harsh Chauhan"). The page printed the headline on its own
    higher up; the restated line stands nearer the story and won. Of the candidates it
    restates, the nearest the story; None when it restates none. Half A's blocks renderings: 2
    article titles gained, none lost; half B (figures only): 1 forum title gained, none lost."""
    best_line = lines[best].casefold()
    inner = [
        i
        for i in candidates
        if (folded := lines[i].casefold()) != best_line
        and (
            best_line.endswith(": " + folded)
            or best_line.startswith(folded + " by ")
            or _after_short_prefix(best_line, folded)
        )
    ]
    return inner[-1] if inner else None


#: The most words a page glues in front of its headline when it restates it.
RESTATED_PREFIX_MAX_WORDS: Final = 3


def _after_short_prefix(line: str, headline: str) -> bool:
    """Whether ``line`` is ``headline`` (four words or more) after a few words glued before it:
    a breadcrumb trail printed without its signs ("Home Blog Fitness Top Home Gym Must Haves
    …") or a section's lead-in ("Understanding Best Cheap Laptops for College Students in
    2026" over its story, under the headline "Best Cheap Laptops for College Students in
    2026"). Nearer the story, the restated line outranked the headline above it."""
    prefix = line.removesuffix(" " + headline)
    return (
        prefix != line
        and len(headline.split()) >= SENTENCE_HEAD_MIN_WORDS - 1
        and len(prefix.split()) <= RESTATED_PREFIX_MAX_WORDS
    )


#: The signs a breadcrumb trail puts between its steps when it names the page last.
_TRAIL_SEPARATORS: Final = (" > ", " » ", " › ", " → ")


def trail_named(lines: list[str], window: list[int], candidates: list[int]) -> int | None:
    """The headline a breadcrumb trail above the story names: a trail's last step is the page
    itself ("Home > Blog > Top Dental Resolutions for 2025", "Home » Renting a Car: …"), and
    the headline-like line equal to it, the nearest the story, is the headline (a trail line
    itself is four words and more and headline-like, and a page's buttons printed twice
    outranked the headline under it). Half A's blocks renderings: 5 titles gained, none lost."""
    steps = set()
    for i in window:
        for separator in _TRAIL_SEPARATORS:
            if separator in lines[i]:
                steps.add(lines[i].rsplit(separator, 1)[1].strip().casefold())
                break
    named = [i for i in candidates if lines[i].casefold() in steps]
    return named[-1] if named else None


def under_trail(lines: list[str], candidates: list[int]) -> int | None:
    """The headline right under a breadcrumb trail that names only the page's section
    ("Home » Interesting", then "Skyrim: how to raise the running speed"): a page
    prints its heading under its trail, and the lines between that heading and the story (a
    list of console commands, a deck) were nearer the story and outranked it (the text seed
    ru_c4a3). Of the candidates right under a trail line, and no trail themselves, the nearest
    the story. Half A's blocks renderings: 1 title of another page type gained, none lost;
    half B: the same."""
    under = [
        i for i in candidates if i > 0 and _trail_line(lines[i - 1]) and not _trail_line(lines[i])
    ]
    return under[-1] if under else None


def _trail_line(line: str) -> bool:
    return any(separator in line for separator in _TRAIL_SEPARATORS)


#: The least share of capitalised long words (past the first) of a headline over its deck.
HEAD_CAPITALS_MIN: Final = 0.75
#: The largest share of them in the deck under it: a sentence.
DECK_CAPITALS_MAX: Final = 0.34


def deck_under(head: str, deck: str) -> bool:
    """Whether ``deck`` is the deck under the headline ``head`` right above it: a headline in
    title case ("Making Google Sans Flex", "Are AI Evangelists In Heat?"), then a summary
    written as a sentence without its stop ("How seven design problems shaped Google's iconic
    typeface — …"). Both are headline-like; the deck is nearer the story and won (half A's
    blocks renderings: 8 titles gained, 1 lost).
    A headline written as a sentence too ("These are the best major appliances of 2025" over
    "Here's what we're excited about this year") is one of ``SENTENCE_HEAD_MIN_WORDS`` words
    or more opening with a capital: a page's section label over its headline is shorter or in
    title case ("Camera & Gear Reviews"), a menu glued into one line is in lower case ("home
    newsletter blog github"). Half A's blocks renderings: 3 article titles gained, none lost;
    half B (figures only): 4 gained, none lost."""
    if head.endswith("."):
        return False
    deck_share = capitals_share(deck)
    head_share = capitals_share(head)
    return (head_share >= HEAD_CAPITALS_MIN and deck_share <= DECK_CAPITALS_MAX) or (
        head_share <= DECK_CAPITALS_MAX
        and deck_share <= SENTENCE_DECK_CAPITALS_MAX
        and head[:1].isupper()
        and len(head.split()) >= SENTENCE_HEAD_MIN_WORDS
    )


SENTENCE_DECK_CAPITALS_MAX: Final = 0.5


#: The fewest words of a headline written as a sentence over its deck (see deck_under).
SENTENCE_HEAD_MIN_WORDS: Final = 5


def capitals_share(line: str) -> float:
    """The share of a line's words of four letters or more, past its first word, that open
    with a capital (1.0 with none). A word after a colon opens a sentence, as the first word
    does: "Home renovation costs: Room-by-room costs and ROIs" is written as a sentence, and
    counting "Room-by-room" put it between a title-case and a sentence-case headline, so the
    deck under it won (``deck_under``)."""
    tokens = line.split()
    words = [
        word
        for before, word in pairwise(tokens)
        if len(word) >= 4 and word[:1].isalpha() and not before.endswith(":")
    ]
    return sum(word[0].isupper() for word in words) / len(words) if words else 1.0


#: How many of the story's first non-empty lines a headline is echoed by.
ECHO_LINES: Final = 5
#: The fewest of a headline's words (four letters and more) the story's opening repeats, and the
#: least share of them, for a line far from the story to be its headline.
ECHO_MIN_WORDS: Final = 3
ECHO_MIN_SHARE: Final = 0.5
#: The shortest line holding ``ECHO_MIN_WORDS`` words of four letters, one character between.
ECHO_MIN_CHARS: Final = ECHO_MIN_WORDS * 5 - 1
#: A word as the echo counts it: four letters or more (no figures, no short function words).
_ECHO_WORD: Final = re.compile(r"[^\W\d_]{4,}")


def echo_words(line: str) -> frozenset[str]:
    """The words of four letters or more of a line, case-folded."""
    return frozenset(word.casefold() for word in _ECHO_WORD.findall(line))


def story_words(lines: list[str], start: int, end: int) -> frozenset[str]:
    """The words of the story's first few non-empty lines (from ``start`` to ``end``)."""
    opening = [line for line in lines[start : end + 1] if line][:ECHO_LINES]
    return frozenset().union(*map(echo_words, opening))


def echo(line: str, story: frozenset[str]) -> tuple[int, float]:
    """How many of the line's words the story's opening repeats, and their share of them."""
    words = echo_words(line)
    shared = len(words & story)
    return shared, (shared / len(words) if words else 0.0)


def best_echoed(lines: list[str], candidates: list[int], story: frozenset[str]) -> int | None:
    """The headline the story's opening echoes: a story names what its headline names ("How To
    Design A Room Like An Interior Designer" over "… what interior designers do in a room …"),
    a menu's or a box's heading does not ("Open Menu Close Menu", "Book a Demo Log In", "Why
    Trust Us"). Of the candidates with three of their words or more and half of them or more
    repeated, the one with the largest share wins, the nearest the story among equals; None
    when no line is so echoed. Asked when the line ranked by shape and distance shares no word
    with the story: a headline pushed out of reach by a share bar, a table of contents or a
    newsletter box, or outranked by a menu line nearer the story."""
    echoed = [(echo(lines[i], story)[1], i) for i in candidates if echoed_enough(lines[i], story)]
    return max(echoed)[1] if echoed else None


def echoed_enough(line: str, story: frozenset[str]) -> bool:
    """Whether the story's opening repeats three of the line's words or more, half of them.
    Asked of every line above a page's story: a line too short to hold three such words (a
    menu's entry) is answered without the pattern, one with fewer than three without the
    case folding (the answers as ``echo`` gives them)."""
    if len(line) < ECHO_MIN_CHARS:
        return False
    found = _ECHO_WORD.findall(line)
    if len(found) < ECHO_MIN_WORDS:
        return False
    words = frozenset(word.casefold() for word in found)
    shared = len(words & story)
    share = shared / len(words)
    return shared >= ECHO_MIN_WORDS and share >= ECHO_MIN_SHARE


#: How much larger a share of its words the story must echo of a line than of the ranked one.
ECHO_SHARE_MARGIN: Final = 0.4


def echoes_better(found: tuple[int, float], chosen: tuple[int, float]) -> bool:
    """Whether a line echoed as ``found`` (shared words, share of its own) names the story
    rather than the ranked line echoed as ``chosen``: that one shares no word with the story,
    or the first repeats as many words and a share larger by ``ECHO_SHARE_MARGIN`` (a box's
    sentence naming the site's topic shares a word or two, the headline most of its own).
    Half A's blocks renderings: 4 article titles gained, 1 lost (6 and 3 of all types); half
    B (figures only): 7 and 3 (12 and 3)."""
    return chosen[0] == 0 or (found[0] >= chosen[0] and found[1] >= chosen[1] + ECHO_SHARE_MARGIN)


def contents_entries(lines: list[str], span: tuple[int, int]) -> set[str]:
    """The entries of a table of contents above the story, printed again as the story's own
    section headings: a guide or a listicle lists its sections under its headline ("Introduction
    to Web Design", "Key Differences", …) and prints each again over its paragraphs. An entry
    is a line printed again from the story's first line (or right above it: the first section's
    heading opens the story) to its last, in a run of ``CONTENTS_MIN_ENTRIES`` lines or more
    that all are, in the story's order; the headline a page prints twice (breadcrumb and
    heading, a republish box with its byline under it) is no such run. Nearer the story than
    the headline, an entry or its heading over the first paragraph outranked it, and a long
    list pushed the headline out of the window above the story (``ranked_title``). Half A's
    blocks renderings: 8 article titles gained, none lost; half B (figures only): 6 gained,
    none lost."""
    start, end = span
    inside: dict[str, int] = {}
    for j in range(max(start - 1, 0), min(end + 1, len(lines))):
        if lines[j]:
            inside.setdefault(lines[j], j)
    entries: set[str] = set()
    run: list[str] = []
    last = -1
    for i in range(start):
        if not lines[i]:
            continue
        again = inside.get(lines[i], -1)
        # A contents list names the sections in the story's order: a line printed again
        # above the last one's heading starts another run (the headline and byline a
        # republish box prints at the story's end, then the contents under them).
        if again > i + 1 and again > last:
            run.append(lines[i])
            last = again
            continue
        if len(run) >= CONTENTS_MIN_ENTRIES:
            entries.update(run)
        run, last = ([lines[i]], again) if again > i + 1 else ([], -1)
    if len(run) >= CONTENTS_MIN_ENTRIES:
        entries.update(run)
    return entries


#: The fewest consecutive lines printed again in the story that make a table of contents.
CONTENTS_MIN_ENTRIES: Final = 3


def dated_under(lines: list[str], index: int, end: int) -> int:
    """1 when a date, byline or reading-time line stands within ``DATED_WITHIN`` non-empty
    lines under ``index`` (and above ``end``), else 0."""
    below = [line for line in lines[index + 1 : end] if line][:DATED_WITHIN]
    return 1 if any(map(dated_line, below)) else 0


#: How many non-empty lines under a headline above the window the story's first paragraph may
#: start within (its date and byline, a deck, an author's bio, a disclosure between).
FAR_LEAD_LINES: Final = 12


def far_headline(lines: list[str], window_first: int, start: int, entries: set[str]) -> int | None:
    """The headline of a page whose densest prose stands far down its story: a list article
    ("The 10 Best Car Rental Companies", "Top 100 P&C Insurers") opens with a paragraph or two,
    then its table of contents, ranking table, product cards or a calculator, and the densest
    stretch is a later section, whose window holds only the list's entries and subheadings.
    The story's true start is higher: the first paragraph under a headline-like line with
    its date or byline right under it (``dated_under``). Asked only when no line of the window
    is dated so: the nearest such line above the window, with a paragraph within
    ``FAR_LEAD_LINES`` lines under it, is the headline. Half A's blocks renderings: 8 article
    titles gained (9 of all types), none lost; half B (figures only): 10 gained, none lost.
    An affiliate disclosure (``DISCLOSURE``) printed between the headline and its byline is
    no headline, though shaped as one by its words (half B: 1 article title gained, none
    lost; half A unchanged)."""
    filled = [i for i in range(start) if lines[i]]
    top = bisect_left(filled, window_first)
    # The nearest paragraph under each line, kept walking up (one test a line): the date and
    # byline tests run only where a paragraph follows, not over a page's header and menus.
    paragraph = next(
        (
            p
            for p in range(top, min(len(filled), top + FAR_LEAD_LINES))
            if is_paragraph(lines[filled[p]])
        ),
        None,
    )
    for position in range(min(top, len(filled) - 1) - 1, -1, -1):
        if is_paragraph(lines[filled[position + 1]]):
            paragraph = position + 1
        if paragraph is None or paragraph - position > FAR_LEAD_LINES:
            continue
        index = filled[position]
        below = filled[position + 1 : position + 1 + DATED_WITHIN]
        if (
            any(dated_line(lines[i]) for i in below)
            and lines[index] not in entries
            and headline_like(lines[index])
            and not DISCLOSURE.search(lines[index])
        ):
            return index
    return None


#: The words of a short headline standing right above its story.
SHORT_HEADLINE_WORDS: Final = (2, 3)
#: The share of the ranked line's words the story may echo for a short headline to win.
SHORT_OVER_SHARE: Final = 0.75


def short_headline(lines: list[str], span: tuple[int, int], chosen: int | None) -> int | None:
    """The short headline right above the story, over a weak ranked line (``chosen``). A
    page's headline of two or three words ("History of coffee", "Learn web development",
    "Cybersecurity Best Practices") is no candidate for the ranking (four words or more: a
    menu's entries are as short), yet a line that short standing right above the densest
    prose, every word of four letters or more of it (two at least) repeated by the story's
    opening, names the story as a headline does; a section's label there ("Introduction") is
    one word. It wins only over a ranked line with no date or byline under it that the story
    echoes little ("Sign in or Register", a menu glued into one line), and never over one
    holding all its words: a section heading under the headline restates it ("Cleaning
    Industry Trends" under "2025 Cleaning Industry Trends to Know …")."""
    start, end = span
    above = start - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above < 0 or above == chosen or not _short_head(lines[above]):
        return None
    story = story_words(lines, start, end)
    shared, share = echo(lines[above], story)
    if shared < SHORT_HEADLINE_WORDS[0] or share < 1.0:
        return None
    weak = chosen is None or not (
        dated_under(lines, chosen, start)
        or echo(lines[chosen], story)[1] >= SHORT_OVER_SHARE
        or echo_words(lines[above]) <= echo_words(lines[chosen])
    )
    return above if weak else None


def _short_head(line: str) -> bool:
    """A line of two or three words headline-like but for its length, not ended as a label."""
    low, high = SHORT_HEADLINE_WORDS
    return (
        low <= len(line.split()) <= high
        and line[-1:] not in ".:;,"
        and headline_like(line, min_words=low)
        and not NOT_HEADLINE.search(line)
    )
