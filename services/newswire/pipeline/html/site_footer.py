"""The site's footer found by its place and its words, for pages without a <footer> tag."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.names import ARTICLE_BODY, MAIN
from newswire.pipeline.html.page_root import page_root
from newswire.pipeline.textnorm import lacks_words

# A site built in plain <div>s (no <footer>, no role="contentinfo") still ends its page with
# the footer: the last block of the body, or of the wrapper that holds the whole page, after
# the story, with the site's legal lines (a copyright notice, "All rights reserved"). Its
# disclaimer ("This site is published by ..., which is solely responsible for its contents")
# is a paragraph of prose that can outscore a story split into many small boxes, and the
# walk that drops a <footer> by its tag keeps it. Known by structure, not by tag or name: the
# last element of its parent (scripts and empty elements after it aside), short beside the
# page (under _FOOTER_SHARE of its parent's text and _FOOTER_MAX_CHARS, never the page's one
# container), holding a copyright notice and neither the headline nor the page's marked main
# region or article body.
_COPYRIGHT: Final = re.compile(r"©|\bcopyright\b|all rights reserved", re.IGNORECASE)
# Every match of the notice holds one of these in some case (or the sign, beyond ASCII): an
# ASCII block holding none is settled by substring tests, for a fraction of the pattern's
# case-blind alternation tried at each place of up to 4,000 characters.
_COPYRIGHT_WORDS: Final = ("copyright", "all rights reserved")
_FOOTER_SHARE: Final = 0.5
# A footer's legal lines and link columns are short; a longer last block holds sections of the
# page too (a service page's last "why choose us" part above its footer): it is descended into.
# (Without the bound, half A all types -0.0009: such a service page's last sections lost.)
_FOOTER_MAX_CHARS: Final = 4000
# A wrapper around the whole page is descended into; a page nests its footer a few levels deep.
_FOOTER_DEPTH: Final = 6
# Elements after the footer that show nothing: scripts, templates, tracking pixels.
_UNSEEN_TAGS: Final = frozenset(
    {"script", "style", "noscript", "template", "link", "meta", "iframe", "img", "svg", "_comment"}
)
# A page builder appends its off-canvas menu or popup panel after the footer, at the body's
# end, for a script to slide it in: the page's whole site map as links, no copyright notice.
# Its names say "popup" or "offcanvas" and a name rule drops it; hashed, it stands last and
# the footer before it was never looked at (it is long, so it was descended into, and holds
# no notice). A last child of the body whose text is mostly link text (_PANEL_LINK_SHARE of
# its characters) and holds no notice is such a panel: the footer is looked for before it.
# At most _PANELS of them (a menu and a search panel). With class/id hashed (bench.perturb):
# half B all types 0.889192 -> 0.889244 (a law firm's post +0.04: its footer goes, its popup
# menu stays), half A +0.0001 (a documentation page +0.002, as is too); as is otherwise
# unchanged on both halves and on ScrapingHub. One query of the panel's links, once a page;
# none of a last child holding the <h1> (the page's wrapper: no panel).
_PANEL_LINK_SHARE: Final = 0.6
_PANELS: Final = 2
# The prefix of a candidate panel's text whose characters are counted first (``_menu_panel``):
# twice the share's bound (1 / _PANEL_LINK_SHARE of the links' characters), and some spaces.
_PREFIX_PER_LINK_CHAR: Final = 4
_PREFIX_CHARS: Final = 256


def site_footer(root: LexborNode, holds: Holds) -> int | None:
    """The ``mem_id`` of the page's footer under ``root`` (the body) when its place and its
    copyright notice say so, else None."""
    # The texts read are the last blocks' (each once) and, where the share of the body decides
    # (its last shown block is short), the body's children's from the end until they outweigh
    # that block: the body's text is the concatenation of its children's.
    # The levels are counted from below the bare wrappers around the whole body (see
    # ``page_root``): twenty of them would use up the levels before the footer.
    parent = page_root(root)
    parent_text: str | None = None
    for _ in range(_FOOTER_DEPTH):
        found = (
            _shown_from(parent.last_child, parent_text)
            if parent_text is not None
            else _last_child_before_panels(parent, holds)
        )
        if found is None:
            return None
        last, text = found
        if len(text) > _FOOTER_MAX_CHARS or (
            2 * len(text) >= len(parent_text)
            if parent_text is not None
            else not _outweighs(parent, 2 * len(text))
        ):
            # The page's wrapper (or its one container, or its last sections around the
            # footer): its own last block may be the footer.
            parent, parent_text = last, text
            continue
        if _holds_notice(text) and not holds(last, "h1", MAIN, ARTICLE_BODY):
            return last.mem_id
        return None
    return None


def _holds_notice(text: str) -> bool:
    """Whether ``text`` holds a copyright notice (``_COPYRIGHT``). The sign is a match wherever
    it stands and most notices show it ("© 2025 …"): a substring scan finds it, where the
    pattern's case-blind alternation is tried at each place of a text beyond ASCII (which
    ``lacks_words`` leaves to it; ~4 ms for a page wrapper's 70,000 characters). Over every
    third page of wcxb-dev and SH, the characters the pattern scans 492k -> 94k (~40 µs a
    page of the pattern's time)."""
    return "©" in text or (
        not lacks_words(text, _COPYRIGHT_WORDS) and _COPYRIGHT.search(text) is not None
    )


def _last_child_before_panels(root: LexborNode, holds: Holds) -> tuple[LexborNode, str] | None:
    """The body's last child element that shows text and is no menu panel (see above), and
    its text; the last shown child when all are panels."""
    found = first = _shown_from(root.last_child)
    for _ in range(_PANELS):
        # The page's wrapper holds its headline: no panel, and its links are not counted.
        if found is None or holds(found[0], "h1") or not _menu_panel(*found):
            return found
        found = _shown_from(found[0].prev)
    return found if found is not None else first


def _menu_panel(node: LexborNode, text: str) -> bool:
    """``node`` (its ``text``) is mostly link text and holds no copyright notice."""
    # The links' characters are read first: the node is often the page's wrapper (tens of
    # thousands of characters, a few links), whose notice test and count of characters over
    # its whole text cost ~10 times the links'. The characters of a prefix of the text are no
    # more than the text's: once they outweigh the links, so do the text's, and the rest of
    # the text is not read (the prefix is long enough to do so unless it is mostly spaces).
    links = sum(len("".join(link.text(deep=True).split())) for link in node.css("a"))
    head = text[: _PREFIX_PER_LINK_CHAR * links + _PREFIX_CHARS]
    if links < _PANEL_LINK_SHARE * len("".join(head.split())):
        return False
    chars = len("".join(text.split())) if len(head) < len(text) else len("".join(head.split()))
    if not (chars > 0 and links >= _PANEL_LINK_SHARE * chars):
        return False
    return not _holds_notice(text)


def _outweighs(node: LexborNode, chars: int) -> bool:
    """Whether ``node``'s text is longer than ``chars``, its children's texts read from the
    last until they are (a body ends on its footer and scripts, often longer than it)."""
    total = 0
    child = node.last_child
    while child is not None:
        total += len(child.text(deep=True))
        if total > chars:
            return True
        child = child.prev
    return False


def _shown_from(
    child: LexborNode | None, within: str | None = None
) -> tuple[LexborNode, str] | None:
    """The first element from ``child`` back through its earlier siblings that shows text,
    and its text; looked for from the end, so only the elements after it (scripts, pixels)
    and itself are read. ``within``: the text of their parent, when read already."""
    while child is not None:
        tag = child.tag
        if tag and tag not in _UNSEEN_TAGS and tag != "-text":
            text = _cut_from(within, child) if within is not None else None
            if text is None:
                text = child.text(deep=True)
            if text.strip():
                return child, text
        child = child.prev
    return None


def _cut_from(within: str, node: LexborNode) -> str | None:
    """``node.text(deep=True)`` cut out of its parent's text (``within``) when its siblings are
    only texts and comments (None otherwise). A page nests its footer in wrappers, each the
    one block of the one before: each one's text was read again whole, the page's once more.
    An element's text is its text nodes' in page order, the parent's its children's one
    after the other (a comment's none): the node's is what its sibling texts leave. Where a
    sibling is an element (a script, a block), its text is not read for this: it may be
    longer than the node's. Over every third page of wcxb-dev and SH, the footer's reads of
    text 22.4 -> 18.3 M characters, never more on a page."""
    before = _siblings_chars(node, forward=False)
    after = _siblings_chars(node, forward=True) if before is not None else None
    if before is None or after is None:
        return None
    return within[before : len(within) - after]


def _siblings_chars(node: LexborNode, *, forward: bool) -> int | None:
    """The length of the siblings' part of the parent's text on one side of ``node`` (None
    where one of them is an element)."""
    total = 0
    sibling = node.next if forward else node.prev
    while sibling is not None:
        chars = _chars(sibling)
        if chars is None:
            return None
        total += chars
        sibling = sibling.next if forward else sibling.prev
    return total


def _chars(node: LexborNode) -> int | None:
    """The length of a text's or a comment's part of its parent's text (a comment has no text
    node: none); None for any other node."""
    tag = node.tag
    if tag == "-text":
        return len(node.text_content or "")
    return 0 if tag == "-comment" else None
