"""The layout of an HTML page in numbers, from what the extractor's walk already found.

The page-type classifier must cost almost nothing on top of extraction (a lexbor CSS query over
the whole tree costs ~0.15 ms, a regex over the raw HTML ~0.2 ms), so it asks no new question of
the tree: it summarizes the text blocks the extractor's walk produced (text, enclosing block tag,
characters inside links, enclosing element ids), the class names of the block elements it kept,
the elements it dropped as page furniture (form controls, navigation, comment sections), and the
page's declared types (``og:type``, JSON-LD ``@type``).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from newswire.pipeline.pagetype.wording import word_rates

#: The structure of a page: named numbers (counts are log1p-scaled, shares are 0-1).
Structure = Mapping[str, float]


class Block(Protocol):
    """What the classifier reads of one text block of the extractor's walk."""

    @property
    def text(self) -> str: ...
    @property
    def tag(self) -> str: ...
    @property
    def link_chars(self) -> int: ...


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_FORM_CONTROLS = frozenset({"input", "select", "textarea", "button", "option", "label"})
# Words in class names that several page types use for their repeated units; each family is a
# feature, and the data decides how much it says (a "post" is a forum message or a blog teaser).
_NAME_FAMILIES: dict[str, frozenset[str]] = {
    "comment": frozenset({"comment", "comments", "reply", "replies", "disqus", "commentlist"}),
    "forum": frozenset(
        {"post", "posts", "message", "messages", "thread", "threads", "topic", "forum", "bbcode"}
    ),
    "shop": frozenset(
        {"product", "products", "price", "prices", "cart", "basket", "sku", "shop", "variant"}
    ),
    "docs": frozenset(
        {"toc", "docs", "doc", "documentation", "api", "highlight", "syntax", "code", "sidebar"}
    ),
    "card": frozenset(
        {"card", "cards", "teaser", "tile", "grid", "item", "items", "result", "results", "entry"}
    ),
}
_FAMILY_KEYS = {family: (f"class_{family}", f"dropped_{family}") for family in _NAME_FAMILIES}
_NAME_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
# Furniture words are read in the short blocks only (labels, buttons, menu entries, teaser
# lines, dates, prices): that is where a page's kind shows, and skipping the prose makes the scan
# cheap on stories (domain-grouped CV on wcxb-dev: as good as scanning all text, or better).
_LABEL_CHARS = 100
# A block "ends a sentence" when its last character, closing quotes and brackets aside, is one of
# these (a string test: a `$`-anchored regex search walks the whole block).
_SENTENCE_ENDS = frozenset(".!?。！？")
_CLOSERS = "'\"”’)"
# Declared types, grouped: JSON-LD @type names (lower-cased) that say the same thing.
_LD_FAMILIES: dict[str, frozenset[str]] = {
    "article": frozenset(
        {
            "newsarticle",
            "article",
            "blogposting",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "liveblogposting",
            "report",
            "scholarlyarticle",
            "socialmediaposting",
        }
    ),
    "product": frozenset(
        {"product", "offer", "aggregateoffer", "productgroup", "individualproduct", "itempage"}
    ),
    "collection": frozenset({"collectionpage", "itemlist", "searchresultspage", "offercatalog"}),
    "forum": frozenset(
        {"discussionforumposting", "qapage", "question", "answer", "comment", "conversation"}
    ),
    "docs": frozenset(
        {"techarticle", "apireference", "softwaresourcecode", "softwareapplication", "howto"}
    ),
    "service": frozenset(
        {
            "service",
            "localbusiness",
            "professionalservice",
            "organization",
            "corporation",
            "contactpage",
            "aboutpage",
            "faqpage",
            "medicalbusiness",
            "legalservice",
            "homeandconstructionbusiness",
        }
    ),
    "webpage": frozenset({"webpage", "website"}),
    "breadcrumb": frozenset({"breadcrumblist"}),
    "person": frozenset({"person", "profilepage"}),
}
_OG_TYPES = ("article", "product", "website", "blog", "profile")


@functools.lru_cache(maxsize=8192)
def _families(names: str) -> frozenset[str]:
    """The name families of a class attribute; pages repeat their class names, hence the cache."""
    words = {part.lower() for part in _NAME_SPLIT.split(names) if part}
    return frozenset(family for family, members in _NAME_FAMILIES.items() if words & members)


def summarize(  # noqa: PLR0912, PLR0915 - a decision list: one page-layout feature after another
    blocks: Sequence[Block],
    classes: Iterable[str],
    dropped: Sequence[tuple[str, str]],
    *,
    og_type: str | None,
    ld_types: Iterable[str],
) -> dict[str, float]:
    """The page's layout as named numbers (see the module docstring for where each comes from).

    ``classes``: the class attribute of each block element the walk kept; ``dropped``: (tag,
    class attribute) of each element the walk skipped as furniture.
    """
    out: dict[str, float] = {}
    labels: list[str] = []
    total = links = spaces = headings = heading_links = items = item_links = 0
    paragraphs = long_paragraphs = code = rows = short = linky = sentences = 0
    # One pass, most frequent tags first: this loop is most of the summary's cost.
    for block in blocks:
        text = block.text
        size = len(text)
        link = block.link_chars
        total += size
        links += link
        spaces += text.count(" ")
        if size < _LABEL_CHARS:
            labels.append(text)
            if size < 40:
                short += 1
        if link * 10 >= size * 7:
            linky += 1
        if text.rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS:
            sentences += 1
        tag = block.tag
        if tag == "p":
            paragraphs += 1
            long_paragraphs += size >= 200 and link * 2 < size
        elif tag == "li":
            items += 1
            item_links += link * 2 >= size
        elif tag in _HEADINGS:
            headings += 1
            heading_links += link * 2 >= size
        elif tag == "pre":
            code += 1
        elif tag == "tr":
            rows += 1
    count = max(1, len(blocks))
    words = spaces + len(blocks)
    log = math.log1p
    out["blocks"] = log(len(blocks))
    out["page_chars"] = log(total)
    out["link_share"] = links / total if total else 1.0
    out["headings"] = log(headings)
    out["headings_per_100_words"] = 100 * headings / max(words, 50)
    out["heading_link_share"] = heading_links / headings if headings else 0.0
    out["heading_links"] = log(heading_links)
    out["list_items"] = log(items)
    out["list_item_link_share"] = item_links / items if items else 0.0
    out["paragraph_blocks"] = log(paragraphs)
    out["long_paragraphs"] = log(long_paragraphs)
    out["code_blocks"] = log(code)
    out["table_rows"] = log(rows)
    out["short_block_share"] = short / count
    out["link_block_share"] = linky / count
    out["sentence_block_share"] = sentences / count

    # Repeated units: the most repeated class name among block elements (teaser cards, posts,
    # product tiles), and how many distinct names repeat five times or more.
    seen = Counter(classes)
    top = max(seen.values(), default=0)
    out["top_class_repeat"] = log(top)
    out["repeated_classes"] = log(sum(1 for n in seen.values() if n >= 5))
    kept: Counter[str] = Counter()
    for names, n in seen.items():
        for family in _families(names):
            kept[family] += n
    # Counted per distinct class attribute: pages repeat them (every <li class="menu-item">).
    gone: Counter[str] = Counter()
    for names, n in Counter(names for _, names in dropped if names).items():
        for family in _families(names):
            gone[family] += n
    for family, (kept_key, dropped_key) in _FAMILY_KEYS.items():
        out[kept_key] = log(kept[family])
        out[dropped_key] = log(gone[family])
    dropped_tags = Counter(tag for tag, _ in dropped)
    out["form_controls"] = log(sum(dropped_tags[tag] for tag in _FORM_CONTROLS))
    out["images"] = log(dropped_tags["img"] + dropped_tags["picture"] + dropped_tags["figure"])
    out["navs"] = log(dropped_tags["nav"] + dropped_tags["aside"])

    out.update(word_rates(" ".join(labels)))
    out.update(declared_types(og_type, ld_types))
    return out


def declared_types(og_type: str | None, ld_types: Iterable[str]) -> dict[str, float]:
    """One-hot ``og:type`` and JSON-LD @type families (the model learns how far to trust them)."""
    out: dict[str, float] = {}
    og = (og_type or "").strip().lower()
    for name in _OG_TYPES:
        out[f"og_{name}"] = 1.0 if og == name or og.startswith(name + ".") else 0.0
    out["og_missing"] = 0.0 if og else 1.0
    types = {str(kind).lower() for kind in ld_types}
    for family, members in _LD_FAMILIES.items():
        out[f"ld_{family}"] = 1.0 if types & members else 0.0
    out["ld_missing"] = 0.0 if types else 1.0
    return out
