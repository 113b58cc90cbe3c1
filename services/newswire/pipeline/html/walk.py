"""The tree walk: the page's elements as text blocks, each remembering the elements around it.

One iterative walk over the parsed tree (no recursion: absurdly deep markup cannot overflow the
stack). Elements that are never story text (scripts, forms, navigation, hidden or furniture-named
elements, see ``junk``) are skipped with everything inside them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.controls import button_label
from newswire.pipeline.html.hidden import may_hide
from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.junk import DROP_TAGS, NAMED_DROP_TAGS, NO_ATTRIBUTES
from newswire.pipeline.html.language_links import primary_language
from newswire.pipeline.html.page_root import page_root
from newswire.pipeline.html.post_headers import dropped_post_lines, post_element, post_header_lines
from newswire.pipeline.html.poster_cards import poster_details
from newswire.pipeline.html.reference_lists import reference_list
from newswire.pipeline.html.review_cards import product_reviews
from newswire.pipeline.html.role_buttons import named_button_label, role_button_label
from newswire.pipeline.html.signup_boxes import signup_boxes as boxes
from newswire.pipeline.html.site_footer import site_footer
from newswire.pipeline.html.text import pre_lines, squeeze
from newswire.pipeline.html.tweet_quotes import tweet_quote
from newswire.pipeline.html.walk_elements import content_header, dropped, passed_over
from newswire.pipeline.html.word_breaks import abutting

# Elements that start and end a text block; everything else is inline.
_BLOCK_TAGS: Final = (
    frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd"})
    | frozenset({"blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "tbody"})
    | frozenset({"thead", "tfoot", "caption", "address", "center", "hr", "body", "form"})
    | frozenset({"fieldset", "details", "summary"})
)
HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELL_TAGS: Final = frozenset({"td", "th"})


@dataclass(slots=True)
class Block:
    """A run of text between two block boundaries (an element start or end, a <br>)."""

    text: str
    tag: str
    link_chars: int
    #: Ids of enclosing elements, outermost first; the last one is the block's own element.
    path: tuple[int, ...]

    # Written out, not generated: ``dataclass`` keeps a class's own ``__init__``, which mypyc
    # compiles; the one it generates is interpreted code even in the compiled build (~0.6 µs
    # a call, and the walk makes a block for every text of the page).
    def __init__(self, text: str, tag: str, link_chars: int, path: tuple[int, ...]) -> None:
        self.text = text
        self.tag = tag
        self.link_chars = link_chars
        self.path = path


@dataclass(slots=True)
class Tree:
    """The block elements the walk kept: parent and class name of each, by element id."""

    parents: dict[int, int]
    classes: dict[int, str]
    #: Elements that mark the page's main region (<main>, role="main"), in page order.
    mains: list[int]
    #: (tag, class attribute) of the elements skipped as furniture, for the page classifier.
    dropped: list[tuple[str, str]]
    #: <blockquote> elements: a reply's quote of an earlier post.
    quotes: set[int] = field(default_factory=set)
    #: The page says it is a thread (a forum's, a Q&A page's).
    discussion: bool = False
    #: Block elements that are a forum's posts (``post_headers.post_element``).
    posts: set[int] = field(default_factory=set)
    #: The page says it is one product's (``product_cards``).
    product: bool = False
    #: The page says it is a question and its answers (``story_pages.declares_answers``).
    answers: bool = False
    #: On such a page, the block elements that directly hold a link without text (a card's
    #: overlay link: an empty <a> stretched over a tile beside its name and price).
    overlays: set[int] = field(default_factory=set)
    #: An element the walk judged is marked hidden (``hidden.may_hide``): without one, a walk
    #: into hidden elements is this walk again.
    hides: bool = False
    #: The labels of links styled as buttons (``controls.button_label``).
    buttons: set[str] = field(default_factory=set)
    #: The labels of elements made buttons (``role_buttons``).
    controls: set[str] = field(default_factory=set)


def walk(  # noqa: PLR0912, PLR0915 - a decision list: one element kind after another
    root: LexborNode,
    *,
    by_name: bool,
    noscript: bool = False,
    hidden: bool = False,
    discussion: bool = False,
    product: bool = False,
    answers: bool = False,
    story_page: bool = False,
    holds: Holds | None = None,
) -> tuple[list[Block], Tree]:
    """The text blocks under ``root``; ``by_name``: skip elements named like furniture;
    ``noscript``: walk into <noscript> (a script-built page's text for crawlers); ``hidden``:
    walk into hidden elements (a page whose scripts move its content into place);
    ``discussion``: the page says it is a thread, whose posts may be named comments;
    ``product``: the page says it is one product's and ``answers`` a question's with its
    answers (both kept in the ``Tree``); ``story_page``:
    its head says it is one story (its modules are no sections of a landing page);
    ``holds``: the ``Holds`` of an earlier walk of the same ``root`` (a retry's), whose
    queries of the tree stand: the walk's options change what it skips, not the tree."""
    blocks: list[Block] = []
    tree = Tree({}, {}, [], [], discussion=discussion, product=product, answers=answers)
    parts: list[str] = []
    link_chars = 0
    link_depth = 0
    # The text so far ends with a link's (its </a> passed since): a word's end (``abutting``).
    link_end = False
    next_id = 1
    # Each frame: (element, element id, tag, is_block); ``child``, the next node, is found by
    # the tree's links (first child, next sibling): an iterator an element cost a third of it.
    # The walk starts below the bare wrappers that hold the whole body (see ``page_root``).
    start = page_root(root)
    stack: list[tuple[LexborNode, int, str, bool]] = [(start, 0, "body", True)]
    child = start.first_child
    path: list[int] = [0]
    block_tags: list[str] = ["body"]
    holds = holds if holds is not None else Holds(root)
    # Inside <pre> a syntax highlighter names its tokens ("hljs-comment", "token comment"):
    # a code sample's comment, never the page's comment section, so no name rule applies.
    in_pre = 0
    # A footer in plain <div>s is dropped as a <footer> is (see ``site_footer``).
    footer = holds.footer(site_footer)
    # A product's reviews (``review_cards``), the page's sign-up boxes (``signup_boxes``) and
    # a thread's poster cards' ranks, counters and fields (``poster_cards``).
    panels = (holds.panels(product_reviews) if product else frozenset()) | holds.signups(boxes)
    if discussion:
        panels |= holds.posters(poster_details)
    page = root.parent
    page_language = primary_language(page.attributes.get("lang")) if page is not None else None

    while True:
        if child is None:
            element, _node_id, tag, is_block = stack.pop()
            if is_block:
                if parts:
                    _flush(blocks, parts, block_tags[-1], link_chars, path, in_pre=in_pre)
                    link_chars = 0
                path.pop()
                if block_tags.pop() == "pre":
                    in_pre -= 1
            elif tag == "a":
                link_depth -= 1
                link_end = True
            if not stack:
                break
            child = element.next
            continue
        child_tag = child.tag
        if child_tag == "-text":
            text = child.text_content
            # A block's leading white space (the markup's line breaks and indents between
            # elements: two texts in three) is what ``_flush`` strips, code's too (its blank
            # lines go, its lines' leading spaces collapse): not kept, and the boundary after
            # it flushes nothing (~100,000 calls of ``_flush`` in 150,000 over the dev pages).
            if text and (parts or not text.isspace()):
                parts.append(text)
                link_end = False
                if link_depth:
                    link_chars += len(text.strip())
            child = child.next
            continue
        if child_tag == "br":
            if parts:
                _flush(blocks, parts, block_tags[-1], link_chars, path, in_pre=in_pre)
                link_chars = 0
            child = child.next
            continue
        if child_tag is None:
            child = child.next
            continue
        # Attributes are read once per element (selectolax builds a new dict on each read);
        # an element kept by its tag and without attributes is never junk: not asked. An
        # element dropped or kept by its tag alone (an <img>, a <script>, an <svg>: most of a
        # page's attributes) is never asked about them: only a <header> and a <figure> can
        # be judged by their names (see is_junk).
        attrs = (
            child.attributes
            if child_tag not in DROP_TAGS or child_tag in NAMED_DROP_TAGS
            else NO_ATTRIBUTES
        )
        # A <header> of the content (``content_header``) is walked into as a <div> would be.
        if child_tag == "header":
            if not tree.hides and may_hide(attrs):
                tree.hides = True
            if content_header(
                child,
                attrs,
                holds,
                mains=tree.mains,
                block_tags=block_tags,
                path=path,
                by_name=by_name,
                noscript=noscript,
                hidden=hidden,
                discussion=discussion,
                story_page=story_page,
            ):
                stack.append((child, next_id, child_tag, False))
                next_id += 1
                child = child.first_child
                continue
            # A thread's post header: its poster and date stay, its tools go (see
            # ``post_headers``).
            if discussion and (header_lines := post_header_lines(child)):
                if parts:
                    _flush(blocks, parts, block_tags[-1], link_chars, path, in_pre=in_pre)
                    link_chars = 0
                blocks.extend(Block(text, tag, 0, tuple(path)) for text, tag in header_lines)
        if passed_over(
            child, child_tag, attrs, product=product, in_pre=in_pre, page_language=page_language
        ):
            child = child.next
            continue
        if child_tag == "a" and by_name and not in_pre and (label := button_label(child, attrs)):
            tree.buttons.add(label)
        elif (
            "role" in attrs and (label := role_button_label(child, child_tag, attrs["role"]))
        ) or (by_name and (label := named_button_label(child, child_tag, attrs.get("class")))):
            tree.controls.add(label)
        if (
            (footer is not None and child.mem_id == footer)
            or (panels and child.mem_id in panels)
            or reference_list(child, child_tag, holds)
        ):
            child = child.next
            continue
        if attrs or child_tag in DROP_TAGS:
            # ``may_hide`` needs one of these attributes; most elements have none.
            if (
                not tree.hides
                and ("style" in attrs or "hidden" in attrs or "aria-hidden" in attrs)
                and may_hide(attrs)
            ):
                tree.hides = True
            if dropped(
                child,
                child_tag,
                attrs,
                holds,
                parent_tag=block_tags[-1],
                link_depth=link_depth,
                in_pre=in_pre,
                by_name=by_name,
                noscript=noscript,
                hidden=hidden,
                discussion=discussion,
                story_page=story_page,
            ):
                # Only elements dropped by name, role or style are worth their class attribute.
                named = "" if child_tag in DROP_TAGS else attrs.get("class") or ""
                tree.dropped.append((child_tag, named))
                # A thread's post keeps its poster's name and date (see ``post_headers``).
                if lines := dropped_post_lines(child, child_tag, holds, discussion=discussion):
                    if parts:
                        _flush(blocks, parts, block_tags[-1], link_chars, path, in_pre=in_pre)
                        link_chars = 0
                    blocks.extend(Block(text, tag, 0, tuple(path)) for text, tag in lines)
                child = child.next
                continue
        child_block = child_tag in _BLOCK_TAGS
        # A space before a cell's text, or between abutting fields, only after text: a block's
        # leading space is stripped (see the texts above).
        if parts and (
            child_tag in _CELL_TAGS
            or (not child_block and abutting(parts[-1], child, after_link=link_end))
        ):
            parts.append(" ")
        if child_tag == "a" and (quote := tweet_quote(child, attrs)) is not None:
            parts.append(quote)  # a story's line printed as a tweet's link (``tweet_quotes``)
            child = child.next
            continue
        if child_block:
            if parts:
                _flush(blocks, parts, block_tags[-1], link_chars, path, in_pre=in_pre)
                link_chars = 0
            tree.parents[next_id] = path[-1]
            # Squeezed as the walk's texts are: most class attributes are already single-spaced.
            if names := squeeze(attrs.get("class") or ""):
                tree.classes[next_id] = names
            if post_element(attrs, discussion=discussion):
                tree.posts.add(next_id)
            if child_tag == "main" or attrs.get("role") == "main":
                tree.mains.append(next_id)
            elif child_tag == "blockquote":
                tree.quotes.add(next_id)
            path.append(next_id)
            block_tags.append(child_tag)
            if child_tag == "pre":
                in_pre += 1
        elif child_tag == "a":
            link_depth += 1
            if product and not child.text(deep=True).strip():
                tree.overlays.add(path[-1])
        stack.append((child, next_id, child_tag, child_block))
        next_id += 1
        child = child.first_child
    if parts:
        _flush(blocks, parts, block_tags[-1], link_chars, path, in_pre=in_pre)
    return blocks, tree


def _flush(
    blocks: list[Block],
    parts: list[str],
    tag: str,
    link_chars: int,
    path: list[int],
    *,
    in_pre: int,
) -> None:
    """The text of ``parts`` as a block of ``blocks`` (if any), ``parts`` emptied: called only
    when ``parts`` holds text (``link_chars`` counts only what ``parts`` holds, so it is 0
    whenever ``parts`` is empty): a page has as many block boundaries as elements, most with
    nothing to flush. A function of its own, not a closure of the walk's: a closure and the
    walk's variables hold each other, a cycle that kept each walk's blocks until the garbage
    collector's next pass, which walked them all."""
    # ``squeeze`` is SPACE.sub(" ", …).strip(): both split at str.isspace. Code
    # keeps its lines (spaces inside a line still collapse, blank lines go).
    text = pre_lines("".join(parts)) if in_pre else squeeze("".join(parts))
    if text:
        blocks.append(Block(text, tag, link_chars, tuple(path)))
    parts.clear()
