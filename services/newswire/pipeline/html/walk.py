"""The tree walk: the page's elements as text blocks, each remembering the elements around it.

One iterative walk over the parsed tree (no recursion: absurdly deep markup cannot overflow the
stack). Elements that are never story text (scripts, forms, navigation, hidden or furniture-named
elements) are skipped with everything inside them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.layout_wrappers import Holds, holds_the_story, numbered_slot
from newswire.pipeline.html.names import (
    ARTICLE_BODY,
    MIN_ARTICLE_PARAGRAPHS,
    TOKEN_PARTS,
    Verdict,
    name_verdict,
    without_comment_names,
)

# Never article text: code, embedded documents, form controls, and page chrome by its tag name.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "picture",
        "img",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "label",
        "nav",
        "aside",
        "footer",
        "header",
        "dialog",
        "menu",
        "figure",
        "figcaption",
        "head",
        "title",
        "link",
        "meta",
        "source",
        "track",
        "map",
        "area",
        "_comment",
    }
)
# Elements that start and end a text block; everything else is inline.
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "tbody",
        "thead",
        "tfoot",
        "caption",
        "address",
        "center",
        "hr",
        "body",
        "form",
        "fieldset",
        "details",
        "summary",
    }
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELL_TAGS = frozenset({"td", "th"})
_JUNK_ROLES = frozenset(
    {
        "navigation",
        "complementary",
        "banner",
        "contentinfo",
        "dialog",
        "alert",
        "menu",
        "menubar",
        "search",
        "toolbar",
    }
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(slots=True)
class Block:
    """A run of text between two block boundaries (an element start or end, a <br>)."""

    text: str
    tag: str
    link_chars: int
    #: Ids of enclosing elements, outermost first; the last one is the block's own element.
    path: tuple[int, ...]


# Page chrome by its tag name; but some layouts wrap the whole page in one of them (a theme's
# <aside class="announcement-banner"> around <main>, a <header> around the post): such an element
# holds the page's main content, which is never chrome. (Not any <article>: asides and footers
# hold related stories' cards as <article>s.)
_CHROME_TAGS = frozenset({"nav", "aside", "header", "footer"})
_MAIN = "main, [role=main]"


# React's streamed server rendering sends each finished Suspense boundary as <div hidden
# id="S:0"> at the end of the body, for a script to move into place: on Next.js pages that is
# where the whole story is.
_STREAMED_SEGMENT = re.compile(r"S:\d+")
# A page hidden as a whole until its scripts and styles load (against a flash of unstyled
# content) holds the headline and the story; a hidden menu, modal or template does not.
_REVEALED_PAGE = "h1, main, [role=main], " + ARTICLE_BODY


def _revealed_later(node: LexborNode, node_id: str | None) -> bool:
    if node_id and _STREAMED_SEGMENT.fullmatch(node_id):
        return True
    return (
        node.css_first(_REVEALED_PAGE) is not None
        and len(node.css("p, br")) >= MIN_ARTICLE_PARAGRAPHS
    )


# A panel that the reader opens with one click: the other tabs of a tabbed box (a guide's code
# in several languages, a product's specs beside its description), an FAQ's or a service
# page's accordion answers. Hidden until clicked, they are the page's content all the same
# (readers of every tab see them; the ground truth of such pages has them), unlike a hidden
# menu or modal. Known by their role, the tab or button that labels them, or their name; the
# name rules still apply to them (a "navbar-collapse" is still navigation).
_PANEL_ROLES = frozenset({"tabpanel", "region"})
_PANEL_PARTS = frozenset(
    {"tab", "tabs", "tabpanel", "pane", "panel", "accordion", "collapse", "collapsible", "faq"}
)


def _shown_on_demand(attrs: Mapping[str, str | None]) -> bool:
    role = attrs.get("role")
    if (role and role.lower() in _PANEL_ROLES) or "aria-labelledby" in attrs:
        return True
    names = attrs.get("class")
    if not names:
        return False
    return any(
        part.lower() in _PANEL_PARTS for token in names.split() for part in TOKEN_PARTS.split(token)
    )


def _is_junk(  # noqa: PLR0911 - a decision list: each kind of furniture answers on its own
    node: LexborNode,
    tag: str,
    attrs: Mapping[str, str | None],
    holds: Holds,
    *,
    by_name: bool,
    noscript: bool,
    hidden: bool,
    discussion: bool = False,
) -> bool:
    """``attrs``: the element's attributes, read once per element by the walk;
    ``discussion``: the page says it is a discussion (see ``comment_named_post``)."""
    # Block editors put a story's data table in a <figure> (WordPress's "wp-block-table"): a
    # ranking or a schedule is text, not an image, so such a figure is walked like any element
    # (its <figcaption> still dropped).
    if tag in _DROP_TAGS and not (tag == "figure" and holds(node, "table")):
        if tag in _CHROME_TAGS:
            # Site builders (Webflow's "section_*" headers) also use <header> for a section
            # of the page, the story's included: a page's masthead never holds five paragraphs.
            return not holds(node, _MAIN, ARTICLE_BODY) and not (
                tag == "header" and len(node.css("p")) >= MIN_ARTICLE_PARAGRAPHS
            )
        # A script-built page (Discourse's forum threads, some shops) serves its text to
        # crawlers and readers without JavaScript inside <noscript>.
        return not (noscript and tag == "noscript")
    if not attrs:
        return False
    style = attrs.get("style")
    if (
        not hidden
        and (
            "hidden" in attrs
            or attrs.get("aria-hidden") == "true"
            or (style and _HIDDEN_STYLE.search(style))
        )
        and not _shown_on_demand(attrs)
    ):
        return not _revealed_later(node, attrs.get("id"))
    role = attrs.get("role")
    if role and role.lower() in _JUNK_ROLES:
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if not by_name or len(names) < 2 or tag in {"body", "html", "main"}:
        return False
    verdict = name_verdict(names)
    if verdict is Verdict.NEGATIVE and discussion:
        verdict = name_verdict(without_comment_names(names))
    if verdict is Verdict.NEGATIVE:
        # Some themes wrap the whole page in a "body_overlay" or the post in a "widget": a
        # node that holds the marked-up article body is not boilerplate, whatever its name.
        return not holds(node, ARTICLE_BODY) and not holds_the_story(node, names, holds)
    return (
        verdict is Verdict.WEAK
        and len(node.css("p, br")) < MIN_ARTICLE_PARAGRAPHS
        and not holds(node, ARTICLE_BODY)
        and not numbered_slot(names)
    )


# A listing's items as a row of <article> cards, each with its headline and teaser in a
# <header> ("river" layouts of topic and archive pages): such a header is the item, not a
# story's byline box; a story's own <article> has no run of sibling <article>s around it.
# Half B all types 0.8640 -> 0.8650 (collection 0.678 -> 0.685, listing 0.722 -> 0.727),
# half A neutral (0.85509 -> 0.85507), articles and ScrapingHub (0.980) unchanged.
_MIN_CARDS = 3


def _card_header(node: LexborNode) -> bool:
    card = node.parent
    if card is None or card.tag != "article" or card.parent is None:
        return False
    return sum(1 for sibling in card.parent.iter() if sibling.tag == "article") >= _MIN_CARDS


# A row of fields laid out by a stylesheet (a flex row of <span>s: a film's year, length and
# rating; a price, its list price and the saving; a filter's names and counts; a spec's label
# and value) has no space between its elements, yet shows them apart, and its reader's text
# has their words apart: "2026 1h 54m", not "20261h". An inline element right after another
# one starts a new word when the text before it is one word or ends in a sign or a digit's
# bracket ("$139.95", "Aries (38)"). Word processors and site builders split a sentence's runs
# of text into <span>s anywhere, mid-word too ("includin" + "g"): text before the element that
# holds several words and ends in a letter or a digit is such a run, and stays glued. Half A
# all types 0.87048 -> 0.87091 (listing 0.739 -> 0.743, documentation 0.928 -> 0.930; 26 pages
# better, 22 worse by <= 0.009), articles 0.96350 -> 0.96349; half B all types 0.87756 ->
# 0.87788 (collection 0.706 -> 0.709; 22 better, 12 worse by <= 0.012), articles 0.95449 ->
# 0.95452; ScrapingHub word F1 0.98559 -> 0.98562. (Any adjacent elements: half A +0.0008 but
# articles -0.00003 and a B collection -0.15, words split in two.)
def _abutting(before: str, node: LexborNode) -> bool:
    """``node`` is an inline element right after another element, starting a new word
    after ``before`` (the text so far of its block's last text node)."""
    previous = node.prev
    if previous is None or previous.tag == "-text" or before[-1:].isspace():
        return False
    field = before.strip()
    return len(field) >= 2 and (not field[-1].isalnum() or len(field.split()) == 1)


def _pre_lines(text: str) -> str:
    return "\n".join(line for line in (" ".join(row.split()) for row in text.splitlines()) if line)


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


def walk(  # noqa: PLR0912, PLR0915 - a decision list: one element kind after another
    root: LexborNode,
    *,
    by_name: bool,
    noscript: bool = False,
    hidden: bool = False,
    discussion: bool = False,
) -> tuple[list[Block], Tree]:
    """The text blocks under ``root``; ``by_name``: skip elements named like furniture;
    ``noscript``: walk into <noscript> (a script-built page's text for crawlers); ``hidden``:
    walk into hidden elements (a page whose scripts move its content into place);
    ``discussion``: the page says it is a thread, whose posts may be named comments."""
    blocks: list[Block] = []
    tree = Tree({}, {}, [], [])
    parts: list[str] = []
    link_chars = 0
    link_depth = 0
    next_id = 1
    # Each frame: (element, element id, tag, is_block); ``child`` is the next node to visit,
    # found by following the tree's links (first child, next sibling) rather than by an
    # iterator per element (a generator per element cost a third of the walk's steps).
    stack: list[tuple[LexborNode, int, str, bool]] = [(root, 0, "body", True)]
    child = root.first_child
    path: list[int] = [0]
    block_tags: list[str] = ["body"]
    holds = Holds(root)
    # Inside <pre> a syntax highlighter names its tokens ("hljs-comment", "token comment"):
    # a code sample's comment, never the page's comment section, so no name rule applies.
    in_pre = 0

    def flush() -> None:
        # Called only when ``parts`` holds text (``link_chars`` counts only what ``parts``
        # holds, so it is 0 whenever ``parts`` is empty): a page has as many block boundaries
        # as elements, most with nothing to flush.
        nonlocal link_chars
        # " ".join(split()) is SPACE.sub(" ", …).strip(): both split at str.isspace. Code
        # keeps its lines (spaces inside a line still collapse, blank lines go).
        text = _pre_lines("".join(parts)) if in_pre else " ".join("".join(parts).split())
        if text:
            blocks.append(Block(text, block_tags[-1], link_chars, tuple(path)))
        parts.clear()
        link_chars = 0

    while True:
        if child is None:
            element, _node_id, tag, is_block = stack.pop()
            if is_block:
                if parts:
                    flush()
                path.pop()
                if block_tags.pop() == "pre":
                    in_pre -= 1
            elif tag == "a":
                link_depth -= 1
            if not stack:
                break
            child = element.next
            continue
        child_tag = child.tag
        if child_tag == "-text":
            text = child.text_content
            if text:
                parts.append(text)
                if link_depth:
                    link_chars += len(text.strip())
            child = child.next
            continue
        if child_tag == "br":
            if parts:
                flush()
            child = child.next
            continue
        if child_tag is None:
            child = child.next
            continue
        # Attributes are read once per element (selectolax builds a new dict on each read);
        # an element kept by its tag and without attributes is never junk: not asked.
        attrs = child.attributes
        # A <header> inside the page's <main> heads a part of the content (a service page's
        # hero, a section's intro); the site's masthead is outside it, and a story's header
        # inside its <article> holds the headline, byline and share tools, as before.
        if (
            child_tag == "header"
            and (
                (
                    tree.mains
                    and "article" not in block_tags
                    and not set(tree.mains).isdisjoint(path)
                )
                or _card_header(child)
            )
            and not _is_junk(
                child,
                "div",
                attrs,
                holds,
                by_name=by_name,
                noscript=noscript,
                hidden=hidden,
                discussion=discussion,
            )
        ):
            stack.append((child, next_id, child_tag, False))
            next_id += 1
            child = child.first_child
            continue
        if (attrs or child_tag in _DROP_TAGS) and _is_junk(
            child,
            child_tag,
            attrs,
            holds,
            by_name=by_name and not in_pre,
            noscript=noscript,
            hidden=hidden,
            discussion=discussion,
        ):
            # Only elements dropped by name, role or style are worth their class attribute.
            named = "" if child_tag in _DROP_TAGS else attrs.get("class") or ""
            tree.dropped.append((child_tag, named))
            child = child.next
            continue
        child_block = child_tag in _BLOCK_TAGS
        if child_tag in _CELL_TAGS or (parts and not child_block and _abutting(parts[-1], child)):
            parts.append(" ")
        if child_block:
            if parts:
                flush()
            tree.parents[next_id] = path[-1]
            names = (attrs.get("class") or "").split()
            if names:
                tree.classes[next_id] = " ".join(names)
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
        stack.append((child, next_id, child_tag, child_block))
        next_id += 1
        child = child.first_child
    if parts:
        flush()
    return blocks, tree
