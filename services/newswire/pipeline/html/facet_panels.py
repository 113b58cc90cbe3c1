"""A collection's facet panel read as lines: its title over its facets' names and options,
where no class name says what the panel is."""

from __future__ import annotations

from typing import Final

# A shop platform's layered navigation (Magento's) titles its facet panel twice, "Shop By" and
# under it "Shopping Options", then lists each facet's name and its options with their counts
# ("Category", "High Refresh 12 items", "$25.00 - $49.99 37item", "4.5 Stars & Up27item"): the
# controls of a search, not its items, which the name rules drop ("filter-options",
# ``search_boxes``). Where a build hashes the names, the panel reads as a column of short
# lines. Known by its title pair, then its run of short lines that end no sentence: the first
# line longer than a facet's option or closing a sentence ends it (the panel follows the grid
# on such pages; a line of the page's own text ends the run). Class/id hashed (bench.perturb):
# half A all types 0.886637 -> 0.886972 (collection 0.7330 -> 0.7375: two shops' grids +0.12,
# +0.14), half B 0.895635 -> 0.895647 (a shop's listing +0.008); 3 sites' pages better, none
# worse; as is (both halves, articles, metadata) and ScrapingHub unchanged.
# Cost: one comparison per line, the run only after the title pair.
_TITLE: Final = "shop by"
_SUBTITLE: Final = "shopping options"
_OPTION_CHARS: Final = 60


def without_facet_panel(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a facet panel's title pair and its run of short lines."""
    kept: list[str] = []
    index = 0
    while index < len(paragraphs):
        line = paragraphs[index]
        if (
            len(line) < len(_TITLE) + 4
            and line.strip().lower() == _TITLE
            and index + 1 < len(paragraphs)
            and paragraphs[index + 1].strip().lower() == _SUBTITLE
        ):
            index += 2
            while index < len(paragraphs) and _option(paragraphs[index]):
                index += 1
            continue
        kept.append(line)
        index += 1
    return kept if len(kept) < len(paragraphs) else paragraphs


def _option(line: str) -> bool:
    """``line`` may be a facet's name or option: short, closing no sentence."""
    return len(line) <= _OPTION_CHARS and not line.rstrip().endswith((".", "!", "?"))
