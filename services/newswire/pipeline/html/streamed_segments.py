"""React's streamed segments, moved into the places their scripts move them to."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.ancestry import inside

# React's streaming server rendering (Next.js's app router, Remix) sends a page in the order its
# parts are ready: where a part (a Suspense boundary) is not, it writes a placeholder,
# '<!--$?--><template id="B:0"></template>' and a fallback (a skeleton, "Loading...") up to
# '<!--/$-->'; the part follows later, at the end of the body, as '<div hidden id="S:0">',
# with a script '$RC("B:0","S:0")' that removes the fallback and moves the part's children
# into its place. A part inside an already sent part has a plain placeholder, '<template
# id="P:5">', which '$RS("S:5","P:5")' replaces with the segment's children. A reader sees
# each part in its place; the parse saw it at the end of the body, after the footer, hidden
# (read all the same, see ``revealed_later``) but outside the region the walk picks.
_SEGMENT_MARK: Final = 'id="S:'
_SEGMENT_MARK_BYTES: Final = _SEGMENT_MARK.encode()
SEGMENTS: Final = 'div[hidden][id^="S:"]'
_PLACEHOLDER_ID: Final = re.compile(r"[BP]:[0-9a-z]+")
_LOADING: Final = re.compile(r"\s*\w[\w ]{0,40}(?:\.\.\.|\u2026)\s*")
# The comments that open a boundary (shown, pending, client-rendered) and the one closing it.
_OPENERS: Final = frozenset({"$", "$?", "$!"})
_CLOSER: Final = "/$"


def may_stream(html: str | bytes) -> bool:
    """Whether the page may hold a streamed segment (a plain search: most pages do not)."""
    # ``rfind``, not ``in``: the same answer, and CPython searches a page this size backwards
    # in ~0.6x the time (``in`` goes forwards, by its two-way search, ~150 µs on a mean
    # wcxb-dev page); the segments, when there are any, sit at the end of the body.
    if isinstance(html, bytes):
        return html.rfind(_SEGMENT_MARK_BYTES) >= 0
    return html.rfind(_SEGMENT_MARK) >= 0


def place_segments(tree: LexborHTMLParser) -> int:
    """Moves the streamed segments of ``tree`` that fill a region sent in pieces into their
    placeholders' places, as the page's scripts do (see ``_pieces``); the number moved."""
    root = tree.root
    if root is None:
        return 0
    # By id, each asked again when its turn comes: moving a segment copies its children and
    # drops the original, so a node found before may no longer be in the tree.
    numbers = [(segment.attributes.get("id") or "")[2:] for segment in root.css(SEGMENTS)]
    numbers = [number for number in numbers if number.isalnum()]
    # Which to move is decided on the page as sent (placing one takes its placeholder out of
    # its region's count): those filling a region sent in pieces (``_pieces``), and those whose
    # placeholder was sent inside a segment (a paragraph's boundary inside a section's), placed
    # once that segment is; the others stay where they were sent.
    chosen = set()
    for number in numbers:
        placeholder = _placeholder(root, number)
        if placeholder is not None and (_in_segment(placeholder) or _pieces(placeholder)):
            chosen.add(number)
    numbers = [number for number in numbers if number in chosen]
    moved = 0
    while numbers:
        left = []
        for number in numbers:
            if _placed(root, number):
                moved += 1
            else:
                left.append(number)
        if len(left) == len(numbers):
            break
        numbers = left
    return moved


def _placeholder(root: LexborNode, number: str) -> LexborNode | None:
    """The boundary's placeholder (B:) or else the plain segment's (P:) of segment ``number``."""
    found = root.css_first(f'template[id="B:{number}"]')
    return found if found is not None else root.css_first(f'template[id="P:{number}"]')


def _in_segment(node: LexborNode) -> bool:
    """Whether ``node`` lies inside a streamed segment (still hidden at the end of the body)."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "div" and (parent.attributes.get("id") or "").startswith("S:"):
            return True
        parent = parent.parent
    return False


# Which segments move: those whose placeholder lies in the page's content region (<main>,
# <article>) among two or more placeholders, with the region's own text after it: a region sent
# a piece at a time (a story's paragraphs, each its own boundary between the paragraphs sent in
# place; a service page's sections; a guide's steps), whose pieces read at the end of the body
# are fragments the walk cannot join. A lone boundary, one after all of the region's text (a
# listing's feed of yesterday's products under today's, a shop's carousels of recommendations
# at the end of <main>) or one outside any content region (a page whose whole shell is
# streamed: a forum post with its comments, a shop's product in twenty pieces) is read where it
# was sent, apart from the page's region, as the truths keep it. Moving every segment (session
# 39's trial, measured again) changed 11 of wcxb-dev's 37 pages with segments: a service page 0.19 -> 0.96, but the
# listing 0.82 -> 0.18, a forum-like post 1.00 -> 0.94 and the carousels' headings. This rule
# changes 4 pages, all of half B: half B all types 0.896014 -> 0.897260 (articles 0.958944 ->
# 0.959102: a story in paragraphs +0.073, a story's related links and FAQ questions -0.013;
# documentation 0.929629 -> 0.931161; service 0.859309 -> 0.869824: 0.194 -> 0.962); half A
# 0.887755 and ScrapingHub 0.986717 unchanged (no page changed; none of ScrapingHub streams).
_PIECES: Final = 2
_REGIONS: Final = frozenset({"main", "article"})
_TEXTLESS: Final = frozenset({"template", "script", "style", "-comment"})


def _pieces(placeholder: LexborNode) -> bool:
    """Whether the placeholder lies in the page's content region (<main>, <article>) among
    _PIECES or more placeholders, with text of the region after it."""
    region = placeholder.parent
    while region is not None and not (
        region.tag in _REGIONS or (region.attributes.get("role") or "") == "main"
    ):
        region = region.parent
    if region is None or not _text_after(placeholder, region):
        return False
    count = 0
    for template in region.css("template[id]"):
        if _PLACEHOLDER_ID.fullmatch(template.attributes.get("id") or ""):
            count += 1
            if count >= _PIECES:
                return True
    return False


def _text_after(placeholder: LexborNode, region: LexborNode) -> bool:
    """Whether ``region`` shows text after ``placeholder`` (in the nodes that follow it, at its
    level and each level up to ``region``)."""
    node: LexborNode | None = placeholder
    while node is not None and node.mem_id != region.mem_id:
        after = node.next
        while after is not None:
            if after.tag == "-text":
                if (after.text_content or "").strip():
                    return True
            elif after.tag not in _TEXTLESS and after.text(strip=True):
                return True
            after = after.next
        node = node.parent
    return False


def _placed(root: LexborNode, number: str) -> bool:
    """Moves segment ``number`` into its placeholder's place where the page shows that place
    (not inside a segment still hidden); whether it moved."""
    segment = root.css_first(f'div[hidden][id="S:{number}"]')
    placeholder = root.css_first(f'template[id="B:{number}"]')
    boundary = placeholder is not None
    if placeholder is None:
        placeholder = root.css_first(f'template[id="P:{number}"]')
    if segment is None or placeholder is None or _in_segment(placeholder):
        return False
    if boundary:
        _without_fallback(placeholder, segment)
    child = segment.first_child
    while child is not None:
        after = child.next
        placeholder.insert_before(child)  # a copy: the segment is dropped below
        child = after
    placeholder.decompose()
    segment.decompose()
    return True


def _without_fallback(placeholder: LexborNode, segment: LexborNode) -> None:
    """Drops the fallback after a boundary's placeholder: up to its '<!--/$-->' where the
    '<!--$?-->' before it marks the boundary, as '$RC' does."""
    opener = placeholder.prev
    if opener is None or not opener.is_comment_node or opener.comment_content != "$?":
        # A page saved without its comments has lost the fallback's bounds: the element right
        # after the placeholder is dropped where it is a loading notice ("Loading
        # paragraph...", one line ending in an ellipsis), the fallback's usual text.
        after = placeholder.next
        if (
            after is not None
            and after.tag != "-text"
            and _LOADING.fullmatch(after.text())
            and not inside(segment, after)
            and after.mem_id != segment.mem_id
        ):
            after.decompose()
        return
    fallback: list[LexborNode] = []
    depth = 0
    node = placeholder.next
    while node is not None:
        if node.is_comment_node:
            data = node.comment_content
            if data == _CLOSER:
                if depth == 0:
                    if any(inside(segment, element) for element in fallback):
                        return  # the segment sent inside its own fallback: left as it is
                    for element in fallback:
                        element.decompose()
                    return
                depth -= 1
            elif data in _OPENERS:
                depth += 1
        fallback.append(node)
        node = node.next
    # No '<!--/$-->' closes it (a page cut short): the rest of its parent is kept.
