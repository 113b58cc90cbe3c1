"""Features of a page for the page-type classifier: its URL, its layout, its extracted text.

Every feature is a named number, so the model file names what it weighs and a feature added
later does not shift the others. HTML pages bring their layout from the extractor's walk
(``structure.summarize``); a text scrape's layout is its lines, read the same way (no links,
no class names: the text model is trained on rendered pages, so it learns without them).
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.pagetype.structure import summarize_columns

_DATED_PATH = re.compile(r"/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|/(?:19|20)\d{6}(?:/|$)")
_YEAR_SEGMENT = re.compile(r"^(?:19|20)\d{2}$")
_LONG_NUMBER = re.compile(r"\d{5,}")
_FILE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cfm)$")
_PAGE_NUMBER = re.compile(r"(?:/page/\d+|[?&](?:page|p|pg|start|offset)=\d+)")
# URL path words that name a page's kind on most sites; each group is a feature and the model
# decides what it is worth (a /blog/ segment is a listing when last, an article's parent else).
_URL_WORDS: dict[str, frozenset[str]] = {
    "taxonomy": frozenset(
        {"tag", "tags", "category", "categories", "topic", "topics", "section", "label", "labels"}
    ),
    "author": frozenset({"author", "authors", "user", "users", "profile", "people", "members"}),
    "search": frozenset({"search", "find", "results", "archive", "archives"}),
    "news": frozenset(
        {"news", "blog", "blogs", "article", "articles", "story", "stories", "post", "posts"}
    ),
    "shop": frozenset(
        {"product", "products", "shop", "store", "item", "items", "p", "dp", "buy", "catalog"}
    ),
    "collection": frozenset({"collections", "collection", "c", "browse", "department", "brands"}),
    "docs": frozenset(
        {
            "docs",
            "doc",
            "documentation",
            "api",
            "reference",
            "guide",
            "guides",
            "manual",
            "wiki",
            "learn",
            "tutorial",
            "tutorials",
            "help",
            "kb",
            "support",
        }
    ),
    "forum": frozenset(
        {
            "forum",
            "forums",
            "thread",
            "threads",
            "t",
            "questions",
            "question",
            "discussion",
            "discussions",
            "community",
            "viewtopic",
            "showthread",
            "comments",
            "r",
        }
    ),
    "service": frozenset(
        {
            "services",
            "service",
            "solutions",
            "pricing",
            "about",
            "contact",
            "company",
            "industries",
            "features",
            "plans",
        }
    ),
}
#: (words, feature, feature of the last segment) per group, the keys made once.
_URL_KEYS = tuple(
    (members, f"url_{group}", f"url_last_{group}") for group, members in _URL_WORDS.items()
)
_SPLIT_WORDS = re.compile(r"[-_.+]+")
# Words of the extracted title that name a page's kind: a section front is titled "News" or
# "Archives", a service page "Plumbing services", a manual page "Configuration reference". Each
# group is a feature (domain-grouped CV on wcxb-dev, HTML: 7-class 0.812 -> 0.826, article-vs-
# rest accuracy 0.882 -> 0.893 with the separators and digits below).
_TITLE_WORDS: dict[str, frozenset[str]] = {
    "service": frozenset(
        {
            *("services", "service", "solutions", "pricing", "contact", "about", "company"),
            *("consulting", "agency", "repair", "insurance", "lawyer", "lawyers", "attorney"),
            *("clinic", "dental", "plumbing", "cleaning", "careers", "jobs", "hire", "booking"),
            *("quote", "plans", "software", "platform", "home"),
        }
    ),
    "docs": frozenset(
        {
            *("documentation", "docs", "api", "reference", "guide", "manual", "tutorial"),
            *("install", "installation", "configuration", "class", "function", "module"),
            *("method", "library", "sdk", "developer", "developers", "wiki", "faq", "help"),
            *("support", "v1", "v2", "v3"),
        }
    ),
    "shop": frozenset(
        {
            *("buy", "shop", "store", "sale", "price", "cart", "products", "product", "online"),
            *("free", "shipping", "size", "black", "white", "set", "pack", "kit"),
        }
    ),
    "listing": frozenset(
        {
            *("news", "blog", "archive", "archives", "category", "tag", "tags", "page"),
            *("latest", "articles", "posts", "topics", "stories", "section", "index", "all"),
            *("results", "search"),
        }
    ),
    "forum": frozenset(
        {
            *("forum", "forums", "thread", "question", "questions", "reply", "re"),
            *("discussion", "community", "board", "topic", "solved", "issue", "help"),
        }
    ),
}
_TITLE_KEYS = tuple((members, f"title_{group}") for group, members in _TITLE_WORDS.items())
_TITLE_SPLIT = re.compile(r"\W+")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
#: Last characters of a paragraph that ends like a sentence (closing quotes and brackets too);
#: "" (a blank paragraph) as the substring test this replaced counted it (the model learned so).
_ENDINGS = frozenset((*".!?。！？\"”'’)", ""))
#: Characters under which a paragraph is short (a label, a caption, a teaser's line).
_SHORT_PARAGRAPH = 60
# Chinese and Japanese characters (kana and the CJK ideographs).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: UTF-8 bytes beyond one per character, per character, above which a body is mostly 3-byte
#: characters (CJK: ~2; Cyrillic or Greek: under 1; Latin with accents and curly quotes: ~0.05).
_CJK_EXTRA_BYTES = 1.2
#: Characters of the body sampled for the CJK count.
_CJK_SAMPLE = 2_000
#: Characters per word in Chinese and Japanese text (about two, by the usual segmenters).
_CJK_CHARS_PER_WORD = 2
#: Words of the body read for its voice (its opening; ~2,400 characters).
_VOICE_SPAN = 400
_VOICE: dict[str, tuple[str, ...]] = {
    "news": ("said", "says", "told", "according", "reported", "added"),
    "we": ("we", "We", "our", "Our", "us"),
    "you": ("you", "You", "your", "Your"),
    "first": ("I", "my", "My", "me"),
}
#: Every spelling of a voice word as a split word (trailing punctuation kept), with its group.
_VOICE_WORDS: dict[str, str] = {
    word + mark: group
    for group, words in _VOICE.items()
    for word in words
    for mark in ("", ",", ".", ":", ";", "?", "!")
}
_VOICE_KEYS = tuple((group, f"voice_{group}") for group in _VOICE)


def url_features(url: str | None) -> dict[str, float]:
    """Shape of the URL: depth, dated path, slug words, numeric ids, kind words, query."""
    out: dict[str, float] = {"url_missing": 0.0 if url else 1.0}
    parts = urlsplit(url or "")
    path = parts.path.lower()
    segments = [segment for segment in path.split("/") if segment]
    last = _FILE_SUFFIX.sub("", segments[-1]) if segments else ""
    slug_words = [word for word in _SPLIT_WORDS.split(last) if word and not word.isdigit()]
    out["url_depth"] = float(min(len(segments), 8))
    out["url_root"] = 1.0 if url and not segments else 0.0
    out["url_dated"] = 1.0 if _DATED_PATH.search(path) else 0.0
    out["url_year_segment"] = 1.0 if any(map(_YEAR_SEGMENT.match, segments)) else 0.0
    out["url_slug_words"] = float(min(len(slug_words), 15))
    out["url_last_chars"] = math.log1p(len(last))
    out["url_long_number"] = 1.0 if _LONG_NUMBER.search(path) else 0.0
    out["url_file_suffix"] = 1.0 if segments and _FILE_SUFFIX.search(segments[-1]) else 0.0
    out["url_query"] = 1.0 if parts.query else 0.0
    out["url_page_number"] = 1.0 if _PAGE_NUMBER.search(f"{path}?{parts.query}") else 0.0
    out["url_trailing_slash"] = 1.0 if path.endswith("/") and segments else 0.0
    words = set(segments)
    for members, key, last_key in _URL_KEYS:
        out[key] = 1.0 if not words.isdisjoint(members) else 0.0
        out[last_key] = 1.0 if last in members else 0.0
    return out


def title_features(title: str | None) -> dict[str, float]:
    """Kind words of the title, its separators (site name, section, page), digits in it."""
    title = title or ""
    words = set(_TITLE_SPLIT.split(title.lower()))
    out = {key: 0.0 if words.isdisjoint(members) else 1.0 for members, key in _TITLE_KEYS}
    out["title_separators"] = float(sum(map(title.count, _TITLE_SEPARATORS)))
    out["title_digits"] = 1.0 if any(map(str.isdigit, title)) else 0.0
    return out


#: The body text and its whitespace-split words, as the enrich stage makes them.
Body = tuple[str, list[str]]


def body_of(extracted: Extracted) -> Body:
    """The body text and its words as the enrich stage makes them (it has both before it
    classifies the page, and passes them on: ``text_body_features`` then splits nothing twice)."""
    body = "\n\n".join(extracted.paragraphs)
    return body, body.split()


def voice_features(words: Sequence[str]) -> dict[str, float]:
    """Who speaks in the body's first words, per 1000 of them: reporting verbs, "we", "you", "I".

    A story reports ("said", "told", "according to"); a service page speaks as "we" to "you";
    a manual says "you"; a forum post says "I" (domain-grouped CV on wcxb-dev, HTML, article-vs-
    rest accuracy +0.009 to +0.015 over three model settings)."""
    found = list(map(_VOICE_WORDS.__getitem__, filter(_VOICE_WORDS.__contains__, words)))
    scale = 1000 / max(50, len(words))
    return {key: found.count(group) * scale for group, key in _VOICE_KEYS}


def word_estimate(text: str, words: Sequence[str]) -> int:
    """Words of a body: its whitespace-split words, or for Chinese and Japanese (written without
    spaces: a 600-character Japanese story splits into 18 "words", and looked like a short
    service page to the text model) its CJK characters / ``_CJK_CHARS_PER_WORD``, whichever is
    more.

    All of it is read from the body's first ``_CJK_SAMPLE`` characters, and the regex runs only
    when their UTF-8 form is mostly 3-byte characters (two cheap C-level checks first: ASCII and
    Latin, Cyrillic or Greek text never meets it)."""
    sample = text[:_CJK_SAMPLE]
    size = len(sample)
    if sample.isascii() or len(sample.encode()) - size < _CJK_EXTRA_BYTES * size:
        return len(words)
    cjk = len(_CJK.findall(sample)) * len(text) / size
    return max(len(words), round(cjk / _CJK_CHARS_PER_WORD))


def text_body_features(extracted: Extracted, body: Body | None = None) -> dict[str, float]:
    """What the extractor kept: how much, in how many paragraphs, how sentence-like, in whose
    voice.

    ``body``: ``body_of(extracted)``, when the caller has it already."""
    paragraphs = extracted.paragraphs
    count = len(paragraphs)
    text, words = body if body is not None else body_of(extracted)
    total = word_estimate(text, words)
    # Sentence marks in one C-level pass over the body each (the blank line between paragraphs
    # makes no ". "; each paragraph ends one more; CJK full stops take no space after them);
    # short paragraphs by their length (under 60 characters: a label, a caption, a teaser's
    # line).
    sentences = text.count(". ") + text.count("。") + count
    short = sum(map(_SHORT_PARAGRAPH.__gt__, map(len, paragraphs)))
    last = map(operator.itemgetter(slice(-1, None)), map(str.rstrip, paragraphs))
    ended = sum(map(_ENDINGS.__contains__, last))
    return {
        "body_words": math.log1p(total),
        "body_paragraphs": math.log1p(count),
        "body_words_per_paragraph": math.log1p(total / count) if count else 0.0,
        "body_words_per_sentence": math.log1p(total / sentences) if sentences else 0.0,
        "body_ended_share": ended / count if count else 0.0,
        "body_short_share": short / count if count else 0.0,
        "title_words": math.log1p(len((extracted.title or "").split())),
        "has_published": 1.0 if extracted.published_raw else 0.0,
        "has_authors": 1.0 if extracted.authors else 0.0,
        "has_section": 1.0 if extracted.section else 0.0,
        "tags": math.log1p(len(extracted.tags)),
        "related": math.log1p(len(extracted.related)),
        **voice_features(words[:_VOICE_SPAN]),
    }


def html_features(
    url: str | None, extracted: Extracted, body: Body | None = None
) -> dict[str, float]:
    """Features of an HTML page (its layout comes with the extraction)."""
    out = url_features(url)
    out.update(text_body_features(extracted, body))
    out.update(title_features(extracted.title))
    structure: Mapping[str, float] = extracted.structure or {}
    out.update(structure)
    page_chars = math.expm1(structure.get("page_chars", 0.0))
    body_chars = _body_chars(extracted, body)
    out["body_share"] = min(1.0, body_chars / page_chars) if page_chars else 0.0
    return out


def _body_chars(extracted: Extracted, body: Body | None) -> int:
    """Characters of the paragraphs: the joined body's length without its blank lines (two
    characters between each two paragraphs) when the caller has it, a pass over them else."""
    paragraphs = extracted.paragraphs
    if body is None or not paragraphs:
        return sum(map(len, paragraphs))
    return len(body[0]) - 2 * (len(paragraphs) - 1)


def text_features(
    url: str | None, text: str, extracted: Extracted, body: Body | None = None
) -> dict[str, float]:
    """Features of a text scrape: its lines stand for the blocks of an HTML page."""
    out = url_features(url)
    out.update(text_body_features(extracted, body))
    out.update(title_features(extracted.title))
    lines = list(filter(None, map(str.strip, text.splitlines())))
    tags = ["p"] * len(lines)
    out.update(summarize_columns(lines, tags, [0] * len(lines), (), (), og_type=None, ld_types=()))
    page_chars = sum(map(len, lines))
    body_chars = _body_chars(extracted, body)
    out["body_share"] = min(1.0, body_chars / page_chars) if page_chars else 0.0
    return out
