"""A page's content given twice: the second copy of a run of paragraphs, dropped; a thread's
repeated reply subjects; a product page's copy of its own paragraphs."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newswire.pipeline.html.prices import PRICE

# A page that carries its content twice (a site builder's desktop and mobile layouts, one of
# them hidden by a stylesheet class such as Webflow's "hide"; a product page's feature band
# repeated per colour) gives the same run of paragraphs twice. A run that repeats, in order,
# paragraphs said before and holds at least a tenth of the text is a second copy: a story
# never says a tenth of itself again. Shorter repeats stay (a meal plan's same meal on other
# days, a spec line under several models: the truth has them too). Half A articles 0.9528 ->
# 0.9547, all types 0.8551 -> 0.8577; half B 0.9460 -> 0.9475, 0.8650 -> 0.8675;
# ScrapingHub unchanged (0.980); simulated on the per-page outputs (a tenth: at a twentieth
# ScrapingHub loses 0.001 on a meal plan).
_COPY_SHARE: Final = 0.1
# On a short page a card's own fine print is a tenth of it: a coupons page whose every offer
# ends "Must be presented before start of work. / Not valid with other offers..." lost all
# but the first (its truth gives each card's). A page's copy of itself is given twice (a
# desktop and a mobile layout), or a third time as a long run (an AMP copy); a run of at most
# _CARD_RUN_LINES lines under _CARD_RUN_CHARS that the page says _CARD_RUN_TIMES times or more
# is each card's template line, and stays. Half B listing 0.77390 -> 0.77873 (a coupons page
# +0.26), all types 0.911245 -> 0.911607; half A, articles and ScrapingHub unchanged, no page
# worse. (Any run said three times or more: half B articles -0.0015, a story given three
# times; half A forum -0.0035.)
_CARD_RUN_LINES: Final = 2
_CARD_RUN_CHARS: Final = 200
_CARD_RUN_TIMES: Final = 3


def without_copies(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the second copy of a run of them (see above)."""
    first: dict[str, int] = {}
    for index, line in enumerate(paragraphs):
        first.setdefault(line, index)
    floor = _COPY_SHARE * sum(map(len, paragraphs))
    copies: list[range] = []
    # Counted only once a copy is found (most pages have none).
    said: Counter[str] | None = None
    index = 0
    while index < len(paragraphs):
        start = first[paragraphs[index]]
        if start == index:
            index += 1
            continue
        # The run from here that repeats, in order, the paragraphs from the first occurrence
        # (never reaching into itself).
        length = 0
        while (
            index + length < len(paragraphs)
            and start + length < index
            and paragraphs[start + length] == paragraphs[index + length]
        ):
            length += 1
        run = paragraphs[index : index + length]
        if (chars := sum(map(len, run))) >= floor:
            said = Counter(paragraphs) if said is None else said
            if not _card_line_run(run, chars, said):
                copies.append(range(index, index + length))
        index += length
    if not copies:
        return paragraphs
    dropped = {index for run in copies for index in run}
    return [line for index, line in enumerate(paragraphs) if index not in dropped]


def _card_line_run(run: list[str], chars: int, said: Counter[str]) -> bool:
    """The repeated ``run`` (of ``chars`` characters) is a card's template lines: short and
    said _CARD_RUN_TIMES times or more on the page (``said``: each line's count)."""
    return (
        len(run) <= _CARD_RUN_LINES and chars < _CARD_RUN_CHARS and said[run[0]] >= _CARD_RUN_TIMES
    )


# A card given twice in a row: a shop's or a listing's tile whose name and price (or title and
# date) the page prints again right after itself (an image link's overlay and its caption, a
# carousel's clone beside the original, a mobile and a desktop copy of the same card). The
# same run of two to six lines right after itself is such a copy; a story never says two
# lines twice in a row (a single line repeated, a refrain, a spec value, stays). Simulated on
# the per-page outputs: half A all types 0.87365 -> 0.87465 (articles 0.96445 -> 0.96481,
# listing +0.007, product +0.004; 23 pages better, 7 worse, a collection whose truth doubles
# its own lines -0.16), half B 0.88230 -> 0.88239 (articles unchanged; 8 better, 5 worse by
# <= 0.012), ScrapingHub unchanged. (Runs of up to twelve lines: half A 2 pages more worse.)
_MIN_RUN: Final = 2
_MAX_RUN: Final = 6


def without_runs_twice(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a run of two to six of them given again right after itself."""
    kept: list[str] = []
    index = 0
    while index < len(paragraphs):
        run = next(
            (
                length
                for length in range(_MAX_RUN, _MIN_RUN - 1, -1)
                # The first line compared before any slice is made.
                if len(kept) >= length
                and kept[-length] == paragraphs[index]
                and paragraphs[index : index + length] == kept[-length:]
            ),
            0,
        )
        if run:
            index += run
        else:
            kept.append(paragraphs[index])
            index += 1
    return kept


# A shop's page for one product (its markup says so) repeats its own copy: the description
# both in a summary beside the price and in a "Description" tab, a feature's sentence in a
# desktop slide and again in its mobile caption, a spec line in an accordion and a table. On
# such a page a paragraph of _SAID_CHARS or more that was already given is that copy, wherever
# it comes; elsewhere a repeat is often meant (a docs page's code line, a service page's plan
# features), so the rule runs only where the page declares one product. Half A product
# 0.68821 -> 0.69072 (10 pages better, none worse), all types 0.88264 -> 0.88287 (2 more
# better, a shop's collection marked as one product -0.005); half B product 0.74073 -> 0.74188
# (4 better, 2 worse by <= 0.013), all 0.89000 -> 0.89007; articles and ScrapingHub (0.98672) unchanged. (At 80
# characters, simulated: A product +0.0018, B +0.0011.)
# Short lines too, from 15 characters: a shop's template prints its labels, badges and spec
# lines ("Lifetime Guarantee", "Storage: 85 GB available space", "Currently unavailable.",
# "Verified purchase") once in the desktop layout and again in the mobile one, in a summary
# and a tab, in a sticky bar; the truths give each once. A shorter line ("4 mm", "Black",
# "Yes") is a value a spec table or a comparison of the product's variants means to repeat.
# The loss is of that shape: a comparison of a product's variants (a sheet set's cards each
# saying "100% long-staple cotton", a console's models' columns, a backpack's featured specs
# and its table) whose truth keeps every copy. Half A product 0.71395 -> 0.71508 (22 pages
# better, 6 worse, a sheet set's comparison -0.08), all types 0.88589 -> 0.88606 (collection
# +0.0008: shop pages marked one product), half B product 0.75454 -> 0.75519 (10 better, 2
# worse), all types 0.89253 -> 0.89257 (a shop's home page marked one product -0.002);
# articles, metadata and ScrapingHub (0.98672) unchanged; CPU 0.997 of before (cost_ab). At
# 10 characters: A product 0.71404, B 0.75711; at 20: A 0.71443, B 0.75493; at 25: A 0.71407,
# B 0.75488. (Keeping a repeat within a few lines of its first copy, as a comparison's
# neighbouring cards: simulated, no loss spared, fewer gains.)
_SAID_CHARS: Final = 15
# So is a shorter line of three words or more without a price ("Add to Bag", "Size: S M L",
# "Proudly made in USA"): a template's control or label given again, where a spec value
# ("4 mm", "Black") has fewer words. A short line with a price ("From $29.00", "$59.00
# $29.50") stays: a listing marked one product repeats its items' prices, and its truth too
# (half B listing -0.006 on such a page with prices included). Half A product 0.71508 ->
# 0.71552 (9 pages better, 4 worse by <= 0.011: a toolkit's and a console's spec lines the
# truth repeats), all types 0.88606 -> 0.88610; half B product 0.75519 -> 0.75540 (3 better,
# none worse), all types 0.89257 -> 0.89258; articles, listing, collection, metadata and
# ScrapingHub (0.98672) unchanged.
_SAID_WORDS: Final = 3
_WORD: Final = re.compile(r"\w+")


def without_said_again(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a paragraph of ``_SAID_CHARS`` or more given before (see above)."""
    said: set[str] = set()
    kept: list[str] = []
    for line in paragraphs:
        if len(line) >= _SAID_CHARS or (
            len(_WORD.findall(line)) >= _SAID_WORDS and PRICE.search(line) is None
        ):
            if line in said:
                continue
            said.add(line)
        kept.append(line)
    return kept


# A thread whose forum software heads every reply with a subject of its own, by default the
# thread's subject after "Re: " (phpBB, FluxBB, vBulletin): the same "Re: ..." line over each
# reply, a header as a post's date is, that says nothing the thread's title has not (the
# ground truth leaves these lines out). Only a subject repeated over two replies or more: a
# story's single "Re:" line (a quoted letter's subject) stays. Half A forum 0.72965 -> 0.73090
# (1 page better, none worse), half B forum 0.84434 -> 0.84608 (3 better, none worse); every
# other type, metadata and ScrapingHub (0.98654) unchanged.
_REPLY_SUBJECT: Final = re.compile(r"re:\s*(.+)", re.IGNORECASE)
_MIN_REPLY_SUBJECTS: Final = 2


def without_reply_subjects(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the "Re: <subject>" lines that head two replies or more."""
    subjects = Counter(
        found.group(1).casefold()
        for line in paragraphs
        if (found := _REPLY_SUBJECT.fullmatch(line)) is not None
    )
    if not subjects or max(subjects.values()) < _MIN_REPLY_SUBJECTS:
        return paragraphs
    return [
        line
        for line in paragraphs
        if (found := _REPLY_SUBJECT.fullmatch(line)) is None
        or subjects[found.group(1).casefold()] < _MIN_REPLY_SUBJECTS
    ]


# A thread's reply quotes the post it answers: the quoted sentences come again in the reply,
# in forum software that marks a quote as a plain <div> (not a <blockquote>, which the walk
# sets aside), and the thread's truth gives them once, in the post that said them. On a page
# that says it is a thread, a paragraph of _QUOTED_WORDS words or more given before is such a
# quote (a shorter one, "Thanks, that worked", is a reply of its own that others repeat).
_QUOTED_WORDS: Final = 6


def without_quoted_again(paragraphs: list[str]) -> list[str]:
    """A thread's ``paragraphs`` without one of ``_QUOTED_WORDS`` words or more given before."""
    said: set[str] = set()
    kept: list[str] = []
    for line in paragraphs:
        if len(_WORD.findall(line)) >= _QUOTED_WORDS:
            if line in said:
                continue
            said.add(line)
        kept.append(line)
    return kept


# A listing that prints its cards twice (a front's lead row and the same stories again in its
# "latest" river, a desktop and a mobile layout of one grid) may set the second copy
# differently: the same titles in the same order, but each card's byline and date reworded
# ("by Jane Doe" for "Jane Doe", "·" for "|") and its kicker left out, so no run of paragraphs
# repeats whole and ``without_copies`` misses it. Such a copy is a run of at least
# _COPY_CARDS titles (_TITLE_CHARS or more, four words or more) said before in their first
# order, each but the last followed by one to _CARD_LINES short new lines made only of the
# words of the lines around the title's first copy (its author, its date; a word of up to
# three letters, "by", may be new). Where the lines between differ in a word (a second price
# table's other prices, a feature list's other wording) or repeat themselves (a spec sheet
# given twice, which the truths keep), the run is no copy and stays. Half B listing 0.764836
# -> 0.769738 (a tech blog's index +0.26), all types 0.904524 -> 0.904896 (a product page
# +0.004); half A, articles, metadata and ScrapingHub (0.987959) unchanged; hashed names, half
# B 0.887066 -> 0.887422, half A unchanged. (From two titles, simulated: half A
# documentation -0.0004.)
_COPY_CARDS: Final = 3
_TITLE_CHARS: Final = 25
_CARD_LINES: Final = 3
_CARD_LINE_CHARS: Final = 40
_NEW_WORD_CHARS: Final = 3


def _title(line: str) -> bool:
    return len(line) >= _TITLE_CHARS and line.count(" ") >= 3


def _card_line(line: str, card: set[str]) -> bool:
    """``line`` is a card's short line set again from the words ``card`` holds."""
    words = set(_WORD.findall(line.lower()))
    return bool(words & card) and all(
        len(word) <= _NEW_WORD_CHARS and word.isalpha() for word in words - card
    )


def without_card_copies(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a listing's cards given again reworded (see above)."""
    first: dict[str, int] = {}
    for index, line in enumerate(paragraphs):
        first.setdefault(line, index)
    dropped: set[int] = set()
    index = 0
    while index < len(paragraphs):
        copy = _card_copy(paragraphs, first, index)
        if copy is None:
            index += 1
            continue
        dropped.update(copy)
        index = copy.stop
    if not dropped:
        return paragraphs
    return [line for at, line in enumerate(paragraphs) if at not in dropped]


def _card_copy(paragraphs: list[str], first: dict[str, int], start: int) -> range | None:
    """The run of reworded cards that starts at ``start``, if one does (see above)."""
    line = paragraphs[start]
    if not _title(line) or first[line] == start:
        return None
    titles, last, between, index = 1, first[line], 0, start + 1
    card = _words_around(paragraphs, last)
    while index < len(paragraphs):
        line = paragraphs[index]
        origin = first[line]
        if between and _title(line) and last < origin < start:
            titles, last, between = titles + 1, origin, 0
            card = _words_around(paragraphs, last)
        elif (
            between < _CARD_LINES
            and origin == index
            and len(line) <= _CARD_LINE_CHARS
            and _card_line(line, card)
        ):
            between += 1
        else:
            break
        index += 1
    return range(start, index) if titles >= _COPY_CARDS else None


def _words_around(paragraphs: list[str], at: int) -> set[str]:
    """The words of the lines of the card whose title is at ``at``."""
    lines = paragraphs[max(0, at - _CARD_LINES) : at + _CARD_LINES + 1]
    return set(_WORD.findall(" ".join(lines).lower()))


def without_repeats(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a second copy of a run of them, a run given twice in a row, a
    listing's cards given again reworded and a thread's repeated reply subjects."""
    return without_reply_subjects(
        without_card_copies(without_runs_twice(without_copies(paragraphs)))
    )
