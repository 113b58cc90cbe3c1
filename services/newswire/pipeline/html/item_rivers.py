"""A river of listed items that the scoring picks inside a page's <main>: one module of a
section front, not the page's story."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.teasers import item_titles
from newswire.pipeline.html.walk import Block

# A news site's front or section front fills its <main> with modules of items: a lead
# module, "Top stories", a feed of the latest posts ("Today's Storystream"), a "More from"
# strip. The longest of them, a feed whose items each carry a linked title over a teaser
# (``item_titles``), scores as the page's story: its teasers are sentences with commas. It
# holds most of <main>, 0.7 or more (_SECTIONED_RATIO_MAIN in ``body``), so it was taken as
# a story standing alone and the other modules' items were lost; the truths keep every
# module's items (issue 13: the listing's items). Such a choice is one section of the page,
# whatever its share: the page's region (its <main>, without what the region's rules drop)
# is the body. Not on a page whose head declares a story (a story's related-posts river
# under it is no section of the story; ``story_pages``), and only inside <main> and with the
# class-name rules (the retry without them keeps the site's menus), where the region is the
# page's own content. Half B all types 0.917198 -> 0.917335 (listing 0.7795 -> 0.7814: a
# tech news front +0.097, its storystream at 0.71 of <main>); half A 0.904984 -> 0.905056
# (a designer's front page of posts read as an article +0.062, two product pages +0.004, a
# warehouse club's category -0.012: its <h1> line and a price notice join the grid);
# ScrapingHub, metadata and every other page unchanged. (Tried first, any choice inside
# <main> at 0.8 instead of 0.7: half B all types -0.0005, articles and product pages lost
# their stories to their related modules; the same on pages not declaring a story only:
# -0.0002. With the river test, 0.8, 0.9 and the whole region move the same pages, but at
# 0.8 the designer's front page stays as it was.)
_MIN_TITLES: Final = 3


def river_in_main(picked: list[Block], *, main: bool, named: bool, story_page: bool) -> bool:
    """The ``picked`` blocks are a river of at least _MIN_TITLES listed items inside a page's
    <main> (``main``), walked with the class-name rules (``named``) on a page that does not
    declare a story (``story_page``): one module of the page's items (see above)."""
    return main and named and not story_page and len(item_titles(picked)) >= _MIN_TITLES
