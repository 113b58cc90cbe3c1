"""Who opened a forum thread, as the page's JSON-LD or microdata declares it: the author of
its DiscussionForumPosting, or of the Question a Q&A page (QAPage) is about."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.head import HeadMetadata, ld_types
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_elements import page_elements
from newswire.pipeline.textnorm import clean_line

# The item that is the thread itself: a forum's first post (Discourse, XenForo, phpBB, vBulletin
# and Reddit-like sites declare it so), and a Q&A page's question.
_THREAD_TYPES: Final = frozenset({"discussionforumposting"})
_QUESTION_TYPES: Final = frozenset({"question"})
_QA_PAGE_TYPES: Final = frozenset({"qapage"})
# A forum user's name is short; longer is a sentence or a template's slot.
_MAX_NAME_CHARS: Final = 100
# Items read per JSON-LD block (a page of a thousand comments declares each one).
_ITEMS_READ: Final = 200


def thread_opener(meta: HeadMetadata) -> list[str]:
    """The name of the thread's opener, where the page's JSON-LD declares the thread: the
    author of a DiscussionForumPosting (a top-level item, in a @graph, or the mainEntity of the
    page's WebPage), or of the Question that a QAPage's mainEntity is. The thread is the
    opener's: the replies' posters, whom the page's author links name too, are not its
    authors. Forum users' names are kept as the forum writes them ("slow-poke",
    "user447274"): they are who posted. Only the question of a QAPage counts: an FAQ's
    Questions are an article's, and have no author. On wcxb-dev (forum pages): author right
    +17 on half A."""
    for root in meta.ld_roots:
        for item in _items(root):
            names = _opener(item)
            if names:
                return names
    return []


def microdata_opener(tree: LexborHTMLParser) -> list[str]:
    """The thread's opener where the page declares the thread in microdata instead: the
    ``author`` property of the first DiscussionForumPosting item, or of the Question item that
    is the page's ``mainEntity`` (Stack Exchange's "<div itemprop="mainEntity" itemscope
    itemtype="https://schema.org/Question">", whose asker's card is "<div itemprop="author"
    itemscope itemtype="http://schema.org/Person"><meta itemprop="name"
    content="user447274">"), the property's own and not a nested answer's or comment's. An
    article's FAQ marks its Questions with no ``mainEntity``. On wcxb-dev (forum pages):
    author right +7 on half A; on half B +8 right and 2 threads whose truth has no author
    given one."""
    for node, _, attrs in page_elements(tree):
        # Most of the shared query's elements declare no item type (its links, headings,
        # <meta>s): passed over before the type's and the properties' strings are made.
        itemtype = attrs.get("itemtype")
        if not itemtype:
            continue
        kind = itemtype.rstrip("/").rsplit("/", 1)[-1].lower()
        props = (attrs.get("itemprop") or "").lower().split()
        if kind in _THREAD_TYPES or (kind in _QUESTION_TYPES and "mainentity" in props):
            return _property_names(node, "author")
    return []


def _property_names(item: LexborNode, prop: str) -> list[str]:
    """The values of the item's own ``prop`` properties (not a nested item's): a nested item's
    ``name`` property, or the property's text."""
    names: list[str] = []
    for node in item.css("[itemprop]"):
        if prop not in (node.attributes.get("itemprop") or "").lower().split():
            continue
        if not _scope_of(node, item):
            continue
        if "itemscope" in node.attributes:
            value = next(iter(_property_values(node, "name")), None)
        else:
            value = node.text(deep=True)
        names.extend(_author_names(value))
    return names


def _property_values(item: LexborNode, prop: str) -> list[str]:
    values: list[str] = []
    for node in item.css("[itemprop]"):
        if prop in (node.attributes.get("itemprop") or "").lower().split() and _scope_of(
            node, item
        ):
            content = node.attributes.get("content")
            values.append(content if content is not None else node.text(deep=True))
    return values


def _scope_of(node: LexborNode, item: LexborNode) -> bool:
    """Whether ``item`` is the nearest item (itemscope) above ``node``."""
    parent = node.parent
    while parent is not None:
        if "itemscope" in parent.attributes:
            return parent.mem_id == item.mem_id
        parent = parent.parent
    return False


# XenForo's thread header under the title: "Thread starter" (a screen reader's label) then the
# starter's name in a link of its own ("Thread starter" / "SamuelMIz" / "Start date" / …), or
# on one line ("Thread starter lulug30").
_STARTER: Final = re.compile(r"^Thread\s+starter\s*:?\s*(?P<name>.*)$", re.IGNORECASE)
# The texts after the headline where the thread's header sits.
_STARTER_TEXTS: Final = 6
_MAX_STARTER_CHARS: Final = 40


def thread_starter(near: HeadlineTexts) -> list[str]:
    """The name a forum's "Thread starter" label gives, among the first texts under the
    headline, where the page declares its thread in neither JSON-LD nor microdata: the label
    says whose thread it is, as the forum writes the name; the author links after it name
    every reply's poster as well. On wcxb-dev (forum pages): author right +2 on half A."""
    pending = False
    for item in near.after_headline(_STARTER_TEXTS):
        text = item.text
        match = _STARTER.match(text)
        name = match["name"].strip() if match is not None else ""
        if pending and not (match is not None and not name):
            return [text] if len(text) <= _MAX_STARTER_CHARS else []
        if match is None:
            continue
        if not name:
            # The label alone, maybe twice (XenForo 2 prints it as its user icon's ``<title>``
            # and again for screen readers): the name is the next text that is not the label.
            pending = True
            continue
        return [name] if len(name) <= _MAX_STARTER_CHARS else []
    return []


def _opener(item: Mapping[str, object]) -> list[str]:
    types = ld_types(item)
    if types & _THREAD_TYPES:
        return _author_names(item.get("author"))
    entity = item.get("mainEntity")
    if isinstance(entity, list):
        entity = entity[0] if entity else None
    if not isinstance(entity, Mapping):
        return []
    entity_types = ld_types(entity)
    if entity_types & _THREAD_TYPES or (types & _QA_PAGE_TYPES and entity_types & _QUESTION_TYPES):
        return _author_names(entity.get("author"))
    return []


def _author_names(author: object) -> list[str]:
    names: list[str] = []
    for given in author if isinstance(author, list) else [author]:
        value = given.get("name") if isinstance(given, Mapping) else given
        if isinstance(value, str):
            name = clean_line(value)
            if name and len(name) <= _MAX_NAME_CHARS and name not in names:
                names.append(name)
    return names


def _items(root: object) -> list[Mapping[str, object]]:
    """The JSON-LD block's items: a list's, and a @graph's."""
    out: list[Mapping[str, object]] = []
    pending = [root]
    while pending and len(out) < _ITEMS_READ:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, Mapping):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph)
    return out
