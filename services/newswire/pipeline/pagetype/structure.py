"""The layout of an HTML page in numbers, from what the extractor's walk already found.

The page-type classifier must cost almost nothing on top of extraction (a lexbor CSS query over
the whole tree costs ~0.15 ms, a regex over the raw HTML ~0.2 ms), so it asks no new question of
the tree: it summarizes the text blocks the extractor's walk produced (text, enclosing block tag,
characters inside links, enclosing element ids), the class names of the block elements it kept,
the elements it dropped as page furniture (form controls, navigation, comment sections), and the
page's declared types (``og:type``, JSON-LD ``@type``).
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress, repeat
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
#: Characters from which a paragraph is long (a story's paragraph rather than a teaser's).
_LONG_PARAGRAPH = 200
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
#: Family bits of every family word (bit i: the i-th family), and the indexes of each bit set.
_FAMILY_BITS: dict[str, int] = {}
for _index, _members in enumerate(_NAME_FAMILIES.values()):
    for _word in _members:
        _FAMILY_BITS[_word] = _FAMILY_BITS.get(_word, 0) | 1 << _index
_BITS_FAMILIES = tuple(
    tuple(index for index in range(len(_NAME_FAMILIES)) if bits >> index & 1)
    for bits in range(1 << len(_NAME_FAMILIES))
)
#: Times a class name repeats for a repeated unit (teaser cards, posts, product tiles).
_REPEATED = 5
_FAMILY_KEYS = {family: (f"class_{family}", f"dropped_{family}") for family in _NAME_FAMILIES}
#: A class attribute's words are split at hyphens, underscores, whitespace and camelCase
#: ("postBody"); the last by this regex.
_CAMEL_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Furniture words are read in the short blocks only (labels, buttons, menu entries, teaser
# lines, dates, prices): that is where a page's kind shows, and skipping the prose makes the scan
# cheap on stories (domain-grouped CV on wcxb-dev: as good as scanning all text, or better).
_LABEL_CHARS = 100
# A block "ends a sentence" when its last character, closing quotes and brackets aside, is one of
# these (a string test: a `$`-anchored regex search walks the whole block).
_SENTENCE_ENDS = frozenset(".!?。！？")
_CLOSERS = "'\"”’)"
_LAST = operator.itemgetter(slice(-1, None))
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
#: Characters under which a block is short (a menu entry, a button, a date).
_SHORT_BLOCK = 40
_CHARS_PER_WORD = 6
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
#: (og:type, its key, its prefix for subtypes) and (JSON-LD family members, key), made once
#: (formatting 14 keys per page was a third of ``declared_types``).
_OG_KEYS = tuple((name, f"og_{name}", name + ".") for name in _OG_TYPES)
_LD_KEYS = tuple((members, f"ld_{family}") for family, members in _LD_FAMILIES.items())


def class_families(names: str) -> tuple[int, ...]:
    r"""The name families of a class attribute, as indexes in ``_NAME_FAMILIES`` order.

    The words are those of one split on the regex ``[-_\s]+|(?<=[a-z])(?=[A-Z])`` (the model
    learned them so), taken in C-level passes: hyphens and underscores made spaces, camelCase
    boundaries too (``_CAMEL_SPLIT``, only in a name with an upper-case letter, then one
    ``lower`` of the whole name), a whitespace split, and ``filter`` keeping the family words.
    ``summarize`` learns a page's new names in one batch of the same passes (``_learn``)."""
    spaced = names.replace("-", " ").replace("_", " ")
    if not names.islower():
        spaced = _CAMEL_SPLIT.sub(" ", spaced).lower()
    return _families_of_words(spaced)


def _families_of_words(spaced: str) -> tuple[int, ...]:
    """The families of a class attribute already spaced and lower-cased (``class_families``)."""
    found = 0
    for part in filter(_FAMILY_BITS.__contains__, spaced.split()):
        found |= _FAMILY_BITS[part]
    return _BITS_FAMILIES[found]


#: Families of every class attribute met (pages repeat their names, a site its pages'),
#: emptied when it would pass ``_CACHE_NAMES`` (a long-running worker meets many sites).
_FAMILY_CACHE: dict[str, tuple[int, ...]] = {}
_CACHE_NAMES = 8192
#: Joins a page's new names for the batch passes: no class attribute holds a NUL (HTML parsers
#: replace it), and no whitespace split or camelCase boundary crosses it.
_JOIN = "\x00"


def clear_family_cache() -> None:
    """Forget every class attribute's families (the cost benchmark's "site never seen")."""
    _FAMILY_CACHE.clear()


def _learn(new: Sequence[str]) -> None:
    """Families of a page's class attributes not met before, by ``class_families``'s passes
    run once over all of them joined (a site never seen brings ~50: each name on its own
    paid the calls' overhead), the camelCase regex over the names with an upper-case letter
    only (it scans every character: ~60 µs over all of a page's names, wcxb-dev median)."""
    spaced = _JOIN.join(new).replace("-", " ").replace("_", " ").split(_JOIN)
    if len(spaced) != len(new):  # a NUL inside a name after all: one by one
        _FAMILY_CACHE.update((names, class_families(names)) for names in new)
        return
    mixed = list(compress(range(len(new)), map(operator.not_, map(str.islower, new))))
    if mixed:
        camel = _CAMEL_SPLIT.sub(" ", _JOIN.join(map(spaced.__getitem__, mixed))).lower()
        for index, words in zip(mixed, camel.split(_JOIN), strict=True):
            spaced[index] = words
    for names, words in zip(new, spaced, strict=True):
        _FAMILY_CACHE[names] = _families_of_words(words)


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
    texts = [block.text for block in blocks]
    tags = [block.tag for block in blocks]
    links = [block.link_chars for block in blocks]
    return summarize_columns(
        texts, tags, links, classes, dropped, og_type=og_type, ld_types=ld_types
    )


def summarize_columns(
    texts: Sequence[str],
    tags: Sequence[str],
    links: Sequence[int],
    classes: Iterable[str],
    dropped: Sequence[tuple[str, str]],
    *,
    og_type: str | None,
    ld_types: Iterable[str],
) -> dict[str, float]:
    """``summarize`` over the blocks' texts, tags and link characters as three columns (a text
    scrape's lines are texts with tag "p" and no links).

    Each count is its own pass over one or two columns (``map``, ``Counter``, ``str.count``
    over the joined texts, small generators) instead of one Python loop with a branch per
    block and tag; the numbers are the same.
    """
    out: dict[str, float] = {}
    sizes = list(map(len, texts))
    total = sum(sizes)
    links_total = sum(links)
    labels = list(compress(texts, map(_LABEL_CHARS.__gt__, sizes)))
    short = sum(map(_SHORT_BLOCK.__gt__, sizes))
    # A block is "linky" when 70% or more of its characters are inside links.
    linky = sum(
        map(operator.ge, map(operator.mul, links, repeat(10)), map(operator.mul, sizes, repeat(7)))
    )
    # The last character of each block, closing quotes and brackets aside (C-level maps).
    lasts = map(_LAST, map(str.rstrip, texts, repeat(_CLOSERS)))
    sentences = sum(map(_SENTENCE_ENDS.__contains__, lasts))
    count = max(1, len(texts))
    # Words estimated from characters (~6 a word with its space): counting spaces cost a pass
    # over the whole text for one ratio.
    words = total // _CHARS_PER_WORD
    log = math.log1p
    out["blocks"] = log(len(texts))
    out["page_chars"] = log(total)
    out["link_share"] = links_total / total if total else 1.0
    out.update(tag_counts(tags, sizes, links, words))
    out["short_block_share"] = short / count
    out["link_block_share"] = linky / count
    out["sentence_block_share"] = sentences / count
    out.update(repeated_units(classes, dropped))
    out.update(word_rates(" ".join(labels)))
    out.update(declared_types(og_type, ld_types))
    return out


def tag_counts(
    tags: Sequence[str], sizes: Sequence[int], links: Sequence[int], words: int
) -> dict[str, float]:
    """Blocks by tag: headings (linked or not, per 100 words), list items, paragraphs (long
    unlinked ones apart), code blocks, table rows."""
    counts = Counter(tags)
    # Tags of the blocks with half of their characters or more in links (a linked headline, a
    # menu entry), and the long paragraphs that are not.
    linked_flags = list(map(operator.ge, map(operator.mul, links, repeat(2)), sizes))
    linked = Counter(compress(tags, linked_flags))
    # Teaser cards: a paragraph right after a linked heading (a headline, then its summary) is
    # a listing's unit; a story's paragraphs follow its own unlinked headings, or paragraphs.
    # Only the linked blocks are looked at for teasers, only the long ones for long paragraphs.
    last = len(tags) - 1
    teasers = sum(
        1
        for index in compress(range(last), linked_flags)
        if tags[index + 1] == "p" and tags[index] in _HEADINGS
    )
    long_paragraphs = sum(
        1
        for index in compress(range(len(tags)), map(_LONG_PARAGRAPH.__le__, sizes))
        if tags[index] == "p" and links[index] * 2 < sizes[index]
    )
    items = counts["li"]
    # Counter's __getitem__ answers 0 for a tag it has not seen (C-level map, no generator).
    headings = sum(map(counts.__getitem__, _HEADINGS))
    heading_links = sum(map(linked.__getitem__, _HEADINGS))
    log = math.log1p
    return {
        "headings": log(headings),
        "headings_per_100_words": 100 * headings / max(words, 50),
        "heading_link_share": heading_links / headings if headings else 0.0,
        "heading_links": log(heading_links),
        "list_items": log(items),
        "list_item_link_share": linked["li"] / items if items else 0.0,
        "paragraph_blocks": log(counts["p"]),
        "teaser_paragraphs": log(teasers),
        "teaser_share": teasers / counts["p"] if counts["p"] else 0.0,
        "linked_headings_per_paragraph": heading_links / max(1, counts["p"]),
        "long_paragraphs": log(long_paragraphs),
        "code_blocks": log(counts["pre"]),
        "table_rows": log(counts["tr"]),
    }


def repeated_units(classes: Iterable[str], dropped: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Repeated units: the most repeated class name among block elements (teaser cards, posts,
    product tiles), how many distinct names repeat five times or more, the name families of the
    kept and the dropped elements, and the furniture dropped by tag (forms, images, navigation).
    """
    out: dict[str, float] = {}
    log = math.log1p
    seen = Counter(classes)
    top = max(seen.values(), default=0)
    out["top_class_repeat"] = log(top)
    out["repeated_classes"] = log(sum(map(_REPEATED.__le__, seen.values())))
    # Families counted per distinct class attribute (pages repeat them: every <li
    # class="menu-item">); tags and names of the dropped elements each by one C-level Counter.
    dropped_names = Counter(map(_SECOND, dropped))
    dropped_names.pop("", None)
    kept = _family_counts(seen)
    gone = _family_counts(dropped_names)
    for (kept_key, dropped_key), kept_count, gone_count in zip(
        _FAMILY_KEYS.values(), kept, gone, strict=True
    ):
        out[kept_key] = log(kept_count)
        out[dropped_key] = log(gone_count)
    dropped_tags = Counter(map(_FIRST, dropped))
    out["form_controls"] = log(sum(map(dropped_tags.__getitem__, _FORM_CONTROLS)))
    out["images"] = log(dropped_tags["img"] + dropped_tags["picture"] + dropped_tags["figure"])
    out["navs"] = log(dropped_tags["nav"] + dropped_tags["aside"])
    return out


def _family_counts(counted: Mapping[str, int]) -> list[int]:
    """Elements per name family (``_NAME_FAMILIES`` order) from counts per class attribute."""
    cache = _FAMILY_CACHE
    new = [names for names in counted if names not in cache]
    if new:
        if len(cache) + len(new) > _CACHE_NAMES:
            cache.clear()
            new = list(counted)
        _learn(new)
    totals = [0] * len(_NAME_FAMILIES)
    for names, n in counted.items():
        for index in cache[names]:
            totals[index] += n
    return totals


def declared_types(og_type: str | None, ld_types: Iterable[str]) -> dict[str, float]:
    """One-hot ``og:type`` and JSON-LD @type families (the model learns how far to trust them)."""
    out: dict[str, float] = {}
    og = (og_type or "").strip().lower()
    for name, key, subtype in _OG_KEYS:
        out[key] = 1.0 if og == name or og.startswith(subtype) else 0.0
    out["og_missing"] = 0.0 if og else 1.0
    types = {str(kind).lower() for kind in ld_types}
    for members, key in _LD_KEYS:
        out[key] = 0.0 if types.isdisjoint(members) else 1.0
    out["ld_missing"] = 0.0 if types else 1.0
    return out
