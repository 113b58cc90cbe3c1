"""Main-content extraction from HTML pages.

One iterative walk over the parsed tree (no recursion: absurdly deep markup cannot overflow the
stack) turns the page into text blocks, each remembering which elements enclose it. Blocks vote for
their containers as in Arc90's readability: the parent gets a block's whole score, the grandparent
half, the next level a sixth, so the container that holds the most sentence-like text wins even when
its paragraphs sit in nested wrappers. The winner's blocks, plus siblings that score nearly as well,
form the body. Metadata comes from <head> (OpenGraph, JSON-LD, meta tags) with visible-text fallbacks.
"""

from __future__ import annotations

import enum
import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire import codec
from newswire.events import Image
from newswire.pipeline.dates import UPDATED_PREFIX
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.textnorm import clean_line, repair_mojibake

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
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELL_TAGS = frozenset({"td", "th"})
# Class/id words that mark page furniture rather than the story (readability's "unlikely
# candidates", extended with the widget names of today's news CMSs and ad networks). A class token
# counts when the word is the whole token or its first or last part ("share-bar", "post-comments"),
# not when buried inside ("non-ad-column", "elementor-widget-container" name layout, not content).
_NEGATIVE_WORDS = frozenset(
    [
        "comment",
        "comments",
        "commentlist",
        "disqus",
        "share",
        "sharing",
        "sharebar",
        "social",
        "sns",
        "related",
        "recommend",
        "recommended",
        "recommendations",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promotion",
        "advert",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adslot",
        "adunit",
        "dfp",
        "sponsor",
        "sponsored",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "breadcrumb",
        "breadcrumbs",
        "byline",
        "author",
        "authors",
        "caption",
        "credit",
        "credits",
        "footer",
        "masthead",
        "menu",
        "nav",
        "navbar",
        "navigation",
        "popup",
        "modal",
        "readmore",
        "outbrain",
        "taboola",
        "rating",
        "pagination",
        "pager",
        "skip",
        "hidden",
        "sr-only",
        "overlay",
        "trending",
        "mostpopular",
        "tooltip",
        "timestamp",
        "dateline",
        "date",
        "published",
        "updated",
        "toc",
        "tags",
        "taglist",
    ]
)
# Names that CMSs also give to the wrapper of the story itself (Blogger puts posts in a
# "widget Blog"): such an element is dropped only when it holds too few paragraphs to be one.
_WEAK_WORDS = frozenset(
    ["widget", "sidebar", "banner", "meta", "popular", "module", "rail", "aside"]
)
#: The article body as schema.org microdata, the hAtom microformat (``entry-content``, also
#: WordPress's), Blogger's ``post-body``, or the common id/class for it.
_ARTICLE_BODY = (
    '[itemprop="articleBody"], .entry-content, .post-body, '
    "#articleBody, #article-body, .article-body, .articleBody"
)
_MIN_ARTICLE_PARAGRAPHS = 5  # <p> or <br>: some CMSs break paragraphs with <br> only
# A class token's parts: split at dashes and underscores ("share-bar", "article__body") and
# at camelCase humps ("PromoSmall", "emailSignup").
_TOKEN_PARTS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
# Words that name the story's own container. A token counts by the same rule as a negative
# one (whole token or first or last part), so "below-content-topics" names no story.
_POSITIVE_WORDS = frozenset(
    [
        "article",
        "articlebody",
        "article-body",
        "article-content",
        "story",
        "story-body",
        "entry-content",
        "post-content",
        "post-body",
        "main-content",
        "content-body",
        "body-text",
        "text",
        "content",
    ]
)
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
_SPACE = re.compile(r"\s+")
# Short lines that are page furniture in any language even inside the article container.
_BOILERPLATE_LINE = re.compile(
    r"^(?:advertisement|advertisment|anzeige|publicidad|publicité|publicidade|iklan|sponsored"
    r"|share(?: this)?(?: article| story)?|share on \w+|tweet|email|print|copy link"
    r"|sign up|subscribe|subscribe now|log in|sign in|read more|continue reading|show more"
    r"|click here|load more|comments?|\d+ comments?|related|related articles|more stories"
    r"|follow us|follow|listen|listen to this article|scroll to continue with content"
    r"|(?:©|\(c\)|copyright).{0,120}|all rights reserved.{0,60}|image|photo|video|watch)\W*$",
    re.IGNORECASE,
)
_MIN_SCORED_CHARS = 25
_OWN_SENTENCE = 40  # chars of unlinked text that make a link-heavy line more than a link list
_SENTENCE_END = re.compile(r"[.!?。！？؟।](?:[\"'”’»)]*)$")
# Below this the extraction is retried without class-name rules. Readability uses 500; a news
# brief of 300-500 characters is real, and the retry would bring its comment section along
# (a longer result wins), so only a near-empty result (a teaser line, nothing) is retried.
_RETRY_BELOW_CHARS = 250


@dataclass(slots=True)
class _Block:
    text: str
    tag: str
    link_chars: int
    #: Ids of enclosing elements, outermost first; the last one is the block's own element.
    path: tuple[int, ...]


def extract_html(html: str) -> Extracted:
    tree = LexborHTMLParser(html)
    meta = _head_metadata(tree)
    body = tree.body
    title = _title(tree, meta)
    paragraphs = _body_text(body, title, by_name=True) if body is not None else []
    if body is not None and sum(map(len, paragraphs)) < _RETRY_BELOW_CHARS:
        # Readability's second attempt: a short result often means a class-name rule threw
        # the story away (a paywalled teaser inside a "module"); without those rules the
        # longer of the two wins.
        retry = _body_text(body, title, by_name=False)
        if sum(map(len, retry)) > sum(map(len, paragraphs)):
            paragraphs = retry
    return Extracted(
        title=title,
        paragraphs=tuple(paragraphs),
        description=_first(meta, "og:description", "description", "twitter:description"),
        site_name=_first(meta, "og:site_name", "application-name") or _ld_publisher(meta),
        canonical_url=_canonical(tree, meta),
        authors=_authors(tree, meta),
        section=_first(meta, "article:section") or _ld_str(meta, "articleSection"),
        tags=_tags(meta),
        images=_images(tree, meta),
        published_raw=_dates(tree, meta, published=True),
        modified_raw=_dates(tree, meta, published=False),
        language_hint=_language(tree, meta),
    )


# ---------------------------------------------------------------------------------------------
# The walk


def _body_text(body: LexborNode, title: str | None, *, by_name: bool) -> list[str]:
    blocks, walked = _walk(body, by_name=by_name)
    return _paragraphs(_choose(blocks, walked), title)


def _is_junk(node: LexborNode, tag: str, *, by_name: bool) -> bool:
    if tag in _DROP_TAGS:
        return True
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    role = attrs.get("role")
    if role and role.lower() in _JUNK_ROLES:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if not by_name or len(names) < 2 or tag in {"body", "html", "main"}:
        return False
    verdict = _name_verdict(names)
    if verdict is _Verdict.NEGATIVE:
        # Some themes wrap the whole page in a "body_overlay" or the post in a "widget": a
        # node that holds the marked-up article body is not boilerplate, whatever its name.
        return node.css_first(_ARTICLE_BODY) is None
    return (
        verdict is _Verdict.WEAK
        and len(node.css("p, br")) < _MIN_ARTICLE_PARAGRAPHS
        and node.css_first(_ARTICLE_BODY) is None
    )


class _Verdict(enum.Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    WEAK = "weak"
    NEUTRAL = "neutral"


@functools.lru_cache(maxsize=8192)
def _name_verdict(names: str) -> _Verdict:
    """What an element's class and id say about it; pages repeat their names, hence the cache.

    A token's verdict comes from its whole and its first and last parts, the places where
    BEM-style names keep the block and the element ("ap-story-byline" is a byline, not a
    story; "comment-content" a comment). One story-naming token rescues the element.
    """
    negative = weak = False
    for token in names.split():
        parts = [part.lower() for part in _TOKEN_PARTS.split(token) if part]
        if not parts:
            continue
        ends = {"-".join(parts), parts[0], parts[-1]}
        if ends & _NEGATIVE_WORDS:
            negative = True
        elif ends & _POSITIVE_WORDS:
            return _Verdict.POSITIVE
        elif ends & _WEAK_WORDS:
            weak = True
    if negative:
        return _Verdict.NEGATIVE
    return _Verdict.WEAK if weak else _Verdict.NEUTRAL


@dataclass(slots=True)
class _Tree:
    """The block elements the walk kept: parent and class name of each, by element id."""

    parents: dict[int, int]
    classes: dict[int, str]


def _walk(root: LexborNode, *, by_name: bool) -> tuple[list[_Block], _Tree]:
    blocks: list[_Block] = []
    tree = _Tree({}, {})
    parts: list[str] = []
    link_chars = 0
    link_depth = 0
    next_id = 1
    # Each frame: (children iterator, element id, tag, is_block).
    stack: list[tuple[Any, int, str, bool]] = [(root.iter(include_text=True), 0, "body", True)]
    path: list[int] = [0]
    block_tags: list[str] = ["body"]

    def flush() -> None:
        nonlocal link_chars
        if parts:
            text = _SPACE.sub(" ", "".join(parts)).strip()
            if text:
                blocks.append(_Block(text, block_tags[-1], link_chars, tuple(path)))
            parts.clear()
        link_chars = 0

    while stack:
        children, _node_id, tag, is_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block:
                flush()
                path.pop()
                block_tags.pop()
            elif tag == "a":
                link_depth -= 1
            continue
        child_tag = child.tag
        if child_tag == "-text":
            text = child.text_content
            if text:
                parts.append(text)
                if link_depth:
                    link_chars += len(text.strip())
            continue
        if child_tag == "br":
            flush()
            continue
        if child_tag is None or _is_junk(child, child_tag, by_name=by_name):
            continue
        if child_tag in _CELL_TAGS:
            parts.append(" ")
        child_block = child_tag in _BLOCK_TAGS
        if child_block:
            flush()
            tree.parents[next_id] = path[-1]
            names = (child.attributes.get("class") or "").split()
            if names:
                tree.classes[next_id] = " ".join(names)
            path.append(next_id)
            block_tags.append(child_tag)
        elif child_tag == "a":
            link_depth += 1
        stack.append((child.iter(include_text=True), next_id, child_tag, child_block))
        next_id += 1
    flush()
    return blocks, tree


# Readability's scoring: the parent of a paragraph gets its points, the grandparent half, the
# levels above a sixth, a ninth: wrappers around the story still count, the page root barely.
_LEVEL_WEIGHTS = (1.0, 0.5, 1 / 6, 1 / 9)
# How readability decides that the story is split over several containers (NYT's companion
# columns, sections between ads): the strong candidates (>= 3/4 of the best) and how many of
# them must share an ancestor for that ancestor to become the story.
_ALTERNATIVE_RATIO = 0.75
_MIN_ALTERNATIVES = 3
_TOP_CANDIDATES = 5
_POSITIVE_BONUS = 5.0
# A section of the story elsewhere in the page: named like the winner, and scoring like a few
# paragraphs (readability's sibling threshold, 10, and a tenth of the winner): a teaser, a
# caption or a fact-check's claim box that shares the body's class name is not one.
_MIN_COUSIN_SCORE = 10.0
_COUSIN_RATIO = 0.1


def _choose(blocks: list[_Block], tree: _Tree) -> list[_Block]:
    if not blocks:
        return []
    parents = tree.parents
    score: defaultdict[int, float] = defaultdict(float)
    text_len: defaultdict[int, int] = defaultdict(int)
    link_len: defaultdict[int, int] = defaultdict(int)
    for block in blocks:
        size = len(block.text)
        for node in block.path:
            text_len[node] += size
            link_len[node] += block.link_chars
        if size < _MIN_SCORED_CHARS or block.tag in _HEADINGS:
            continue
        # Sentences with commas and some length are what articles are made of; nav is neither.
        points = 1 + block.text.count(",") + block.text.count("،") + block.text.count("、")
        points += min(size // 100, 3)
        # A block directly inside its container scores that container; the parents above it
        # get diminishing shares so that one wrapper level does not hide the article.
        levels = block.path[-2::-1] if block.tag != "div" else block.path[::-1]
        for node, weight in zip(levels, _LEVEL_WEIGHTS, strict=False):
            score[node] += points * weight

    def final(node: int) -> float:
        total = text_len[node]
        density = link_len[node] / total if total else 1.0
        return score[node] * (1.0 - density)

    if not score:
        # No sentence-like block anywhere (a short page): keep whatever text there is.
        return [block for block in blocks if block.tag != "h1"]
    finals = {node: final(node) for node in score if node != 0}
    for node, names in tree.classes.items():
        # Readability's class weight: a container named like a story body ("articleBody",
        # "entry-content") is worth a good paragraph more than an anonymous one that scores
        # the same (a photo caption full of commas next to a four-paragraph wire story).
        if node in finals and _name_verdict(names) is _Verdict.POSITIVE:
            finals[node] += _POSITIVE_BONUS
    if not finals:
        return [block for block in blocks if block.tag != "h1"]
    ranked = sorted(finals, key=finals.__getitem__, reverse=True)
    best = _promote(ranked, finals, tree)
    best_score = finals.get(best, 0.0)
    keep = {best}
    parent = parents.get(best)
    if parent is not None:
        # Siblings as good as a fifth of the winner belong to the story too; one with the
        # winner's own class name (the next "story-body" section after an ad) gets a bonus.
        threshold = max(10.0, best_score * 0.2)
        best_class = tree.classes.get(best)
        for node, node_parent in parents.items():
            if node_parent != parent or node == best:
                continue
            bonus = best_score * 0.2 if best_class and tree.classes.get(node) == best_class else 0.0
            if finals.get(node, 0.0) + bonus >= threshold:
                keep.add(node)
    keep |= _cousins(best, finals, tree)
    chosen = []
    for block in blocks:
        if any(node in keep for node in block.path):
            chosen.append(block)
        elif parent is not None and len(block.path) >= 2 and block.path[-2] == parent:
            # A lone paragraph beside the winner (a lead or a last line outside the wrapper).
            # Readability's rule: a long one with few links, or a short full sentence.
            density = block.link_chars / max(1, len(block.text))
            if block.tag == "p" and (
                (len(block.text) > 80 and density < 0.25)
                or (block.link_chars == 0 and _SENTENCE_END.search(block.text))
            ):
                chosen.append(block)
    return chosen


def _cousins(best: int, finals: dict[int, float], tree: _Tree) -> set[int]:
    """Other sections of a story split by figures, quotes or ads deep in the page's layout.

    CMSs render every section of one body with the same class names (Quanta's
    ``post__content``, the NYT's companion columns), often several wrapper levels below their
    common container, where no score from the sections reaches it. A node named like
    the winner and scoring like prose is another part of the same story.
    """
    best_class = tree.classes.get(best)
    if not best_class:
        return set()
    # A section carries every class name of the winner, maybe with a modifier of its own (the
    # lead: "block-text block-text_initial-letter" beside "block-text"); an author box named
    # "text-copy" beside the body's "text-copy bodyCopy" is not one.
    family = set(best_class.split())
    floor = max(_MIN_COUSIN_SCORE, finals[best] * _COUSIN_RATIO)
    return {
        node
        for node, names in tree.classes.items()
        if node != best and family.issubset(names.split()) and finals.get(node, 0.0) >= floor
    }


def _promote(ranked: list[int], finals: dict[int, float], tree: _Tree) -> int:
    """Readability's top-candidate adjustment: from the best-scoring node up to the story."""
    parents = tree.parents
    best = ranked[0]
    best_score = finals[best]

    def ancestors(node: int) -> list[int]:
        out = []
        node = parents.get(node, 0)
        while node != 0:
            out.append(node)
            node = parents.get(node, 0)
        return out

    # Several strong candidates under one ancestor: the story is split, take the ancestor.
    alternatives = [
        set(ancestors(node))
        for node in ranked[1:_TOP_CANDIDATES]
        if finals[node] >= best_score * _ALTERNATIVE_RATIO
    ]
    if len(alternatives) >= _MIN_ALTERNATIVES:
        for ancestor in ancestors(best):
            if sum(ancestor in found for found in alternatives) >= _MIN_ALTERNATIVES:
                return ancestor
    # Climb while the parent scores better than the level below it: the best node was one
    # section of a story whose other sections score its common container.
    last = best_score
    floor = best_score / 3
    for ancestor in ancestors(best):
        parent_score = finals.get(ancestor, 0.0)
        if parent_score < floor:
            break
        if parent_score > last:
            return ancestor
        last = parent_score
    return best


def _paragraphs(blocks: list[_Block], title: str | None) -> list[str]:
    out: list[str] = []
    folded_title = _fold(title) if title else None
    for block in blocks:
        text = clean_line(repair_mojibake(block.text))
        if not text:
            continue
        if block.tag == "h1" and folded_title and _fold(text) in {folded_title, ""}:
            continue
        density = block.link_chars / max(1, len(text))
        # Link lists inside the article container are navigation or "read also" promos; a
        # linked headline followed by a sentence of its own (a news digest item) is not.
        if density > 0.5 and len(text) < 300 and len(text) - block.link_chars < _OWN_SENTENCE:
            continue
        if len(text) < 160 and _BOILERPLATE_LINE.match(text):
            continue
        if out and out[-1] == text:
            continue
        out.append(text)
    return out


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


# ---------------------------------------------------------------------------------------------
# Metadata


def _head_metadata(tree: LexborHTMLParser) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            key = key.strip().lower()
            content = clean_line(content)
            if content:
                meta.setdefault(key, []).append(content)
    meta["@ld"] = _json_ld(tree)
    return meta


_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "blogposting",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "webpage",
        "liveblogposting",
        "report",
        "scholarlyarticle",
    }
)


def _json_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    best: dict[str, Any] = {}
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > 2_000_000:
            continue
        try:
            data = codec.loads(raw.strip())
        except codec.JSONDecodeError:
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            names = {str(k).lower() for k in kinds}
            if names & _ARTICLE_TYPES and (not best or "webpage" in _types(best)):
                best = item
    return best


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _ld_items(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    pending = [data]
    while pending and len(out) < 200:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph)
    return out


def _first(meta: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        values = meta.get(key)
        if values:
            return str(values[0])
    return None


def _ld_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta["@ld"].get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.strip():
        return clean_line(value)
    return None


def _ld_publisher(meta: dict[str, Any]) -> str | None:
    publisher = meta["@ld"].get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        return clean_line(publisher["name"]) or None
    return None


_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:-]\s+")


def _title(tree: LexborHTMLParser, meta: dict[str, Any]) -> str | None:
    site = _first(meta, "og:site_name")
    h1 = tree.css_first("h1")
    h1_text = clean_line(h1.text(deep=True)) if h1 is not None else ""
    title_node = tree.css_first("title")
    page_title = clean_line(title_node.text(deep=True)) if title_node is not None else ""
    if h1_text and page_title and not _h1_is_headline(h1_text, page_title, site):
        h1_text = ""  # the logo or section name in an <h1>: <title> names the story
    candidates = [
        _first(meta, "og:title", "twitter:title"),
        _ld_str(meta, "headline"),
        h1_text or None,
        page_title or None,
    ]
    for candidate in candidates:
        if candidate:
            return _strip_site_suffix(candidate, site)
    return None


def _h1_is_headline(h1: str, page_title: str, site: str | None) -> bool:
    """Whether the page's first <h1> is its headline rather than a logo or a section name.

    The <title> repeats the headline ("Headline | Site"); a logo <h1> ("엔터 미디어" above
    "악녀의 덫에 … - Entermedia") shares no words with it. When the <title> is only the site's
    name, it says nothing and the <h1> stands.
    """
    stripped = _fold(_strip_site_suffix(page_title, site))
    folded = _fold(h1)
    if not stripped or (site and stripped == _fold(site)) or len(stripped.split()) < 3:
        return True
    return (
        folded in _fold(page_title)
        or stripped in folded
        or bool(set(folded.split()) & set(stripped.split()))
    )


def _strip_site_suffix(title: str, site: str | None) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    folded_site = _fold(site) if site else None
    # "Headline | Site" and "Site - Headline": drop the part that is the site's name, or a short
    # last part when it looks like a brand (few words, while the rest is a headline).
    if folded_site:
        kept = [part for part in parts if _fold(part) != folded_site]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    last = parts[-1]
    if len(last.split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 4:
        return title[: title.rfind(last)].rstrip(" |–—·•:-")
    return title


def _canonical(tree: LexborHTMLParser, meta: dict[str, Any]) -> str | None:
    link = tree.css_first('link[rel="canonical"]')
    href = link.attributes.get("href") if link is not None else None
    if href and href.startswith(("http://", "https://")):
        return href.strip()
    url = _first(meta, "og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _authors(tree: LexborHTMLParser, meta: dict[str, Any]) -> tuple[str, ...]:
    names: list[str] = []
    author = meta["@ld"].get("author")
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
        elif isinstance(item, str):
            names.append(item)
    for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author"):
        for value in meta.get(key, []):
            if not value.startswith(("http://", "https://")):
                names.extend(
                    re.split(r"\s*(?:,|;|\band\b|&)\s*", re.sub(r"^by\s+", "", value, flags=re.I))
                )
    if not names:
        for node in tree.css(
            '[rel="author"], [itemprop="author"] [itemprop="name"], a[href*="/author/"]'
        )[:5]:
            names.append(node.text(deep=True))
    if not names:
        names = _visible_bylines(tree)
    out: list[str] = []
    for name in names:
        cleaned = clean_line(name).strip(" ,.")
        if 2 <= len(cleaned) <= 100 and cleaned not in out:
            out.append(cleaned)
    return tuple(out)


# Class/id parts that name a byline, and parts that name something beside it (a portrait, a
# bio box, the date that shares the line).
_BYLINE_PARTS = frozenset({"byline", "author", "authors", "writer", "reporter", "contributor"})
_NOT_BYLINE_PARTS = frozenset(
    {"image", "img", "photo", "avatar", "bio", "box", "description", "date", "time", "title"}
)
_BY_PREFIX = re.compile(r"^(?:by|von|por|par|oleh|di|door|av|af|przez|от)(?:\s+|$)", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bdan\b|\bi\b)\s*")
_MAX_BYLINE_CHARS = 80
# "Text: …", "Written by: …", "Penulis: …": a label of one or two words before the names.
_BYLINE_LABEL = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*")
# A person's name as bylines print it: 1-5 words, each capitalised (or an all-caps wire
# byline), allowing the lower-case particles of names (de, van, bin, al-…).
_PERSON_NAME = re.compile(
    r"^(?:(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w.'’-]*|(?:de|da|do|dos|del|della|di|du|van|von|der|den|la|le"
    r"|bin|binti|al|el|ibn|y)[\s-])\s*){1,5}$"
)


def _visible_bylines(tree: LexborHTMLParser) -> list[str]:
    """Names from the page's byline elements, when no markup names the author.

    The innermost element named like a byline ("byline__author", "author-name") holds just the
    names; its text loses a leading "By" (in several languages) and is split at "and"/commas.
    A line that reads like a sentence, a date or a bio is not a byline.
    """
    candidates = []
    for node in tree.css(
        '[class*="author"], [class*="byline"], [class*="writer"], '
        '[class*="reporter"], [class*="contributor"]'
    )[:40]:
        parts = _class_parts(node)
        if parts & _BYLINE_PARTS and not parts & _NOT_BYLINE_PARTS:
            candidates.append(node)
    # Every element that has a byline element inside it: an outer wrapper, whose innermost byline
    # element speaks for it. (One walk up from each candidate, not a pairwise check.)
    wrappers: set[int] = set()
    for node in candidates:
        parent = node.parent
        while parent is not None:
            wrappers.add(parent.mem_id)
            parent = parent.parent
    names: list[str] = []
    for node in candidates:
        if node.mem_id in wrappers:
            continue
        text = _SPACE.sub(" ", node.text(deep=True, separator=" ")).strip()
        text = _BYLINE_LABEL.sub("", _BY_PREFIX.sub("", clean_line(text))).strip()
        if not text or len(text) > _MAX_BYLINE_CHARS or any(ch.isdigit() for ch in text):
            continue
        found = [name for name in _NAME_SEPARATORS.split(text) if name]
        # All or nothing: one part that is not a name means the element held a sentence
        # ("The Russian and Syrian defense ministries …") or a form label ("Nama (wajib)").
        if found and all(_PERSON_NAME.match(name) for name in found):
            names.extend(name for name in found if name not in names)
        if len(names) >= 5:
            break
    # "Carrie Arnold" and "Carrie Arnold Contributing Writer" from two elements: keep the name.
    return [name for name in names if not any(o != name and o in name for o in names)]


def _class_parts(node: LexborNode) -> set[str]:
    return {
        part.lower()
        for token in (node.attributes.get("class") or "").split()
        for part in _TOKEN_PARTS.split(token)
        if part
    }


def _tags(meta: dict[str, Any]) -> tuple[str, ...]:
    raw: list[str] = list(meta.get("article:tag", []))
    for key in ("news_keywords", "keywords"):
        for value in meta.get(key, []):
            raw.extend(value.split(","))
    keywords = meta["@ld"].get("keywords")
    if isinstance(keywords, str):
        raw.extend(keywords.split(","))
    elif isinstance(keywords, list):
        raw.extend(str(k) for k in keywords)
    out: list[str] = []
    for tag in raw:
        cleaned = clean_line(tag)
        if cleaned and len(cleaned) <= 100 and cleaned not in out:
            out.append(cleaned)
    return tuple(out[:50])


def _images(tree: LexborHTMLParser, meta: dict[str, Any]) -> tuple[Image, ...]:
    """The lead image: its address from OpenGraph/Twitter cards or JSON-LD, its caption and
    credit from JSON-LD's ImageObject or else from the page's <figure> showing that image."""
    ld_url, caption, credit = _ld_image(meta)
    url = _first(meta, "og:image", "og:image:url", "twitter:image") or ld_url
    if not caption:
        caption, figure_credit = _figure_caption(tree, url)
        credit = credit or figure_credit
    caption = caption or _first(meta, "og:image:alt", "twitter:image:alt")
    if not (url or caption):
        return ()
    return (Image(url=url, caption=caption, credit=credit),)


def _ld_image(meta: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    image = meta["@ld"].get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, str):
        return image, None, None
    if not isinstance(image, dict):
        return None, None, None
    url = image.get("url") or image.get("contentUrl")
    credit = image.get("creditText") or image.get("copyrightHolder") or image.get("author")
    if isinstance(credit, dict):
        credit = credit.get("name")
    caption = image.get("caption") or image.get("description")
    return (
        url if isinstance(url, str) else None,
        clean_line(caption) or None if isinstance(caption, str) else None,
        clean_line(credit) or None if isinstance(credit, str) else None,
    )


# Parts of a class name that mark a photo credit inside a caption.
_CREDIT_PARTS = frozenset({"credit", "credits", "copyright", "photographer", "byline", "source"})
# A credit written into the caption's text: "… Credit...Doug Mills/The New York Times",
# "… (Photo: AP)", "… Foto: ANTARA/Hafidz".
_CREDIT_IN_TEXT = re.compile(
    r"(?:\s*\(?(?:credit|photo|foto|image|picture|bild|imagem|gambar)s?\s*(?::|\.{2,}|…)\s*"
    r"(?P<credit>[^()]{2,80}?)\)?)\s*$",
    re.IGNORECASE,
)


def _figure_caption(tree: LexborHTMLParser, url: str | None) -> tuple[str | None, str | None]:
    """Caption and credit of the figure that shows the lead image (same file name), or else of
    the first captioned figure with a picture in it (promo boxes have a caption but no image)."""
    stem = _file_stem(url) if url else None
    fallback: tuple[str | None, str | None] = (None, None)
    for figure in tree.css("figure")[:8]:
        caption_node = figure.css_first("figcaption")
        images = figure.css("img, picture source")
        if caption_node is None or not images:
            continue
        found = _caption_and_credit(caption_node)
        if not found[0] or _PROMO_CAPTION.search(found[0]):
            continue
        sources = " ".join(
            f"{img.attributes.get('src') or ''} {img.attributes.get('data-src') or ''} "
            f"{img.attributes.get('srcset') or ''}"
            for img in images
        )
        if stem and stem in sources:
            return found
        if fallback[0] is None:
            fallback = found
    return fallback


def _file_stem(url: str) -> str | None:
    name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    return stem if len(stem) >= 6 else None


def _caption_and_credit(caption_node: LexborNode) -> tuple[str | None, str | None]:
    credit = None
    for node in caption_node.css("*"):
        if _class_parts(node) & _CREDIT_PARTS:
            credit = _SPACE.sub(" ", node.text(deep=True, separator=" ")).strip() or None
            break
    text = _SPACE.sub(" ", caption_node.text(deep=True, separator=" ")).strip()
    if credit:
        if text.endswith(credit):
            text = text[: -len(credit)].rstrip()
        elif text.startswith(credit):
            text = text[len(credit) :].lstrip()
    match = _CREDIT_IN_TEXT.search(text)
    if match:
        credit = credit or match.group("credit")
        text = text[: match.start()].rstrip()
    text = _GALLERY_COUNTER.sub("", clean_line(text))
    return text or None, _clean_credit(credit) if credit else None


# A figure that advertises (a magazine cover "Subscribe to our sister title …") is no photo of
# the story.
_PROMO_CAPTION = re.compile(
    r"\b(?:subscri(?:be|ption)|newsletter|sign up|abonn|abonnieren|langganan|suscr[ií]b)",
    re.IGNORECASE,
)
# "1 of 4" before a gallery's caption.
_GALLERY_COUNTER = re.compile(r"^\d+\s+(?:of|/|von|de|dari)\s+\d+\s+", re.IGNORECASE)
# A credit's label: "(Image credit: Future)", "Photograph by …", "Credit...", "Foto: …".
_CREDIT_LABEL = re.compile(
    r"^\(?\s*(?:(?:image|photo|picture)\s+)?(?:credits?|photo(?:graph)?s?|foto|bild|imagem"
    r"|gambar)\s*(?:by\b|:|\.{2,}|…)?\s*",
    re.IGNORECASE,
)


def _clean_credit(credit: str) -> str | None:
    cleaned = _CREDIT_LABEL.sub("", clean_line(credit)).strip(" ()")
    return cleaned or None


def _dates(tree: LexborHTMLParser, meta: dict[str, Any], *, published: bool) -> tuple[str, ...]:
    keys: tuple[str, ...]
    if published:
        keys = (
            "article:published_time",
            "article:published",
            "og:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
        )
        ld_key = "datePublished"
    else:
        keys = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
        ld_key = "dateModified"
    found: list[str] = []
    ld_value = _ld_str(meta, ld_key)
    if ld_value:
        found.append(ld_value)
    for key in keys:
        found.extend(meta.get(key, []))
    if published and not found:
        for node in tree.css("time[datetime]")[:3]:
            value = node.attributes.get("datetime")
            if value:
                found.append(value)
    if not found:
        found.extend(_visible_dates(tree, published=published))
    return tuple(found)


# Class/id parts of the element that shows a date on the page, and those saying it is the
# last update rather than the publication.
_DATE_PARTS = frozenset({"date", "pubdate", "published", "publish", "timestamp", "time", "posted"})
_UPDATE_PARTS = frozenset({"updated", "update", "modified", "lastmod"})
_MAX_DATE_CHARS = 100
# A year, a clock time or a relative date: "11 years: report" in a "latest" list is none.
_DATE_LIKE = re.compile(
    r"\b(?:1[89]|2[01])\d\d\b|\b\d{1,2}[:.]\d\d\b"
    r"|\b(?:ago|lalu|vor|hace|il y a|há|fa|назад)\b",
    re.IGNORECASE,
)


def _visible_dates(tree: LexborHTMLParser, *, published: bool) -> list[str]:
    """Date lines as shown on the page ("Published 11:11 PM EST Nov 19, 2019"), for pages
    without date markup; enrichment parses them like the date lines of text mode."""
    found: list[str] = []
    for node in tree.css(
        'time, [class*="date"], [class*="time"], [class*="publish"], '
        '[class*="posted"], [class*="updated"], [class*="modified"]'
    )[:30]:
        parts = _class_parts(node)
        if node.tag != "time" and not parts & (_DATE_PARTS | _UPDATE_PARTS):
            continue
        text = clean_line(_SPACE.sub(" ", node.text(deep=True, separator=" ")))
        if not text or len(text) > _MAX_DATE_CHARS or not _DATE_LIKE.search(text):
            continue
        is_update = bool(parts & _UPDATE_PARTS or UPDATED_PREFIX.match(text))
        if is_update != published and text not in found:
            found.append(text)
        if len(found) >= 3:
            break
    return found


def _language(tree: LexborHTMLParser, meta: dict[str, Any]) -> str | None:
    html = tree.css_first("html")
    lang = html.attributes.get("lang") if html is not None else None
    lang = lang or _first(meta, "og:locale", "content-language", "language")
    if not lang:
        return None
    code = re.split(r"[-_]", lang.strip())[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None
