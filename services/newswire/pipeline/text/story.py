"""Finding the story in a text scrape: the densest stretch of prose (``span``), without menus
and footer."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.forum_posts import (
    card_at,
    forum_thread,
    member_stat,
    post_lines,
    thread_span,
)
from newswire.pipeline.text.label_values import label_value_runs
from newswire.pipeline.text.lines import (
    credit_only,
    is_paragraph,
    promo_title,
    syndicated,
    word_count,
)
from newswire.pipeline.text.menu_runs import unless_menu
from newswire.pipeline.text.patterns import CREDIT, NAV_OPENERS, REUTERS_CREDIT
from newswire.pipeline.text.price_grid import price_grid
from newswire.pipeline.text.route import caption_with_credit
from newswire.pipeline.text.span import (
    ELLIPSES,
    GLUED_TEASER,
    story_span,
)


def main_block(paragraphs: list[str], *, from_top: bool = False) -> list[str]:
    """Keep the story itself. A scraper's text also holds the page around it: menus,
    breadcrumbs, share bars, teaser lists and footers, mostly runs of short lines. The story is
    the densest stretch of prose: the run of lines with the largest sum of prose characters
    minus a toll per short line (a maximum-sum subarray, linear). Menu runs inside it go too.
    Under a first-line headline (``from_top``) the text is one article: its story is all of
    it down to the footer strip_footer cut, less its menu runs. On a forum thread's page the
    replies are the content: its posts run from the first to the last (forum_posts), less the
    posters' cards between them."""
    forum = False
    if from_top:
        # One article's text: its story runs from the headline to the footer strip_footer cut
        # (a navigation heading) less what is recognisably boilerplate, the lines route()
        # took (promos, noise, credits) and the menu runs below. A best prefix of prose
        # ended it at its last paragraph, and with it the lists, tables, checklists and
        # sign-offs that close an article (measured on the clean renderings of wcxb-dev
        # articles, the articles keeping >= 98% of their paragraphs: A 0.817 -> 0.880, B 0.824
        # -> 0.877, ScrapingHub 0.585 -> 0.746).
        span: tuple[int, int] | None = (0, len(paragraphs) - 1)
    else:
        span = story_span(paragraphs, teasers=True, sections=True)
        if span is not None:
            span = (unstopped_lede(paragraphs, span[0]), span[1])
            # A forum thread's replies are its content, not comments under a story: its
            # posts run down from the first poster's card to the last post (thread_span).
            forum = forum_thread(paragraphs)
            if forum:
                span = thread_span(paragraphs, span)
    grid = None if from_top or span is None else price_grid(paragraphs)
    if grid is not None and span is not None and _outweighs(paragraphs, grid, span):
        # A shop's grid of product cards is the page's content, however short its lines.
        span = (min(span[0], grid[0]), max(span[1], grid[1]))
    else:
        grid = None
    if span is None:
        return paragraphs
    kept: list[str] = []
    run: list[str] = []
    above = ""  # the long line right above the run
    for index in range(span[0], span[1] + 1):
        line = paragraphs[index]
        if is_paragraph(line) or word_count(line) >= 12 or (grid and grid[0] <= index <= grid[1]):
            kept.extend(_short_run(run, from_top=from_top, forum=forum, above=above, below=line))
            run = []
            kept.append(line)
            above = line
        else:
            run.append(line)
    kept.extend(_short_run(run, from_top=from_top, forum=forum, above=above))
    return kept if from_top else drop_copies(kept)


def _outweighs(paragraphs: list[str], grid: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether a grid of product cards holds at least as many words as the densest prose: on a
    shop's collection page the cards are its content and the prose a short intro; under a
    product's description or a long story, a smaller grid is its "related products"."""
    words = sum(word_count(line) for line in paragraphs[grid[0] : grid[1] + 1])
    return words >= sum(word_count(line) for line in paragraphs[span[0] : span[1] + 1])


def _short_run(
    run: list[str], *, from_top: bool, forum: bool, above: str, below: str = ""
) -> list[str]:
    """What stays of a run of short lines inside the story: not a menu (unless_menu), a
    labelled list's values; on a forum thread's page, of a run holding a poster's card, the
    one-line posts only (forum_posts.post_lines). A card laid out as a table ("Joined" /
    "Feb 8, 2023" / "Posts" / "5") is read with its values (``card_at``): its labels alone
    are a menu's words too (blocks renderings of wcxb-dev forum pages: A and B one thread
    up each, none down)."""
    if forum and (any(map(member_stat, run)) or any(card_at(run, i) for i in range(len(run)))):
        return post_lines(run)
    menu = unless_menu(run, article=from_top, above=above, below=below)
    return menu or label_value_runs(run, article=from_top)


#: How many lines in a row, repeated in the same order, make a copy of the story (drop_copies).
COPY_RUN: Final = 3


def drop_copies(paragraphs: list[str]) -> list[str]:
    """A page's story without the copies the page printed of it. A page may render its article twice
    or three times (a mobile and a desktop layout, a tab's panel, a print view), which a
    scraper's text holds one after the other: each paragraph is then repeated right under
    itself, or in a run of ``COPY_RUN`` lines repeated in the same order further down. Such a
    paragraph goes; a paragraph repeated alone (a listing's boilerplate under each entry, "This
    webcam image is provided courtesy of …") stays, as the page prints it. Measured on the
    blocks renderings of wcxb-dev articles, body F1: A +0.0016, B +0.0024, ScrapingHub +0.0014
    (3, 4 and 0 pages lower, against 8, 14 and 0 dropping every repeated paragraph). One
    article's text is the story its scraper isolated: what it repeats, it prints twice (on
    the clean renderings, 9 articles lost words to this rule), so main_block applies it to a
    page's text only."""
    copies = {
        index for index in range(1, len(paragraphs)) if paragraphs[index] == paragraphs[index - 1]
    }
    first: dict[tuple[str, ...], int] = {}
    for start in range(len(paragraphs) - COPY_RUN + 1):
        run = tuple(paragraphs[start : start + COPY_RUN])
        earlier = first.setdefault(run, start)
        if earlier + COPY_RUN <= start:
            copies.update(range(start, start + COPY_RUN))
    return [
        line
        for index, line in enumerate(paragraphs)
        if index not in copies or not is_paragraph(line)
    ]


#: The most lines without a final stop taken back above a page's densest prose (unstopped_lede).
LEDE_LINES_MAX: Final = 3
#: The largest share of capitalised words (past the first) of such a line: a sentence's.
LEDE_CAPITALS_MAX: Final = 0.5


def unstopped_lede(lines: list[str], start: int) -> int:
    """Where a page's story starts, given where its densest prose starts: the long lines right
    above it that are the story's own sentences without their final stop go with it. On a
    page, a line of twelve words or more without a stop weighs nothing (``prose_weight``: next
    to the story it is mostly a teaser), so a short post whose first paragraphs a blog's editor
    left unstopped ("Chelsea have this morning paid the £71.6million fee … keeper Kepa
    Arrizabalaga" / "This has freed …") lost them, and its body kept 16% of the page (the
    text page-type model then read it as a forum post). A teaser's headline is in title case
    and its excerpt is cut off with an ellipsis; the headline itself stands above the story's
    start, already taken off, and the lines are taken only when they reach up to it (the body's
    first line under the headline and its date): a teaser block stands elsewhere on the page,
    with the date and links of its own between it and the story. No caption is taken (a credit
    label, "(pictured)"). At most three lines."""
    top = start
    while top > 0 and start - top < LEDE_LINES_MAX and _lede_shaped(lines[top - 1]):
        top -= 1
    return top if top == 0 else start


#: What marks a line as an image's caption: a credit label ("… program. Credit: SpaceX"), or
#: the image named in it ("… films such as Alien (pictured) …").
CAPTION_MARK: Final = re.compile(
    r"\b(?:credits?|photo|image|foto|picture)\s*:|\((?:pictured|above|left|right|top|bottom)\)",
    re.IGNORECASE,
)


def _lede_shaped(line: str) -> bool:
    words = line.split()
    if (
        len(words) < 12
        or is_paragraph(line)
        or line.endswith(ELLIPSES)
        or GLUED_TEASER.match(line)
        or CAPTION_MARK.search(line)
    ):
        return False
    capitals = sum(1 for word in words[1:] if word[:1].isupper())
    return line[:1].isupper() and capitals <= LEDE_CAPITALS_MAX * (len(words) - 1)


def photo_credit_line(line: str) -> bool:
    """A photo credit alone on its line: "REUTERS/Willy Kurniawan", "Foto: Agung/detikcom"."""
    if credit_only(line):
        return True
    caption = caption_with_credit(line) if ":" in line else None
    return caption is not None and not caption[0]


def strip_footer(lines: list[str], *, story_shaped: bool = False) -> list[str]:
    """Drop the navigation block after the story: everything past the last real paragraph that is
    only short menu-like lines, or that starts at a navigation heading such as ``Tags``. Under a
    first-line headline (``story_shaped``) the text is one article, not a page: all of it stays
    down to its footer heading (``footer_heading``)."""
    if story_shaped:
        return lines[: footer_heading(lines)]
    # From the end: the footer is short, so this stops after a few lines on any input.
    last_paragraph = next((i for i in range(len(lines) - 1, -1, -1) if is_paragraph(lines[i])), -1)
    # A shop's grid of product cards under the last paragraph is the page's content (price_grid).
    grid = price_grid(lines)
    if grid is not None:
        last_paragraph = max(last_paragraph, grid[1])
    cut = len(lines)
    for index in range(last_paragraph + 1, len(lines)):
        if lines[index].lower().rstrip(":") in NAV_OPENERS:
            cut = index
            break
    tail = lines[last_paragraph + 1 : cut]
    # Credit lines after the story still carry metadata, and short menu entries are dropped.
    kept = []
    for index, line in enumerate(tail):
        if (
            CREDIT.match(line)
            or syndicated(line)
            or REUTERS_CREDIT.match(line)
            or promo_title(line)  # a promo after the story still names a related article
            or photo_credit_line(line)  # a photo credit under the last caption
            # The last caption, right above its credit: the image's caption (and the story's
            # line), not a menu entry; dropped, the image took the last paragraph as caption.
            or (index + 1 < len(tail) and photo_credit_line(tail[index + 1]))
        ):
            kept.append(line)
    # Tags are dropped with the menu: they cannot be told apart from menu entries in a text scrape.
    return lines[: last_paragraph + 1] + kept


def footer_heading(lines: list[str]) -> int:
    """Where the footer of one article's text opens (its length if none): the first navigation
    heading ("Tags", "Terkait", "Berita terkait": NAV_OPENERS) with at least as much of the
    article's prose above it as below. What follows the last paragraph up to there (a closing
    list or table, a checklist, a sign-off, a footnote) is the article's, less the boilerplate
    route() and main_block's menu runs take out; a comment form's prompt or a teaser's excerpt
    below the heading is no story, and a heading high in the story ("Trending" over a section
    on trends) is a subheading, not its footer. A page's section headings (page_section: "Up
    Next", "More posts related to Tokyo", a copyright line) are no cut here: inside one
    article's text they stood over its own lists and quotes (3 wcxb-dev articles of half A
    lost 4 to 31% of their paragraphs to them, none gained)."""
    total = sum(len(line) for line in lines if is_paragraph(line))
    above = 0
    for index, line in enumerate(lines):
        if is_paragraph(line):
            above += len(line)
        elif line and line.lower().rstrip(":") in NAV_OPENERS and above * 2 >= total:
            return index
    return len(lines)
