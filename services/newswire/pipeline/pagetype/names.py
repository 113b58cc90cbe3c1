"""Name families of class attributes: the words several page types use in the class names of
their repeated units (comments, forum posts, products, docs, teaser cards), found in a page's
class attributes with a cache across pages (a page repeats its names, a site its pages').

``structure.unit_values`` counts a page's elements per family from these.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping, Sequence
from itertools import compress, filterfalse
from typing import Final

# Words in class names that several page types use for their repeated units; each family is a
# feature, and the data decides how much it says (a "post" is a forum message or a blog teaser).
NAME_FAMILIES: Final[dict[str, frozenset[str]]] = {
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
_FAMILY_BITS: Final[dict[str, int]] = {}
for _index, _members in enumerate(NAME_FAMILIES.values()):
    for _word in _members:
        _FAMILY_BITS[_word] = _FAMILY_BITS.get(_word, 0) | 1 << _index
_BITS_FAMILIES: Final = tuple(
    tuple(index for index in range(len(NAME_FAMILIES)) if bits >> index & 1)
    for bits in range(1 << len(NAME_FAMILIES))
)

#: A class attribute's words are split at hyphens, underscores, whitespace and camelCase
#: ("postBody"); the last by this regex.
_CAMEL_SPLIT: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def class_families(names: str) -> tuple[int, ...]:
    r"""The name families of a class attribute, as indexes in ``NAME_FAMILIES`` order.

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
_FAMILY_CACHE: Final[dict[str, tuple[int, ...]]] = {}
_CACHE_NAMES: Final = 8192
#: Joins a page's new names for the batch passes: no class attribute holds a NUL (HTML parsers
#: replace it), and no whitespace split or camelCase boundary crosses it.
_JOIN: Final = "\x00"
_WORDS_AND_JOIN: Final = frozenset((*_FAMILY_BITS, _JOIN))


def clear_family_cache() -> None:
    """Forget every class attribute's families (the cost benchmark's "site never seen")."""
    _FAMILY_CACHE.clear()


def _learn(new: Sequence[str]) -> None:
    """Families of a page's class attributes not met before, by ``class_families``'s passes
    run once over all of them joined (a site never seen brings ~50: each name on its own
    paid the calls' overhead), the camelCase regex over the names with an upper-case letter
    only (it scans every character: ~60 µs over all of a page's names, wcxb-dev median)."""
    joined = _JOIN.join(new)
    spaced = joined.replace("-", " ").replace("_", " ").split(_JOIN)
    if len(spaced) != len(new):  # a NUL inside a name after all: one by one
        _FAMILY_CACHE.update((names, class_families(names)) for names in new)
        return
    # No upper-case letter in any name (most pages): no camelCase to split, no name to find.
    mixed = (
        []
        if joined.islower()
        else list(compress(range(len(new)), map(operator.not_, map(str.islower, new))))
    )
    if mixed:
        camel = _CAMEL_SPLIT.sub(" ", _JOIN.join(map(spaced.__getitem__, mixed))).lower()
        for index, words in zip(mixed, camel.split(_JOIN), strict=True):
            spaced[index] = words
    # All the names' words in one split, a lone NUL between two names, and ``filter`` keeping
    # the family words and the NULs: one short loop for the page instead of a call a name.
    found = [0] * len(new)
    index = 0
    for word in filter(_WORDS_AND_JOIN.__contains__, f" {_JOIN} ".join(spaced).split()):
        if word == _JOIN:
            index += 1
        else:
            found[index] |= _FAMILY_BITS[word]
    _FAMILY_CACHE.update(zip(new, map(_BITS_FAMILIES.__getitem__, found), strict=True))


def _family_counts(counted: Mapping[str, int]) -> list[int]:
    """Elements per name family (``NAME_FAMILIES`` order) from counts per class attribute."""
    learn_families(counted)
    return family_totals(counted)


def learn_families(*counts: Mapping[str, int]) -> None:
    """Learn the families of the class attributes in ``counts`` not met before, in one batch
    (the kept and the dropped elements' names together: one batch's passes, not two)."""
    cache = _FAMILY_CACHE
    new = [names for counted in counts for names in filterfalse(cache.__contains__, counted)]
    if new:
        if len(cache) + len(new) > _CACHE_NAMES:
            cache.clear()
            new = [names for counted in counts for names in counted]
        _learn(new)


def family_totals(counted: Mapping[str, int]) -> list[int]:
    """Elements per name family from counts per class attribute, every one of them learnt."""
    cache = _FAMILY_CACHE
    totals = [0] * len(NAME_FAMILIES)
    # Most class attributes name no family (an empty tuple): ``filter`` keeps the others.
    for names in filter(cache.__getitem__, counted):
        n = counted[names]
        for index in cache[names]:
            totals[index] += n
    return totals
