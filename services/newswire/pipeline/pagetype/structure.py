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
_NAME_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
# Text patterns counted over the page's visible text (first _SCAN_CHARS characters): prices,
# shop verbs, forum furniture, listing furniture, service calls to action, reference-manual words.
_SCAN_CHARS = 30_000
_PATTERNS: dict[str, re.Pattern[str]] = {
    "price": re.compile(
        r"[$€£¥₹]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|zł|Kč|kr)\b", re.IGNORECASE
    ),
    "cart": re.compile(
        r"\b(?:add to (?:cart|basket|bag|wishlist)|buy now|in stock|out of stock|free shipping"
        r"|quantity|sku)\b",
        re.IGNORECASE,
    ),
    "forum": re.compile(
        r"\b(?:reply|replies|quote|joined|posts|views|member|registered|thread|solved)\b",
        re.IGNORECASE,
    ),
    "listing": re.compile(
        r"\b(?:read more|continue reading|load more|next page|older posts|newer posts"
        r"|previous page|view all|see all|page \d+ of)\b",
        re.IGNORECASE,
    ),
    "service": re.compile(
        r"\b(?:contact us|get a quote|free consultation|book (?:a|an|now|online)|call us"
        r"|our services|request a|get started|testimonials?|our team|pricing)\b",
        re.IGNORECASE,
    ),
    "docs": re.compile(
        r"\b(?:parameters?|returns?|example|usage|install(?:ation)?|api|function|method"
        r"|deprecated|syntax|configuration|default)\b",
        re.IGNORECASE,
    ),
    "date": re.compile(
        r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
        r"|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
        r"|dec)[a-z]* \d{4}|\d+ (?:minutes?|hours?|days?) ago)\b",
        re.IGNORECASE,
    ),
}
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)]*$")
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


def _log(count: float) -> float:
    return math.log1p(count)


@functools.lru_cache(maxsize=8192)
def _families(names: str) -> frozenset[str]:
    """The name families of a class attribute; pages repeat their class names, hence the cache."""
    words = {part.lower() for part in _NAME_SPLIT.split(names) if part}
    return frozenset(family for family, members in _NAME_FAMILIES.items() if words & members)


def summarize(
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
    total = links = headings = heading_links = items = item_links = 0
    paragraphs = long_paragraphs = code = rows = short = linky = sentences = 0
    for block in blocks:
        size = len(block.text)
        tag = block.tag
        total += size
        links += block.link_chars
        mostly_link = block.link_chars * 2 >= size
        if size < 40:
            short += 1
        if block.link_chars * 10 >= size * 7:
            linky += 1
        if _SENTENCE_END.search(block.text):
            sentences += 1
        if tag in _HEADINGS:
            headings += 1
            heading_links += mostly_link
        elif tag == "li":
            items += 1
            item_links += mostly_link
        elif tag == "p":
            paragraphs += 1
            long_paragraphs += size >= 200 and not mostly_link
        elif tag == "pre":
            code += 1
        elif tag == "tr":
            rows += 1
    count = max(1, len(blocks))
    words = sum(block.text.count(" ") + 1 for block in blocks)
    out["blocks"] = _log(len(blocks))
    out["page_chars"] = _log(total)
    out["link_share"] = links / total if total else 1.0
    out["headings"] = _log(headings)
    out["headings_per_100_words"] = 100 * headings / max(words, 50)
    out["heading_link_share"] = heading_links / headings if headings else 0.0
    out["heading_links"] = _log(heading_links)
    out["list_items"] = _log(items)
    out["list_item_link_share"] = item_links / items if items else 0.0
    out["paragraph_blocks"] = _log(paragraphs)
    out["long_paragraphs"] = _log(long_paragraphs)
    out["code_blocks"] = _log(code)
    out["table_rows"] = _log(rows)
    out["short_block_share"] = short / count
    out["link_block_share"] = linky / count
    out["sentence_block_share"] = sentences / count

    # Repeated units: the most repeated class name among block elements (teaser cards, posts,
    # product tiles), and how many distinct names repeat five times or more.
    seen = Counter(classes)
    top = seen.most_common(1)[0][1] if seen else 0
    out["top_class_repeat"] = _log(top)
    out["repeated_classes"] = _log(sum(1 for n in seen.values() if n >= 5))
    families: Counter[str] = Counter()
    for names, n in seen.items():
        for family in _families(names):
            families[family] += n
    dropped_tags: Counter[str] = Counter()
    for tag, names in dropped:
        dropped_tags[tag] += 1
        if names:
            for family in _families(names):
                families["dropped_" + family] += 1
    for family in _NAME_FAMILIES:
        out[f"class_{family}"] = _log(families[family])
        out[f"dropped_{family}"] = _log(families["dropped_" + family])
    out["form_controls"] = _log(sum(dropped_tags[tag] for tag in _FORM_CONTROLS))
    out["images"] = _log(dropped_tags["img"] + dropped_tags["picture"] + dropped_tags["figure"])
    out["navs"] = _log(dropped_tags["nav"] + dropped_tags["aside"])

    text = " ".join(block.text for block in blocks)[:_SCAN_CHARS]
    scanned_words = max(50, text.count(" ") + 1)
    for name, pattern in _PATTERNS.items():
        out[f"text_{name}"] = 1000 * len(pattern.findall(text)) / scanned_words
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
