"""Features of a page for the page-type classifier: its URL, its layout, its extracted text.

Every feature is a named number, so the model file names what it weighs and a feature added
later does not shift the others. HTML pages bring their layout from the extractor's walk
(``structure.summarize``); a text scrape's layout is its lines, read the same way (no links,
no class names: the text model is trained on rendered pages, so it learns without them).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.pagetype.scrape import NO_SCRAPE, SCRAPE_NAMES, scrape_values
from newswire.pipeline.pagetype.script import cjk_counts, counts_width
from newswire.pipeline.pagetype.structure import LAYOUT_NAMES, Layout, summarize_columns
from newswire.pipeline.pagetype.urlshape import URL_NAMES, url_values
from newswire.pipeline.pagetype.voice import VOICE_GROUPS, voice_values
from newswire.pipeline.words import opening_words, word_count

# Words of the extracted title that name a page's kind: a section front is titled "News" or
# "Archives", a service page "Plumbing services", a manual page "Configuration reference". Each
# group is a feature (domain-grouped CV on wcxb-dev, HTML: 7-class 0.812 -> 0.826, article-vs-
# rest accuracy 0.882 -> 0.893 with the separators and digits below).
_TITLE_WORDS: Final[dict[str, frozenset[str]]] = {
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
_TITLE_KEYS: Final = tuple((members, f"title_{group}") for group, members in _TITLE_WORDS.items())
_TITLE_SPLIT: Final = re.compile(r"\W+")
_TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " :: ")
#: Last characters of a paragraph that ends like a sentence (closing quotes and brackets too);
#: "" (a blank paragraph) as the substring test this replaced counted it (the model learned so).
_ENDINGS: Final = frozenset((*".!?。！？\"”'’)", ""))
#: Characters under which a paragraph is short (a label, a caption, a teaser's line).
_SHORT_PARAGRAPH: Final = 60
#: Characters per word in Chinese and Japanese text (about two, by the usual segmenters).
_CJK_CHARS_PER_WORD: Final = 2
#: Words of the body read for its voice (its opening; ~2,400 characters).
_VOICE_SPAN: Final = 400
# Sentence ends followed by a space, found by the regex engine's literal scan (memchr for the
# "."): ``str.count(". ")`` is ~2.5x slower on prose, where every word's space is a candidate.
_STOP_SPACE: Final = re.compile(r"\. ")

BODY_NAMES: Final = (
    "body_words",
    "body_paragraphs",
    "body_words_per_paragraph",
    "body_words_per_sentence",
    "body_ended_share",
    "body_short_share",
    "title_words",
    "has_published",
    "has_authors",
    "has_section",
    "tags",
    "related",
    *(f"voice_{group}" for group in VOICE_GROUPS),
    "body_question_share",
    "body_exclamations",
)
TITLE_NAMES: Final = (*(key for _, key in _TITLE_KEYS), "title_separators", "title_digits")
#: Every feature of a page, in the order of the vector the classifier reads (HTML pages and
#: text scrapes alike: a scrape's lines are summarized as blocks).
PAGE_NAMES: Final = (
    *URL_NAMES,
    *BODY_NAMES,
    *TITLE_NAMES,
    *LAYOUT_NAMES,
    "body_share",
    *SCRAPE_NAMES,
)


def title_values(title: str | None) -> list[float]:
    """Kind words of the title, its separators (site name, section, page), digits in it
    (``TITLE_NAMES``)."""
    title = title or ""
    words = set(_TITLE_SPLIT.split(title.lower()))
    values = [0.0 if words.isdisjoint(members) else 1.0 for members, _ in _TITLE_KEYS]
    values += (
        float(sum(map(title.count, _TITLE_SEPARATORS))),
        1.0 if any(map(str.isdigit, title)) else 0.0,
    )
    return values


def title_features(title: str | None) -> dict[str, float]:
    """Kind words of the title, its separators (site name, section, page), digits in it."""
    return dict(zip(TITLE_NAMES, title_values(title), strict=True))


#: The body text, its first ``words.OPENING`` whitespace-split words and how many it has, as
#: the enrich stage makes them (the features read no word past the opening, see ``words``).
Body = tuple[str, list[str], int]


def body_of(extracted: Extracted) -> Body:
    """The body text and its words as the enrich stage makes them (it has them before it
    classifies the page, and passes them on: ``text_body_features`` then splits nothing twice)."""
    return body_from("\n\n".join(extracted.paragraphs))


def body_from(body: str, utf8: bytes | None = None) -> Body:
    """``body_of`` of the joined body (``utf8``: its UTF-8, when the caller has it: the enrich
    stage's, which the fingerprints read too, counts the words without a second encoding)."""
    return body, opening_words(body), word_count(body, utf8)


def word_estimate(text: str, words: Sequence[str]) -> int:
    """Words of a body: its whitespace-split words, or for Chinese and Japanese (written without
    spaces: a 600-character Japanese story splits into 18 "words", and looked like a short
    service page to the text model) its CJK characters / ``_CJK_CHARS_PER_WORD``, whichever is
    more.

    The characters are counted in the body's first ``script.SAMPLE`` and scaled to its length
    (``script.cjk_counts``: C-level checks and counts; the regex ``findall`` it replaced in
    session 29 cost ~200 µs on a Japanese body)."""
    return _estimate(text, len(words), cjk_counts(text))


def _estimate(text: str, words: int, counts: tuple[int, int, int]) -> int:
    """``word_estimate`` from the body's ``script.cjk_counts`` (``body_values`` reads them for
    the script's width too: one count of the sample, not two)."""
    size, ideographs, _ = counts
    if not ideographs:
        return words
    return max(words, round(ideographs * len(text) / size / _CJK_CHARS_PER_WORD))


def body_values(
    extracted: Extracted, body: Body | None = None, *, sentences: bool = True
) -> list[float]:
    """What the extractor kept (``BODY_NAMES``): how much, in how many paragraphs, how
    sentence-like, in whose voice.

    ``body``: ``body_of(extracted)``, when the caller has it already. Without ``sentences``
    (HTML pages), ``body_words_per_sentence`` is left at 0."""
    paragraphs = extracted.paragraphs
    count = len(paragraphs)
    text, words, word_total = body if body is not None else body_of(extracted)
    # The sample's script counted once for the word estimate and the width (~2.5 µs a page).
    counts = cjk_counts(text)
    total = _estimate(text, word_total, counts)
    # Sentence marks in one C-level pass over the body each (the blank line between paragraphs
    # makes no ". "; each paragraph ends one more; CJK full stops take no space after them);
    # short paragraphs by their length (under 60 characters: a label, a caption, a teaser's
    # line).
    stops = len(_STOP_SPACE.findall(text)) + text.count("。") + count if sentences else 0
    # A Chinese, Japanese or Korean paragraph is short by its Latin twin's measure (``script``).
    width = counts_width(counts)
    limit = _SHORT_PARAGRAPH if width == 1.0 else _SHORT_PARAGRAPH / width
    short, ended, questions = _paragraph_ends(paragraphs, limit)
    log = math.log1p
    values = [
        log(total),
        log(count),
        log(total / count) if count else 0.0,
        log(total / stops) if stops else 0.0,
        ended / count if count else 0.0,
        short / count if count else 0.0,
        log(len((extracted.title or "").split())),
        1.0 if extracted.published_raw else 0.0,
        1.0 if extracted.authors else 0.0,
        1.0 if extracted.section else 0.0,
        log(len(extracted.tags)),
        log(len(extracted.related)),
    ]
    values += voice_values(words[:_VOICE_SPAN])
    # A sales page and a forum thread ask and exclaim; a story reports (domain-grouped CV on
    # wcxb-dev, HTML, with the sales/manual/event voice groups: 7-class 0.826 -> 0.833, article-
    # vs-rest accuracy 0.905 -> 0.916; paragraph-opening imperatives and "-ed " past tenses
    # added ~0.005 of 7-class but cost ~15 µs: not kept).
    values += (
        questions / count if count else 0.0,
        text.count("!") * 1000 / max(50, word_total),
    )
    return values


def _paragraph_ends(paragraphs: Sequence[str], limit: float) -> tuple[int, int, int]:
    """The paragraphs shorter than ``limit`` characters, those ending like a sentence (their
    last character, trailing whitespace aside, one of ``_ENDINGS``), and those ending with "?".

    One loop over the paragraphs, native in the compiled build: the ``map`` passes it replaced
    (session 63) each paid for their own cold code right after an extraction, and made a list
    of last characters for two counts."""
    short = ended = questions = 0
    for paragraph in paragraphs:
        if limit > len(paragraph):
            short += 1
        end = paragraph.rstrip()[-1:]
        if end in _ENDINGS:
            ended += 1
            if end == "?":
                questions += 1
    return short, ended, questions


def text_body_features(extracted: Extracted, body: Body | None = None) -> dict[str, float]:
    """What the extractor kept: how much, in how many paragraphs, how sentence-like, in whose
    voice (``body_values`` by name)."""
    return dict(zip(BODY_NAMES, body_values(extracted, body), strict=True))


def html_vector(
    url: str | None, extracted: Extracted, body: Body | None = None, *, lean: bool = False
) -> list[float]:
    """Features of an HTML page in ``PAGE_NAMES`` order (its layout comes with the extraction,
    as a ``Layout`` whose list is copied as it is); with ``lean``, the URL features of
    ``urlshape.LEAN_SKIPPED`` left at 0 (for a model that never reads them)."""
    structure = extracted.structure
    if isinstance(structure, Layout):
        layout, width = structure.numbers, structure.width
    else:  # a mapping made by hand (tests): missing numbers are 0
        layout = [(structure or {}).get(name, 0.0) for name in LAYOUT_NAMES]
        width = 1.0
    # The layout's characters are weighted by the page's script width: the body's the same.
    page_chars = math.expm1(layout[_PAGE_CHARS])
    body_chars = _body_chars(extracted, body) * width
    return [
        *url_values(url, lean=lean),
        # An HTML page's words per sentence: the layout's sentence-ending blocks and the
        # lexicon say as much (the regex pass over the whole body was ~11 µs of the body's ~50);
        # without it, domain-grouped CV on wcxb-dev, HTML, session 21 (same cache): 7-class
        # 0.854 -> 0.860, article-vs-rest P / R / accuracy 0.882 / 0.975 / 0.918 -> 0.887 /
        # 0.975 / 0.921; train A -> test B 0.827 -> 0.827 (accuracy 0.891 -> 0.893), B -> A
        # 0.841 -> 0.843 (0.920 -> 0.924, recall 0.956 -> 0.954). Text scrapes keep it (their
        # model reads it).
        *body_values(extracted, body, sentences=False),
        *title_values(extracted.title),
        *layout,
        min(1.0, body_chars / page_chars) if page_chars else 0.0,
        *NO_SCRAPE,
    ]


_PAGE_CHARS: Final = LAYOUT_NAMES.index("page_chars")


def html_features(
    url: str | None, extracted: Extracted, body: Body | None = None
) -> dict[str, float]:
    """Features of an HTML page by name (``html_vector``)."""
    return dict(zip(PAGE_NAMES, html_vector(url, extracted, body), strict=True))


def _body_chars(extracted: Extracted, body: Body | None) -> int:
    """Characters of the paragraphs: the joined body's length without its blank lines (two
    characters between each two paragraphs) when the caller has it, a pass over them else."""
    paragraphs = extracted.paragraphs
    if body is None or not paragraphs:
        return sum(map(len, paragraphs))
    return len(body[0]) - 2 * (len(paragraphs) - 1)


def text_vector(
    url: str | None, text: str, extracted: Extracted, body: Body | None = None
) -> list[float]:
    """Features of a text scrape in ``PAGE_NAMES`` order: its lines stand for the blocks of an
    HTML page, and say more of the page's kind as lines (``scrape.scrape_values``)."""
    lines = list(filter(None, map(str.strip, text.splitlines())))
    tags = ["p"] * len(lines)
    layout = summarize_columns(lines, tags, [0] * len(lines), (), (), og_type=None, ld_types=())
    page_chars = sum(map(len, lines))
    body_chars = _body_chars(extracted, body)
    return [
        *url_values(url),
        *body_values(extracted, body),
        *title_values(extracted.title),
        *layout.numbers,
        min(1.0, body_chars / page_chars) if page_chars else 0.0,
        *scrape_values(lines),
    ]


def text_features(
    url: str | None, text: str, extracted: Extracted, body: Body | None = None
) -> dict[str, float]:
    """Features of a text scrape by name (``text_vector``)."""
    return dict(zip(PAGE_NAMES, text_vector(url, text, extracted, body), strict=True))
