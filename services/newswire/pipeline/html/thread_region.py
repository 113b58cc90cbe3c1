"""A forum thread's region cut to its posts: the board's blocks before its first post, after its
last and between two posts, outside the posts' own frames, are not the thread's text."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.walk import Block

# Beside a thread's posts a forum prints its sidebar in the same region (the board's blurb and
# member count, its top posters, other communities, a tag cloud), which names like "sidebar"
# mark until a build hashes them. In page order it comes after the posts, and it lies outside
# the element that holds them all (the posts' list or their thread's frame), where a page's
# reply box, page links and "similar threads" under the last post lie inside it. So after the
# last post (an element with its software's post id, or a post's schema.org item on a page
# that says it is a thread: ``Tree.posts``), a block outside the posts' common element goes,
# when two posts or more show where it is. As is, half A all types 0.904767 -> 0.904801 (forum
# 0.7686 -> 0.7691, 2 threads better), half B 0.915563 -> 0.915593 (3 better), none worse,
# ScrapingHub unchanged; hashed names, half A 0.890045 -> 0.890337 (5 threads better), half B
# 0.900175 -> 0.900864 (13 better: XenForo boards' sidebars), none worse; 18 sites in all.
# The same holds before the first post: a board's left rail, its breadcrumbs and "new topic"
# buttons, a topic's overview panel ("Top Posters", "Popular Days"), the thread's own heading
# over its frame, all outside the posts' common element, where a thread's text starts at its
# first post. As is, half A all types 0.904812 -> 0.904984 (4 threads better), half B
# 0.917016 -> 0.917198 (7 better), none worse, ScrapingHub unchanged; hashed names, all types
# half A 0.890342 -> 0.890639 (5 threads better), half B 0.900866 -> 0.901042 (6), none worse.
_SHARED_BY: Final = 2


def without_blocks_beside_posts(
    region: list[Block], posts: set[int], parents: dict[int, int]
) -> list[Block]:
    """A thread's ``region`` without the blocks before its first post or after its last that
    lie outside the element holding all its posts (see above); ``posts``: the ids of the post
    elements; ``parents``: the walk's parent of each element id."""
    shown = {post for block in region for post in block.path if post in posts}
    if len(shown) < _SHARED_BY:
        return region
    common = _common_element(shown, parents)
    inside = [index for index, block in enumerate(region) if not posts.isdisjoint(block.path)]
    first, last = inside[0], inside[-1]
    return [
        block
        for index, block in enumerate(region)
        if first <= index <= last or common in block.path
    ]


# Between two posts, inside the element holding them all, a board sets blocks of its own among
# the posts' frames: Invision's topic overview panel after the first post ("Created", "Last
# Reply", "Top Posters In This Topic", "Most Popular Posts" with their excerpts), a sponsor's
# card in a XenForo ad slot after the nth post, a helper bot's reply without a post's number.
# Each post's frame is the child of that common element holding it (the post element itself,
# or the wrapper that adds its poster's card and header: Invision's <article> around the
# numbered content, a phpBB or SMF row around the message); a block between the first post and
# the last that lies in that element but in no post's frame is the board's, not the thread's
# text. Every block of the page is read so, before the choice: the overview's headings and
# list items would otherwise fill the story's gaps. As is, half A all types 0.904984 ->
# 0.905064 (forum 0.7718 -> 0.7730: 4 threads of 4 boards better by 0.001 to 0.030, none
# worse), half B and ScrapingHub unchanged (no page moved); hashed names, forum threads half A
# 0.74957 -> 0.75076 (4 better), half B 0.87549 -> 0.87642 (2 better), none worse.


def without_blocks_between_posts(
    blocks: list[Block], posts: set[int], parents: dict[int, int]
) -> list[Block]:
    """A thread's ``blocks`` without those between its first post and its last that lie
    inside the element holding all its posts but in none of the posts' frames (see above);
    ``posts`` and ``parents`` as for ``without_blocks_beside_posts``."""
    shown = {post for block in blocks for post in block.path if post in posts}
    if len(shown) < _SHARED_BY:
        return blocks
    common = _common_element(shown, parents)
    frames = set()
    for post in shown:
        node = post
        while (parent := parents.get(node)) is not None and parent != common:
            node = parent
        frames.add(node)
    inside = [index for index, block in enumerate(blocks) if not posts.isdisjoint(block.path)]
    first, last = inside[0], inside[-1]
    return [
        block
        for index, block in enumerate(blocks)
        if not first < index < last or common not in block.path or not frames.isdisjoint(block.path)
    ]


def _common_element(elements: set[int], parents: dict[int, int]) -> int:
    """The innermost element (by id) holding all ``elements``, each itself included; the
    walk's root (0) at least."""
    chains = []
    for element in elements:
        chain = [element]
        while (parent := parents.get(chain[-1])) is not None:
            chain.append(parent)
        chains.append(chain[::-1])
    common = 0
    for level in zip(*chains, strict=False):
        if len(set(level)) > 1:
            break
        common = level[0]
    return common
