"""The densest stretch of prose in a text scrape: where the story runs, line weights and all."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.lines import (
    comment_header,
    comment_thread,
    is_label,
    is_paragraph,
    long_enough,
    page_section,
    word_count,
)
from newswire.pipeline.text.patterns import (
    COMMENT_COUNT,
    COMMENTS_ON,
    LEGAL_LINE,
    LIST_ITEM,
    SECTION_MAX_WORDS,
)

#: How a cut-off excerpt ends.
ELLIPSES: Final = ("...", "…")

#: A teaser whose headline the scraper glued to its excerpt, no space between (the two were
#: separate elements): "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of
#: six left …" — a title-case headline of three words or more, its last word running into the
#: capital of a sentence of five words or more. Three lower-case letters before the capital:
#: "McCombs", "eCommerce", "DeSiato" are names, not glue.
GLUED_TEASER: Final = re.compile(
    r"^(?:(?:[A-Z0-9‘'\"$][\w'’$,:-]*|a|an|the|of|in|on|at|to|for|and|or|with|by|from) ){3,}"
    r"\S*?[a-z]{3}[A-Z][a-z]* (?:\S+ ){4}"
)

#: The fewest spaces of a line GLUED_TEASER matches: three words and more before the glued
#: word, four after it.
GLUED_TEASER_MIN_SPACES: Final = 8

#: The most lines of a teaser block set inside a story (its heading included).
INLINE_BLOCK_LINES: Final = 8
#: The fewest words of each of the two paragraphs that resume the story under it.
RESUMED_MIN_WORDS: Final = 30
#: A teaser block's heading, as opposed to a comment thread's or a footer's.
_TEASER_HEADING: Final = re.compile(
    r"^(?:you (?:may|might) (?:also )?(?:like|enjoy)|(?:read|see|up) (?:this )?next\b"
    r"|related (?:posts|articles|stories|news|content|coverage|reading)\b)",
    re.IGNORECASE,
)


def teaser_heading(line: str) -> bool:
    """A teaser block's heading ("You May Also Like", "Related Posts", "Read Next")."""
    return word_count(line) <= SECTION_MAX_WORDS and bool(_TEASER_HEADING.match(line))


def inline_teasers(lines: list[str], index: int) -> bool:
    """Whether the teaser block headed at ``index`` ("You May Also Like") is set inside the
    story: short lines only (the teasers' sections and headlines), then, within
    ``INLINE_BLOCK_LINES`` lines, two long paragraphs in a row, the story resumed. A block
    closing the story is followed by the footer or by teaser excerpts, shorter."""
    if not teaser_heading(lines[index]):
        return False
    filled = [i for i in range(index + 1, len(lines)) if lines[i]][: INLINE_BLOCK_LINES + 2]
    for k, i in enumerate(filled[:-1]):
        if is_paragraph(lines[i]):
            nxt = lines[filled[k + 1]]
            return (
                k > 0
                and word_count(lines[i]) >= RESUMED_MIN_WORDS
                and is_paragraph(nxt)
                and word_count(nxt) >= RESUMED_MIN_WORDS
            )
    return False


#: What a short line (menu entry, teaser link, subheading) costs the stretch that includes it,
#: in prose characters: a subheading between two paragraphs is cheap to keep, a run of menu
#: entries between a teaser and the story is not.
SHORT_LINE_TOLL: Final = 40


def prose_weight(line: str, *, teasers: bool = False, excerpts: bool = False) -> int:
    if excerpts and line.endswith(ELLIPSES):
        # Around a page's story, a teaser's excerpt cut at a length ("… The AirPods Pro features
        # Active Noise Cancellat..."): a run of them under their headlines must not outweigh
        # the story; inside the story's stretch such a line is still kept (weight 0, no toll).
        return 0
    # GLUED_TEASER spans nine words or more: a menu's short lines skip the pattern.
    if excerpts and line.count(" ") >= GLUED_TEASER_MIN_SPACES and GLUED_TEASER.match(line):
        # On a page, a run of teasers glued to their excerpts reads as paragraphs and outweighed
        # the story (ScrapingHub: a local news page's "Latest Headlines" block); like a cut-off
        # excerpt it weighs nothing, and inside the story's stretch it is still kept.
        return 0
    # A sentence announcing what follows ("Building Department services include:", "Here is
    # what you need to know before you go:") is prose too, though it ends without a stop:
    # weighing nothing, it was cut off a story that opens with it, and a page's labels are
    # shorter (page_label). Measured on the blocks renderings of wcxb-dev articles: A +0.0014,
    # B +0.0016, ScrapingHub +0.0003.
    if is_paragraph(line) or (line.endswith(":") and long_enough(line)):
        # Characters of prose; scripts without spaces pack about three letters' worth into one.
        words = word_count(line)
        dense = len(line) > 15 * words
        return len(line) * (3 if dense else 1)
    if word_count(line) >= 12:
        # A long list item or a sentence without its final stop: in one article's text, story;
        # around a page's story, mostly a teaser (a headline run into its cut-off excerpt, "...
        # in connection with the death of"), whose run next to the story must not outweigh it.
        return 0 if teasers else len(line) // 2
    if LIST_ITEM.match(line):
        return 0  # a numbered or bulleted item: menus are not numbered, listicles are
    return -SHORT_LINE_TOLL


def story_span(
    lines: list[str],
    *,
    teasers: bool = False,
    sections: bool = False,
    legal: bool = False,
) -> tuple[int, int] | None:
    """First and last index of the densest stretch of prose, or None without any prose: where a
    page's story runs, and where the headline is sought above (one article's text under a
    first-line headline runs to its footer, story.footer_heading). One-line sentences and a
    label's items stay tolled here: on a page they are teasers and calls to action, and above
    the story a deck sentence would join the headline to it. ``teasers`` (a page, not one
    article's text) gives long lines without a final stop no weight (see prose_weight);
    ``sections`` (a page's body) lets no stretch run across a footer's legal line or the heading
    of a comment thread or teaser block (``page_section``). The headline search takes only the
    legal lines as barriers (``legal``): a long cookie banner is no story to seek the headline
    above, but with the headings as barriers too, the densest stretch after one (a comment
    form, a teaser block) would be (measured: 3 blocks titles lost per half that way).

    On a page (``teasers``) excerpts cut off with an ellipsis weigh nothing, unless nothing
    else on the page makes a story (``STORY_MIN_WEIGHT``): a listing's teasers are its content."""
    # Under a page's story, each comment of a thread is a barrier ("name says:"): a long
    # thread is denser prose than the story above it.
    thread = (sections or legal) and comment_thread(lines)
    barriers = (sections, legal, thread)
    runs = sentence_runs(lines) if teasers else frozenset()
    if teasers:
        span, best = _densest(lines, barriers, runs, teasers=True, excerpts=True)
        if best >= STORY_MIN_WEIGHT:
            return span
    return _densest(lines, barriers, runs, teasers=teasers, excerpts=False)[0]


#: Consecutive short sentence lines from which they weigh as prose on a page.
SENTENCE_RUN_MIN: Final = 4


def sentence_runs(lines: list[str]) -> frozenset[int]:
    """The short lines of a page that belong to a story written one sentence per line (an
    essay, a newsletter, a manifesto: "Trains lose connectivity." / "Hospitals isolate
    systems."): runs of at least ``SENTENCE_RUN_MIN`` consecutive short lines that are each a
    plain statement (a capital, a full stop). Tolled as short lines, such a story lost to any
    paragraph of the page's furniture (a cookie banner, an author's bio). A page's furniture
    does not make such runs: a teaser's headline has no stop and its excerpt is cut off with
    an ellipsis; a table of contents or an FAQ asks questions, calls to action exclaim ("Be
    the first to know!"), testimonials are signed with an initial ("Mallory R."), references
    open with a quoted title, and a paragraph between short lines ends their run.

    A checklist or a how-to's steps written without stops ("Visit and book your reception
    venue" / "Draw up a budget", ``instruction``) is such a story too, when the run is in lower
    case past each line's first word: a run of teaser headlines in sentence case names people
    and places (``_lower_case_run``). Measured on the blocks renderings of wcxb-dev articles:
    half A +0.0020, B +0.0015, ScrapingHub unchanged (a wedding checklist, a gardening
    how-to, a product's steps)."""
    found: set[int] = set()
    run: list[int] = []
    items: list[int] = []
    for index, line in enumerate([*lines, "-"]):
        if not line:
            continue  # a blank line between two sentences does not end their run
        short = not is_paragraph(line)
        # Each test once per line (asked of every line of a page, twice per text).
        statement = short and _line_statement(line)
        if statement:
            run.append(index)
        else:
            if len(run) >= SENTENCE_RUN_MIN:
                found.update(run)
            run = []
        if statement or (short and instruction(line)):
            items.append(index)
            continue
        if len(items) >= SENTENCE_RUN_MIN and _lower_case_run(lines, items):
            found.update(items)
        items = []
    return frozenset(found)


#: The fewest words of a checklist's item (see instruction).
INSTRUCTION_MIN_WORDS: Final = 4
#: The most capitalised words past the first of a checklist's item: a name or two.
INSTRUCTION_NAMES_MAX: Final = 2


def instruction(line: str) -> bool:
    """An item of a checklist or a how-to written without stops ("Visit and book your
    reception venue", "Draw up a budget"): a capital, then four words or more in lower case
    (a name or two allowed: a product list's "Strong GDPR compliance with European data
    centers" broke its run of pros in two, each too short to count; the run as a whole is
    still held to lower case, _lower_case_run), no question or exclamation ("What do you think?", "Be the first to
    know!"), no figure (a category's count "Anxiety (30) items in category", a comment's date
    "June 3, 2019 at 2:06 pm")."""
    # The cheap tests first: most of a page's short lines are menu entries in title case.
    if not line[:1].isupper() or line.endswith(("?", "!")):  # calls to action ask and exclaim
        return False
    words = line.split()
    if len(words) < INSTRUCTION_MIN_WORDS:
        return False
    capitals = sum(1 for word in words[1:] if word[:1].isupper())
    if capitals > INSTRUCTION_NAMES_MAX:
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower() and word.isalpha())
    # No figure: counts and dates ("Anxiety (30) items").
    return lower >= 2 and not any(map(str.isdigit, line))


#: The largest share of capitalised words (past each line's first) in a run of checklist items.
RUN_CAPITALS_MAX: Final = 0.1


def _lower_case_run(lines: list[str], run: list[int]) -> bool:
    """A checklist's items are instructions in lower case; a run of teaser headlines in
    sentence case names people, places and brands ("Simone Biles offended by Larry Nassar
    banner", "Tom Hanks learns he's related to Fred Rogers")."""
    words = [word for index in run for word in lines[index].split()[1:]]
    capitals = sum(1 for word in words if word[:1].isupper())
    return capitals <= RUN_CAPITALS_MAX * len(words)


def _line_statement(line: str) -> bool:
    # The stop first: most of a page's short lines (menu entries, labels) end without one.
    if not line.endswith(".") or line.endswith(ELLIPSES) or not line[:1].isupper():
        return False
    words = line.split()
    return len(words) >= 2 and len(words[-1].rstrip(".")) >= 2  # not a name ending with an initial


#: The least prose weight (about characters of prose) of a stretch that is a story.
STORY_MIN_WEIGHT: Final = 600
#: The least prose weight of the intro a listicle opens with (first_story_stretch).
INTRO_MIN_WEIGHT: Final = 1000


def first_story_stretch(lines: list[str], end: int) -> tuple[int, int] | None:
    """The first stretch of prose above ``end`` that weighs as a story's intro (at least
    ``INTRO_MIN_WEIGHT``), or None. A listicle or a buyer's guide ("The Best GPS Watches of
    2026") is an intro under its headline, then sections, each a few paragraphs among its
    product's name, scores, specs and price buttons: its densest prose is a low section (a
    "How We Tested", a buying guide), far under the headline, and the sections above it are
    stretches of their own, cut apart by their short lines. The headline search asks this
    stretch too (``headline_near.title_over_intro``). A stretch here is the maximum-sum run
    ``story_span`` finds, its first local maximum rather than the page's best; a footer's
    legal line ends it. Lighter stretches above a page's story (a disclosure, a cookie banner,
    a product box: 600 to 1,000 on wcxb-dev) are no intro."""
    total, start, best, found = 0, 0, 0, None
    for index in range(end):
        line = lines[index]
        if not line:
            continue
        legal = LEGAL_LINE.match(line) is not None
        if legal or total <= 0:
            if best >= INTRO_MIN_WEIGHT:
                return found
            best, found, total, start = 0, None, 0, index
            if legal:
                continue
        total += prose_weight(line, teasers=True, excerpts=True)
        if total > best:
            best, found = total, (start, index)
    return found if best >= INTRO_MIN_WEIGHT else None


#: How many times a story's weight a stretch past a page section must weigh to replace it.
PAST_SECTION_FACTOR: Final = 2


def _densest(
    lines: list[str],
    barriers: tuple[bool, bool, bool],
    runs: frozenset[int],
    *,
    teasers: bool,
    excerpts: bool,
) -> tuple[tuple[int, int] | None, int]:
    """The densest stretch (see ``story_span``) and its weight."""
    sections, legal, thread = barriers
    best, best_span, to_beat = 0, None, 0
    total, start = 0, 0
    listing = 0  # items left of a list opened by a label line ("Bahan:", "Steps:")
    for index, line in enumerate(lines):
        if not line:
            continue
        if (
            (sections and page_section(line) and not inline_teasers(lines, index))
            or (legal and LEGAL_LINE.match(line))
            or (thread and comment_header(line))
        ):
            # On a page, the story does not run on past its footer, comments or teaser blocks;
            # and once a story stands above one, a stretch below (testimonials, a comment, a
            # sidebar's excerpts) must weigh twice as much to be the story instead.
            total = -1
            if best >= STORY_MIN_WEIGHT:
                to_beat = max(to_beat, best * PAST_SECTION_FACTOR)
                # Under the heading of the post's own comment thread ("59 Comments on “…”", or
                # the count alone, "109 Comments"), every stretch is a comment: a long thread
                # under a short post weighed more than twice the post and was kept as its story
                # (the count alone: half B, a recipe post under a thread of 109 comments, F1
                # 0.22 -> 0.97; half A and ScrapingHub unchanged).
                if line[:1].isdigit() and (COMMENTS_ON.match(line) or COMMENT_COUNT.match(line)):
                    break
            continue
        if total <= 0:
            total, start = 0, index
        weight = prose_weight(line, teasers=teasers, excerpts=excerpts)
        if teasers and ((is_label(line) and page_label(line)) or (sections and review_label(line))):
            listing, weight = LIST_AFTER_LABEL, 0
        elif weight < 0 and listing and list_item_shaped(line):
            listing, weight = listing - 1, 0  # an item of the labelled list
        elif weight < 0 and index in runs:
            weight = len(line)  # a sentence of a story written one per line (sentence_runs)
        elif weight > 0:
            # A paragraph announcing a list ("If your organization experiences any of the
            # following, you're probably a good candidate:", "Here are the steps:") opens it as
            # a label line does: a page's "get text" drops the bullets, and the items, tolled as
            # menu entries, cut the story where its list began. Measured on the blocks
            # renderings, body F1: articles A +0.0026 (8 pages up, 5 down: a paywall's "learn
            # about:" pitch), B +0.0001 (2 / 2), ScrapingHub -0.0001 (0 / 1); all types A
            # +0.0027, B +0.0012; the clean renderings unchanged.
            listing = LIST_AFTER_LABEL if line.endswith(":") else 0
        total += weight
        if total > best and total > to_beat:
            best, best_span = total, (start, index)
    return best_span, best


#: The labels a review or a buyer's guide prints over each product's lists, colon or not.
REVIEW_LABEL: Final = re.compile(
    r"^(?:pros|cons|pros and cons|features|key features|highlights|specs|specifications"
    r"|what we like|what we don.t like|the good|the bad)\s*:?$",
    re.IGNORECASE,
)


def review_label(line: str) -> bool:
    """A review's list label ("Pros", "Cons", "Key Features"): each product of a buyer's
    guide has its lists under such labels, the bullets dropped by a page's "get text", and
    its items, tolled as menu entries, cut the story at the first product (half B: a guide to
    eight providers kept its introduction only, F1 0.34). Asked for the page's body only
    (``story_span``'s ``sections``): a product page's "Features" and "Specs" lists moved the
    headline search's stretch onto its marketing lines (measured with the headline search
    too: product titles A -1, B +1 -1). Body F1 on the blocks renderings: articles A +0.0002
    (2 pages up, 0 down), B +0.0014 (1 / 2); all types A +0.0004, B +0.0011; ScrapingHub
    unchanged; titles unchanged; the clean renderings: one product page of A keeps 45% of its
    lines, not 6%."""
    return len(line) <= REVIEW_LABEL_MAX_CHARS and bool(REVIEW_LABEL.match(line))


#: The longest review label (REVIEW_LABEL's longest alternative and a colon).
REVIEW_LABEL_MAX_CHARS: Final = 20


#: The fewest words of a label that opens a list on a page (see page_label).
PAGE_LABEL_MIN_WORDS: Final = 3


def page_label(line: str) -> bool:
    """A label that opens a list inside a page's story ("Key cost factors:", "Additional costs
    may include:"), its items then costing nothing, as under a first-line headline: a
    capitalised phrase of three words or more. On a page, one- and two-word labels are mostly
    form fields and metadata ("Password:", "Author:", "Publish date:", "Follow us:") with
    the page's furniture under them, and a code listing's lines end with ":" in lower case
    (measured on the blocks renderings: two words gave half A +0.0004 but half B -0.0011 and
    ScrapingHub -0.0003 against three)."""
    return line[:1].isupper() and word_count(line) >= PAGE_LABEL_MIN_WORDS


def list_item_shaped(line: str) -> bool:
    # Ingredients and steps have a quantity or several words ("200 g tepung terigu"); the
    # one-word entries under "Share this:" are buttons.
    return word_count(line) >= 2 or line[:1].isdigit()


#: How many short lines after a label line ending in ":" count as its list items.
LIST_AFTER_LABEL: Final = 30
