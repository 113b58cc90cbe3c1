"""The grid of teasers for other stories that a site puts after a story, inside the page's
main region: where a story widened to that region ends; and the runs of link lines around it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from newswire.pipeline.html.prices import has_price
from newswire.pipeline.html.walk import HEADINGS, Block

# A story widened to its page region (a guide whose sections score apart) ends where the site's
# grid of teasers for other stories begins, when that grid sits inside the same <main>: a run
# of cards after the story, each a linked title (a heading or line that is all link, the same
# element at the same depth with the same class name, at least _MIN_CARDS of them) with at
# most a blurb of its own (_CARD_OWN_CHARS of unlinked text a card: a teaser's excerpt, not a
# section), and all of it at most _GRID_STORY_SHARE times as long as the story's own blocks
# (a listing's items or a service page's blocks after a short intro outweigh it many times:
# they are that page's content). From the first card on, the region is dropped. A guide's own
# sections have unlinked headings and prose. (Asked only for a choice that is a story: a few
# paragraphs of prose.) Half A articles 0.9581 -> 0.9590 (5 pages better, none worse), all
# types 0.8615 -> 0.8627 (19 better, 4 worse by <= 0.043); half B articles 0.9502 -> 0.9507
# (5 better, none worse), all types 0.8715 -> 0.8719 (10 better, 1 worse); ScrapingHub
# unchanged (0.9845).
OWN_SENTENCE: Final = 40  # chars of unlinked text that make a link-heavy line more than a link list
# A news site's river of "more stories" after a story (a dozen cards or more: linked title,
# writer, date, one-line teaser) is often longer than a short story. The grid may outweigh the
# story up to twice: a listing's items after its intro, a shop's tiles after a description
# outweigh it far more (2.3 to 17 times on the dev pages), while the rivers and related-post
# grids after a story were 1.2 to 2 times it. When class names are hashed this grid is what is
# left to end the story (the names that dropped the river as is say nothing). bench.perturb
# --variants 'as is' hashed both (from the story's own length, 1.0): half A all types as is
# 0.8912 -> 0.8918, hashed 0.8712 -> 0.8722, both 0.8619 -> 0.8631, articles hashed and both
# 0.9600 -> 0.9607 (4 pages better, none worse); half B all types as is 0.9015 -> 0.9017,
# hashed 0.8803 -> 0.8804, both 0.8590 -> 0.8590 (a service page -0.020), articles unchanged;
# ScrapingHub both 0.9536 -> 0.9576 (a news river of 16 cards at 1.8 times the story), as is
# and hashed unchanged. (With no bound: ScrapingHub as is -0.0041, a story beside 22 thin
# cards at 2.1 times; half A listings and service pages at 2.3 to 17 times lost up to 0.59.)
_GRID_STORY_SHARE: Final = 2.0
_MIN_CARDS: Final = 3
_CARD_OWN_CHARS: Final = 300
_CARD_TITLE_MIN: Final = 15
_CARD_LINKED: Final = 0.9


def story_in_region(
    region: list[Block], picked: list[Block], classes: Mapping[int, str]
) -> list[Block]:
    """A story's page ``region`` up to the teaser grid after its ``picked`` blocks, without
    the runs of link lines around them."""
    return _without_link_runs(before_teasers(region, picked, classes), picked)


def before_teasers(
    region: list[Block], picked: list[Block], classes: Mapping[int, str]
) -> list[Block]:
    """``region`` (the page's blocks in order) up to the teaser grid after the story's
    ``picked`` blocks, or all of it when no grid follows; ``classes``: the walk's class names
    by element id."""
    inside = {id(block) for block in picked}
    last = max((index for index, block in enumerate(region) if id(block) in inside), default=-1)
    if last < 0:
        return region
    cards: dict[tuple[str, int, str], list[int]] = {}
    for index in range(last + 1, len(region)):
        block = region[index]
        size = len(block.text)
        if (
            block.tag != "li"
            and size >= _CARD_TITLE_MIN
            and block.link_chars >= _CARD_LINKED * size
        ):
            key = (block.tag, len(block.path), classes.get(block.path[-1], ""))
            cards.setdefault(key, []).append(index)
    grids = [indexes for indexes in cards.values() if len(indexes) >= _MIN_CARDS]
    if not grids:
        return region
    grid = min(grids, key=lambda indexes: indexes[0])
    tail = region[grid[0] :]
    story = sum(len(block.text) for block in picked)
    if sum(len(block.text) for block in tail) > _GRID_STORY_SHARE * story:
        return region
    if sum(len(block.text) - block.link_chars for block in tail) > _CARD_OWN_CHARS * len(grid):
        return region
    # The grid's own heading ("More from the blog", "You may also like") goes with it.
    start = grid[0]
    if start - 1 > last and region[start - 1].tag in HEADINGS and not region[start - 1].link_chars:
        start -= 1
    return region[:start]


# A story widened to its page region keeps the region's link lines (a listing's items, a
# collection's cards), and with them the site's lists after the story: "Recent articles",
# related topics, a city-by-city index of the site's other pages, "View more »" rows. After the
# story's last chosen block, a run of at least _LINK_RUN link lines in a row (all link, no
# sentence of their own, as the story drops inside its own container) is such a list and goes,
# unless it outweighs the story (then it is the page's items). Before the story a long run
# stays: a collection's product grid or a category index under its intro is the page's content.
# Half A all types 0.8689 -> 0.8690 (12 pages better, 2 worse by <= 0.014), half B 0.8763 ->
# 0.8766 (5 better, none worse), articles unchanged (0.9620, 0.9545), ScrapingHub unchanged
# (0.9856). (Also before the story: half A collection -0.21, a shop's grid of linked product
# names; also inside the choice: half A listing -0.56.) Two lines are a run too (a post's
# "previous / next" pair): half A all types 0.8690 -> 0.8691 (6 pages better, 2 worse by
# 0.001), half B 0.8767 -> 0.8767 (5 better, 1 worse by 0.002), articles and ScrapingHub
# unchanged. A short unlinked label between the links (each item's category, "Theme",
# "Genre" over groups of topic links) stays in the run, at most one a link: half A all types
# 0.8692 -> 0.8692 (articles 0.9620 -> 0.9621; 6 pages better, none worse), half B 0.8772 ->
# 0.8772 (3 better, none worse), ScrapingHub unchanged.
_LINK_RUN: Final = 2
# Before the story the same runs stay when they may be the page's items (a collection's
# product grid under its intro: half A collection -0.21 when dropped like those after), but
# not when they are few beside a story of prose, _LINK_RUN_BEFORE links or more holding at
# most 1/_BEFORE_SHARE of the story's text: a "Recent articles" ribbon, a topic menu or a
# table of contents over a guide, widened into the story's region. Half A all types 0.87187
# -> 0.87194 (19 pages better, 5 worse by <= 0.03: service pages' link menus that their truth
# keeps), articles 0.96442 -> 0.96445; half B all types 0.88077 -> 0.88103 (17 better, 1
# worse by 0.001), articles 0.95625 -> 0.95635; ScrapingHub unchanged (0.9864). (At half the
# story's text: half A articles +0.0003 more, but all types 0.87194 -> 0.87170, shops' grids
# of linked product names under their intro; two-line runs too: all types 0.87174.)
_LINK_RUN_BEFORE: Final = 3
_BEFORE_SHARE: Final = 4
_LABEL_CHARS: Final = 25


def _without_link_runs(region: list[Block], picked: list[Block]) -> list[Block]:
    """``region`` without the runs of link lines after the story's ``picked`` blocks, and
    without the few before them."""
    inside = {id(block) for block in picked}
    chosen = [index for index, block in enumerate(region) if id(block) in inside]
    if not chosen:
        return region
    story_chars = sum(len(block.text) for block in picked)
    after = _link_runs(region, chosen[-1] + 1, len(region), _LINK_RUN)
    if sum(len(region[index].text) for index in after) > story_chars:
        after = _menu_runs(region, after)
    before = _link_runs(region, 0, chosen[0], _LINK_RUN_BEFORE)
    if sum(len(region[index].text) for index in before) * _BEFORE_SHARE > story_chars:
        before = set()
    dropped = after | before
    if not dropped:
        return region
    return [block for index, block in enumerate(region) if index not in dropped]


# A run of link lines after a story that outweighs it stays (it may be the page's items), but
# not when it is a site menu: dozens of lines of a menu item's length, as a page builder prints
# its off-canvas menu or a theme its mobile drawer after the footer, in plain <div>s and <ul>s
# that no name marks once class names are hashes (the names dropped it as is: "popup",
# "side-menu"). A listing's linked titles after a story are longer lines; a story's "previous /
# next" pair or line of tags is short but few.
_MENU_RUN_LINES: Final = 12
_MENU_LINE_CHARS: Final = 30


def _menu_runs(region: list[Block], runs: set[int]) -> set[int]:
    """The indexes of ``runs`` (link runs' indexes in ``region``) in runs that are a menu."""
    found: set[int] = set()
    run: list[int] = []
    for index in sorted(runs):
        if run and index != run[-1] + 1:
            found.update(_menu_run(region, run))
            run = []
        run.append(index)
    found.update(_menu_run(region, run))
    return found


def _menu_run(region: list[Block], run: list[int]) -> list[int]:
    """``run`` when it is a menu's lines (many, short on average), else none."""
    chars = sum(len(region[index].text) for index in run)
    if len(run) >= _MENU_RUN_LINES and chars < _MENU_LINE_CHARS * len(run):
        return run
    return []


# A thread's region is not cut like a story's (its posts are no story's prose, see
# ``standing_story.is_story``), and after its last post the forum prints its furniture in the
# same region: a "Jump to" menu of every forum of the board (a list of dozens of links),
# "Return to" and page links. After the last block inside a post (an element with its
# software's post id, ``Tree.posts``), a run of _THREAD_LINK_RUN link lines or more goes;
# a link line between posts (a post's own link, a signature) stays.
_THREAD_LINK_RUN: Final = 5


def without_links_after_posts(region: list[Block], posts: set[int]) -> list[Block]:
    """A thread's ``region`` without the runs of link lines after its last post (see
    above); ``posts``: the ids of the post elements."""
    last = max(
        (index for index, block in enumerate(region) if not posts.isdisjoint(block.path)),
        default=-1,
    )
    if last < 0:
        return region
    dropped = _link_runs(region, last + 1, len(region), _THREAD_LINK_RUN)
    if not dropped:
        return region
    return [block for index, block in enumerate(region) if index not in dropped]


def _link_runs(region: list[Block], start: int, stop: int, minimum: int) -> set[int]:
    """The indexes of ``region[start:stop]`` in runs of at least ``minimum`` link lines."""
    found: set[int] = set()
    run: list[int] = []
    links = 0
    for index in range(start, stop + 1):
        if index < stop and is_link_line(region[index]):
            run.append(index)
            links += 1
            continue
        if index < stop and run and _is_label(region[index]):
            run.append(index)
            continue
        while run and not is_link_line(region[run[-1]]):
            run.pop()
        if links >= minimum and links * 2 >= len(run):
            found.update(run)
        run = []
        links = 0
    return found


def _is_label(block: Block) -> bool:
    """A short unlinked line inside a list of links: an item's category or a group's name."""
    return len(block.text) < _LABEL_CHARS and block.tag not in HEADINGS


def is_link_line(block: Block) -> bool:
    """A line that is a link and no more: what the story drops as a link list (see
    ``clean_paragraphs``)."""
    size = len(block.text)
    return (
        block.tag not in HEADINGS
        and block.link_chars * 2 > size
        and size < 300
        and size - block.link_chars < OWN_SENTENCE
    )


# A listing's items in a story's own container (a blog's index, a news river, a category's
# posts): each item a title that is all link (a line, not a heading), then its teaser, a line
# of unlinked text. The link-list filter drops the titles and keeps the teasers, an item
# without its name; the reader's text has both. Titles and teasers alternating, at least
# _MIN_ITEMS times in a row, are items; a story's scattered "Read also" links are not
# (each is followed by the story's paragraph, but never link, text, link, text thrice). A
# short unlinked line around a title and its teaser is the item's date, author or counts (but a
# second teaser, a story's next paragraph, ends the run). Half A all
# types 0.87091 -> 0.87132 (listing 0.743 -> 0.750; 13 pages better, 4 worse: a homepage's
# portfolio cards, -0.12), articles 0.96349 -> 0.96341; half B all types 0.87788 -> 0.87830
# (listing 0.742 -> 0.745, forum 0.832 -> 0.833; 13 better, 8 worse by <= 0.005), articles
# 0.95452 -> 0.95466; ScrapingHub word F1 0.98562 -> 0.98640 (a news index's items). The
# short lines after a teaser too (a date under it): half A all types 0.87132 -> 0.87136 (2
# better, 3 worse by <= 0.003), half B 0.87830 -> 0.87834 (6 better, 1 worse by 0.003),
# articles and ScrapingHub unchanged (+-0.0001). A teaser is a line of the item's own words:
# a meta line with links of its own ("10 Hours Ago - Linux Kernel - 2 Comments", the date and
# the section's link under a news river's title) is as long, but its unlinked text is short;
# counted by its whole length it passed for the teaser, and the real teaser after it for a
# second one, which ended every item's run. Half A all types 0.87593 -> 0.87599 (listing
# 0.7714 -> 0.7723, 1 page better, none worse); half B (with the <h1> titles of body.py)
# unchanged (0.88358; 1 article better by 0.002), ScrapingHub unchanged (0.98654).
# A news river's meta line under each title with a date and a section in words ("7 March
# 12:46 PM EST - Desktop - 3 Comments") has as many unlinked characters as a short teaser, so
# it passed for the teaser and the real teaser after it ended every item's run: the titles of
# the whole river went. A first "teaser" shorter than _META_CHARS (a line, not a summary) may
# be followed by one more, the item's summary, without ending the run; a story's "read also"
# link followed by its paragraphs has longer lines than that. Half A listing 0.794755 ->
# 0.796069 (a news river +0.055, an archive of papers +0.008; a legal forms list -0.002),
# documentation +0.0001, all types 0.888817 -> 0.888903; half B listing 0.758833 -> 0.758865,
# collection +0.0002, articles 0.961369 -> 0.961381, all types 0.900135 -> 0.900160;
# ScrapingHub unchanged. (At 60: A listing +0.0012, B +0.00002; at 120 or 160: A forum -0.0001
# to -0.0002, a thread's short replies read as items.)
_MIN_ITEMS: Final = 3
_TEASER_CHARS: Final = 40
_META_CHARS: Final = 80


def item_titles(blocks: list[Block], *, priced: bool = False) -> set[int]:
    """The ids of ``blocks`` that are listed items' linked titles (see above); ``priced``:
    a card's price stands for its teaser (see ``_price_line``)."""
    titles: set[int] = set()
    run: list[int] = []
    title: Block | None = None
    meta = False
    for block in blocks:
        if is_link_line(block):
            title = block
            meta = False
            continue
        teaser = _is_teaser(block) or (priced and title is not None and _price_line(block))
        if title is not None and teaser:
            run.append(id(title))
            meta = len(block.text) < _META_CHARS
        elif not teaser and block.link_chars * 2 < len(block.text) and block.tag not in HEADINGS:
            # Around an item's title and teaser: its byline, date or counts, a short line.
            continue
        elif meta and teaser:
            # The summary after the item's meta line (see _META_CHARS).
            meta = False
            continue
        elif run:
            titles.update(run if len(run) >= _MIN_ITEMS else ())
            run = []
        title = None
    titles.update(run if len(run) >= _MIN_ITEMS else ())
    return titles


def _is_teaser(block: Block) -> bool:
    return (
        block.tag not in HEADINGS
        and block.link_chars * 2 < len(block.text)
        and len(block.text) - block.link_chars >= _TEASER_CHARS
    )


# A shop's grid of product cards in a story's own container: each card a linked name (a line,
# not a heading), its short lines (an item number, a badge), then its price, a short unlinked
# line that is no teaser. The link-list filter dropped the names and kept the prices, cards
# without their products (a watch shop's category: "Item# 59370 $499.00 $199.00", nameless).
# The price stands for the card's teaser: a linked line followed by its price, at least
# _MIN_ITEMS times in a row, is a card's name. Not on a page that says it is one story (as
# ``paragraphs``' card pitches): there a linked name over a price is a shopping widget's.
# Half B all types 0.904823 -> 0.904983 (collection 0.771 -> 0.773: the watch shop's
# category 0.90 -> 1.00; a service page's plans +0.012), half A 0.897505 -> 0.897498 (a
# warehouse club's listing -0.005: its card names its product twice, the linked name now
# kept beside the other); articles and ScrapingHub unchanged (no page of theirs moved).
def _price_line(block: Block) -> bool:
    return (
        block.tag not in HEADINGS
        and block.link_chars * 2 < len(block.text) < _META_CHARS
        and has_price(block.text)
    )
