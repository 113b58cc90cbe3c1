"""Strips of other products or stories under a heading that says so ("Customers also bought",
"Related articles"): dropped from the walk's blocks before a container is chosen."""

from __future__ import annotations

import re

from newswire.pipeline.html.walk import HEADINGS, Block

# A strip of other products or stories under a heading that says so ("Customers also bought",
# "People who viewed this item also viewed", "You may also like", "Related products"): shops
# name the strip's container anything, but its heading is plain. Its container goes, when
# it is a small part of the page (a heading right inside the whole content is not a strip).
_RECOMMENDATION_HEADING = re.compile(
    r"^(?:(?:customers|people|shoppers) (?:who \w+ this(?: item)? )?also \w+"
    r"|you (?:may|might) also (?:like|enjoy)|related (?:products|items)|similar (?:products|items)"
    r"|recently viewed(?: items| products)?|more from this (?:seller|shop|store)"
    # The same strip of other stories under an article or a thread ("Related articles",
    # "Recent posts", "Recommended for you", "See also"): half A all types 0.8546 -> 0.8547,
    # half B 0.8606 -> 0.8609, ScrapingHub unchanged (0.980).
    r"|(?:related|recent|latest|popular|more|trending|recommended)"
    r" (?:articles|posts|stories|news|reads|reading|content|topics)"
    r"|related|recommended(?: for you)?|you (?:may|might) also be interested in|see also"
    r"|more like this|read next"
    # An article's tail of furniture under its own heading: the author's and the medical
    # reviewer's bio boxes, a newsletter box, a "Popular" or "Trending" list. Half A articles
    # 0.9526 -> 0.9528, half B articles 0.9453 -> 0.9460 (all types +0.0001, +0.0002);
    # ScrapingHub unchanged. (A book's product page loses its "About the author": 1 page.)
    r"|about the (?:author|reviewer)|(?:subscribe to|sign up for|join) our newsletter|newsletter"
    r"|recent comments|most popular|popular|trending|latest)\W*$",
    re.IGNORECASE,
)
_STRIP_SHARE = 0.3


def without_recommendations(blocks: list[Block]) -> list[Block]:
    headings = [
        block
        for block in blocks
        if block.tag in HEADINGS
        and len(block.path) >= 2
        and len(block.text) < 80
        and _RECOMMENDATION_HEADING.match(block.text)
    ]
    if not headings:
        return blocks
    # The strip is the heading's nearest container that holds more than the heading: shops
    # put a carousel's heading in a title wrapper of its own ("People who viewed this item
    # also viewed" in a header beside the carousel's cards), whose removal alone left the
    # cards. Half A all types 0.8628 -> 0.8640 (articles 0.9582 -> 0.9590, product 0.643 ->
    # 0.647), half B 0.8729 -> 0.8731 (articles 0.9502 -> 0.9507; product 0.716 -> 0.714),
    # ScrapingHub unchanged (0.9845).
    held: dict[int, int] = {}
    for block in blocks:
        for node in block.path:
            held[node] = held.get(node, 0) + 1
    strips = set()
    for heading in headings:
        for node in heading.path[-2::-1]:
            if held[node] > 1:
                strips.add(node)
                break
    total = sum(len(block.text) for block in blocks)
    for strip in list(strips):
        inside = sum(len(block.text) for block in blocks if strip in block.path)
        if strip == 0 or inside > _STRIP_SHARE * total:
            strips.discard(strip)
    if not strips:
        return blocks
    return [block for block in blocks if strips.isdisjoint(block.path)]
