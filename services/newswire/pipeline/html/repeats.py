"""A page's content given twice: the second copy of a run of paragraphs, dropped."""

from __future__ import annotations

# A page that carries its content twice (a site builder's desktop and mobile layouts, one of
# them hidden by a stylesheet class such as Webflow's "hide"; a product page's feature band
# repeated per colour) gives the same run of paragraphs twice. A run that repeats, in order,
# paragraphs said before and holds at least a tenth of the text is a second copy: a story
# never says a tenth of itself again. Shorter repeats stay (a meal plan's same meal on other
# days, a spec line under several models: the truth has them too). Half A articles 0.9528 ->
# 0.9547, all types 0.8551 -> 0.8577; half B 0.9460 -> 0.9475, 0.8650 -> 0.8675;
# ScrapingHub unchanged (0.980); simulated on the per-page outputs (a tenth: at a twentieth
# ScrapingHub loses 0.001 on a meal plan).
_COPY_SHARE = 0.1


def without_copies(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the second copy of a run of them (see above)."""
    first: dict[str, int] = {}
    for index, line in enumerate(paragraphs):
        first.setdefault(line, index)
    floor = _COPY_SHARE * sum(map(len, paragraphs))
    copies: list[range] = []
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
        if sum(map(len, paragraphs[index : index + length])) >= floor:
            copies.append(range(index, index + length))
        index += length
    if not copies:
        return paragraphs
    dropped = {index for run in copies for index in run}
    return [line for index, line in enumerate(paragraphs) if index not in dropped]
