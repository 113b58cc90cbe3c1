"""A breadcrumb trail known by its shape: a line of short linked names between arrows."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.html.walk import Block

# A page's breadcrumb ("All Games > Adventure Games > Rockstar Games Franchise > Red Dead
# Redemption 2", "Training > Open Source Best Practice > A Beginner's Guide") is the site's
# navigation, which the truths leave out. Its class names ("breadcrumb") drop it in ``names``;
# a CSS-module or Tailwind build hashes them, and the trail shows in the text. Its shape says
# what it is whatever its names: a short line of _MIN_STEPS or more names between arrow
# separators (">" or an angle quote), each name short, every step but the last (the current page,
# linked or not) a link: the line's link text at least that of those steps. Prose or a
# manual's menu path ("Settings > Privacy > Cookies") is not linked so. As is, half A all
# types 0.904747 -> 0.904752 (a forum thread's trail above its posts, 0.914 -> 0.918; no
# other page moved), half B (0.915453) and ScrapingHub (0.991086) unchanged; class and id
# hashed, half A product 0.72775 -> 0.72823 (a game shop's ten pages +0.003 to +0.006, one
# -0.001), half B product unchanged; the other pages whose markup has a text-arrow trail
# (7, half A and B, articles, listings, a collection, a service page) unchanged either way.
_SEPARATOR: Final = re.compile(r"\s*[>›»]\s*")
_MIN_STEPS: Final = 3
_STEP_CHARS: Final = 80
_TRAIL_CHARS: Final = 300


def without_breadcrumb_trails(blocks: list[Block]) -> list[Block]:
    """``blocks`` without those whose line is a breadcrumb trail (see above)."""
    return [block for block in blocks if not is_breadcrumb_trail(block)]


def is_breadcrumb_trail(block: Block) -> bool:
    """``block``'s line is a breadcrumb trail: linked short names between arrows."""
    text = block.text
    if len(text) > _TRAIL_CHARS or not block.link_chars:
        return False
    steps = _SEPARATOR.split(text.strip())
    return (
        len(steps) >= _MIN_STEPS
        and all(0 < len(step) <= _STEP_CHARS for step in steps)
        and block.link_chars >= sum(map(len, steps[:-1]))
    )


# The same trail as a list, its separators drawn by the style sheet: an <ol> or <ul> whose items
# are the steps ("Home", "Government", "Departments", "Building Department"), each step but the
# last a link, the last the current page, unlinked, named as the page's headline says. Its
# class names ("breadCrumbs") drop it as is; once they are hashes the walk keeps its items as
# lines of their own, and a region widened around a short story starts with them. A list of
# links whose last item is unlinked text ("IT support, …, and more!") but not the page's name
# is content. Of wcxb-dev and ScrapingHub's lists of 3 to 8 short items so shaped, no truth
# keeps a step but the last; the last, the page's name, stays (a truth may open with it, as a
# service page whose heading is a slogan: as is half B a service page -0.001 without it).
_LIST_STEPS: Final = range(3, 9)
_LIST_STEP_CHARS: Final = 50


def without_breadcrumb_lists(blocks: list[Block], title: str | None) -> list[Block]:
    """``blocks`` without the linked steps of a breadcrumb list ending in the page's ``title``."""
    if not title:
        return blocks
    name = title.casefold()
    dropped: set[int] = set()
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and run and _next_item(run[-1], block):
            run.append(block)
            continue
        if len(run) in _LIST_STEPS and _trail_items(run, name):
            dropped.update(map(id, run[:-1]))
        run = [block] if block is not None and block.tag == "li" else []
    if not dropped:
        return blocks
    return [block for block in blocks if id(block) not in dropped]


def _next_item(item: Block, block: Block) -> bool:
    """``block`` is the next item of the list ``item`` is in (a sibling <li>)."""
    return block.tag == "li" and len(block.path) >= 2 and block.path[:-1] == item.path[:-1]


def _trail_items(run: list[Block], name: str) -> bool:
    """The ``run`` of list items is a breadcrumb's steps ending in the page's ``name``."""
    *steps, current = run
    last = current.text.strip().casefold()
    return (
        not current.link_chars
        and 0 < len(last) <= _LIST_STEP_CHARS
        and (last in name or name in last)
        and all(0 < len(step.text) <= _LIST_STEP_CHARS for step in steps)
        and all(step.link_chars >= len(step.text.strip()) for step in steps)
    )
