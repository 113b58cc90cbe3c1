"""A page that says it is one story, among the link lists of a site whose names say nothing."""

from __future__ import annotations

from collections.abc import Iterable, Set

from newswire.pipeline.html.walk import Block

# What a page declares itself to be when it is one story: Open Graph's "article", schema.org's
# article items (not "WebPage", which every page of some CMSs declares).
_STORY_OG_TYPES = frozenset({"article"})
_STORY_LD_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "blogposting",
        "liveblogposting",
    }
)


def declares_story(og_type: str | None, ld_types: Set[str]) -> bool:
    """The page's head says it is one story (og:type, or a JSON-LD article item)."""
    return (og_type or "").strip().lower() in _STORY_OG_TYPES or not _STORY_LD_TYPES.isdisjoint(
        ld_types
    )


# On a page without <main> the region a story may widen to is the whole body. Where the page's
# class names say what its parts are, the name rules drop its menus, teaser rails and share
# bars before, and what is left beside a short choice is more sections of a sectioned page.
# Where they say nothing (build hashes: CSS modules, styled-components, Tailwind utilities) the
# menus and rails stay, and a story of a few paragraphs falls under the region's share: the
# whole page came out, menus first. Text that is mostly links beside it is the site's
# navigation, not another section, when the page's head says it is one story: the story then
# stands alone. (Without that declaration, collections and listings widen rightly over their
# linked items.) Measured with bench.perturb (class/id names hashed): ScrapingHub 3 pages of
# 10 widened; on wcxb-dev as it is, no page without <main> that declares a story and widens
# has a rest this linked, so the unperturbed figures are unchanged. Inside a <main> the same
# holds where names are hashes: the region is the main's, and its rails and share lists stay
# beside the story ("Most popular", "More on", the share buttons), so a story of two or more
# paragraphs of prose amid them stands alone too (one paragraph: a recipe listing's intro
# above its linked cards, which a WordPress theme declares an article: half A listings -0.46
# and -0.88, half B -0.79 with names hashed, when one was enough).
_LINKED_SHARE = 0.5


def amid_links(region: Iterable[Block], inside: Set[int]) -> bool:
    """At least half of the text of the ``region``'s blocks beside the choice (those whose
    ``id`` is not ``inside``) is link text."""
    text = links = 0
    for block in region:
        if id(block) not in inside:
            text += len(block.text)
            links += block.link_chars
    return text > 0 and links >= _LINKED_SHARE * text


# The story beside the link lists is prose: a long line with next to no links, in whatever tag
# (a site of <div>s has no <p>; with <p> only, ScrapingHub with hashed names 0.9551, with any
# tag 0.9616; wcxb-dev and ScrapingHub as they are unchanged either way).
_PROSE_CHARS = 120


def prose_text(block: Block) -> bool:
    """A block of prose in any tag (a site of <div>s has no <p>): a long line, next to no links."""
    return len(block.text) > _PROSE_CHARS and block.link_chars * 10 < len(block.text)
