"""A phrase inside a sentence whose class names what it opens: a glossary term's tooltip, a
link to a product's popup or modal. The phrase is the sentence's words; what it opens is not."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import TOKEN_PARTS

# A docs site's glossary link ("<a class="glossary-tooltip" title="...">containers</a>"), a
# recipe's ingredient linked to its product's modal ("product-modal"), a guide's outbound
# link opening in a popup ("external-popup"): the class names the box a click or a hover
# opens (its text is in a ``title`` or elsewhere in the page), and the furniture words for
# such boxes (``names.NEGATIVE_WORDS``) dropped the phrase itself, leaving the sentence with
# a hole ("a Pod can contain  that run during Pod startup"). The words a trigger's class
# names; any other furniture word beside them ("popup-cookies-more", "footerCookiePopup")
# still drops it. Half A all types 0.904520 -> 0.904534 (documentation 0.9367 -> 0.9368; a
# docs page's glossary terms +0.005, a guide's popup links +0.007; a service page -0.001, its
# tooltip's words now in their truth line but counted over by copies elsewhere); over half A,
# 47 such phrases in the truth's sentences (5 sites), 4 not (2 sites: a modal's own links,
# dropped with the modal, and one "Subscribe"); half B and ScrapingHub have none, unchanged.
# A hashed page names nothing and drops nothing by these words: unchanged.
_OPENERS: Final = frozenset({"tooltip", "tool-tip", "popup", "popover", "modal"})
# What the phrase is: an inline element inside the sentence's block.
_PHRASE_TAGS: Final = frozenset({"a", "span", "abbr", "dfn"})
_INLINE_TAGS: Final = _PHRASE_TAGS | {"em", "strong", "b", "i", "u", "mark", "small", "code"}
_SENTENCE_BLOCKS: Final = frozenset({"p", "li", "td", "dd", "blockquote"})
# A term or a product's name; the box a toggle opens, kept inside it, is longer.
_MAX_PHRASE_CHARS: Final = 80
# The block's own words around the phrase: a sentence, not a label beside an icon.
_MIN_SENTENCE_CHARS: Final = 40


def without_openers(names: str) -> str:
    """``names`` (class and id) with the opener words (``_OPENERS``) taken out of each token:
    what is left says what the element is besides what it opens."""
    kept = []
    for token in names.split():
        if token.lower() in _OPENERS:
            continue
        parts = [part for part in TOKEN_PARTS.split(token) if part]
        rest = [part for part in parts if part.lower() not in _OPENERS]
        if rest:
            kept.append("-".join(rest))
    return " ".join(kept)


def opens_from_sentence(node: LexborNode, tag: str, names: str) -> bool:
    """Whether ``node`` (of ``tag``, named ``names``) is a short inline phrase whose names hold
    an opener word, inside a block (a paragraph, a list item, a cell) with sentence text on
    both sides of it. The caller asks whether its names without the opener words are
    still furniture (``without_openers``)."""
    if tag not in _PHRASE_TAGS or not any(word in names.lower() for word in _OPENERS):
        return False
    phrase = node.text(deep=True).strip()
    if not phrase or len(phrase) > _MAX_PHRASE_CHARS:
        return False
    block = node.parent
    while block is not None and block.tag in _INLINE_TAGS:
        block = block.parent
    if block is None or block.tag not in _SENTENCE_BLOCKS:
        return False
    text = block.text(deep=True)
    before, found, after = text.partition(phrase)
    if not found or not before.strip() or not after.strip():
        return False
    return len(before.strip()) + len(after.strip()) >= _MIN_SENTENCE_CHARS
