"""The shape of a page's URL, in numbers: depth, a dated path, slug words, numeric ids, words
that name a page's kind (``/tag/``, ``/category/``, ``/search``, ``/product/``, ``/docs/``…),
a query string, page numbers."""

from __future__ import annotations

import math
import re
from typing import Final
from urllib.parse import urlsplit

_DATED_PATH: Final = re.compile(
    r"/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|/(?:19|20)\d{6}(?:/|$)"
)
_YEAR_SEGMENT: Final = re.compile(r"^(?:19|20)\d{2}$")
_LONG_NUMBER: Final = re.compile(r"\d{5,}")
_FILE_SUFFIX: Final = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cfm)$")
_PAGE_NUMBER: Final = re.compile(r"(?:/page/\d+|[?&](?:page|p|pg|start|offset)=\d+)")
# URL path words that name a page's kind on most sites; each group is a feature and the model
# decides what it is worth (a /blog/ segment is a listing when last, an article's parent else).
_URL_WORDS: Final[dict[str, frozenset[str]]] = {
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
_URL_KEYS: Final = tuple(
    (members, f"url_{group}", f"url_last_{group}") for group, members in _URL_WORDS.items()
)
_SPLIT_WORDS: Final = re.compile(r"[-_.+]+")
# A site's sections often live on their own host: docs.example.com, developer.example.com,
# forum.example.com, store.example.com. The labels before the registered name say the page's kind
# as a path segment would (wcxb-dev half A: forum/forums/community hosts hold 25 forum pages and
# nothing else, developer/docs/doc/wiki 28 documentation pages and nothing else), so each group is
# read there too, with the names hosts use beside the path's words. Domain-grouped CV on wcxb-dev,
# HTML: 7-class 0.829 -> 0.834, article-vs-rest accuracy 0.912 -> 0.914, halves unchanged.
_HOST_EXTRA: Final[dict[str, frozenset[str]]] = {
    "docs": frozenset({"developer", "developers", "devcenter"}),
    "forum": frozenset({"discuss", "answers", "ask"}),
}
_HOST_KEYS: Final = tuple(
    (members | _HOST_EXTRA.get(group, frozenset()), f"url_host_{group}")
    for group, members in _URL_WORDS.items()
)
#: Labels at the end of a host name that are the registered name and its suffix ("example.com").
_REGISTERED_LABELS: Final = 2

URL_NAMES: Final = (
    "url_missing",
    "url_depth",
    "url_root",
    "url_dated",
    "url_year_segment",
    "url_slug_words",
    "url_last_chars",
    "url_long_number",
    "url_file_suffix",
    "url_query",
    "url_page_number",
    "url_trailing_slash",
    *(key for _, group_key, last_key in _URL_KEYS for key in (group_key, last_key)),
    *(key for _, key in _HOST_KEYS),
)


#: The features ``url_values(url, lean=True)`` leaves at 0: those the shipped HTML model never
#: splits on (a test checks them against its trees). The dated path's and page number's regexes,
#: the last segment's kind words and most of the host's groups were ~a third of the URL's cost.
#: ``pagetype._bound`` takes the lean path only for a model that reads none of them (a retrained
#: one may: it then gets every feature, and the test names the ones to take out of this set).
#: Session 69: a retrain on the rows of that day split on ``url_service`` and ``url_last_forum``
#: (a /forums or /community page as the last segment is a board's index, not a thread), so
#: they are read: two set look-ups, not the regexes or host groups the lean path saves.
#: Training (``pagetype_train.HTML_UNREAD``) gives the HTML model none of the rest.
LEAN_SKIPPED: Final = frozenset(
    {
        "url_missing",
        "url_dated",
        "url_page_number",
        *(last_key for _, _, last_key in _URL_KEYS if last_key != "url_last_forum"),
        *(f"url_{group}" for group in ("author", "search")),
        *(f"url_host_{group}" for group in _URL_WORDS if group not in {"docs", "forum"}),
    }
)
#: Per group, (its words, whether the lean path reads the path's kind words, the last
#: segment's, and the host's).
_LEAN_PATH_KEYS: Final = tuple(
    (members, key not in LEAN_SKIPPED, last_key not in LEAN_SKIPPED)
    for members, key, last_key in _URL_KEYS
)
_LEAN_HOST_KEYS: Final = tuple((members, key not in LEAN_SKIPPED) for members, key in _HOST_KEYS)


def url_values(url: str | None, *, lean: bool = False) -> list[float]:
    """Shape of the URL (``URL_NAMES``): depth, dated path, slug words, numeric ids, kind
    words, query; with ``lean``, the ``LEAN_SKIPPED`` ones left at 0."""
    if not url:
        return list(_NO_URL)
    parts = urlsplit(url)
    path = parts.path.lower()
    segments = [segment for segment in path.split("/") if segment]
    # The suffix taken off and its presence told by one call (``subn``'s count), not a second
    # search of the same segment.
    last, suffixed = _FILE_SUFFIX.subn("", segments[-1]) if segments else ("", 0)
    slug_words = [word for word in _SPLIT_WORDS.split(last) if word and not word.isdigit()]
    words = set(segments)
    values = [
        0.0,
        float(min(len(segments), 8)),
        0.0 if segments else 1.0,
        0.0 if lean or not _DATED_PATH.search(path) else 1.0,
        1.0 if any(map(_YEAR_SEGMENT.match, segments)) else 0.0,
        float(min(len(slug_words), 15)),
        math.log1p(len(last)),
        1.0 if _LONG_NUMBER.search(path) else 0.0,
        1.0 if suffixed else 0.0,
        1.0 if parts.query else 0.0,
        0.0 if lean or not _PAGE_NUMBER.search(f"{path}?{parts.query}") else 1.0,
        1.0 if path.endswith("/") and segments else 0.0,
    ]
    labels = set((parts.hostname or "").removeprefix("www.").split(".")[:-_REGISTERED_LABELS])
    if lean:
        for members, read, read_last in _LEAN_PATH_KEYS:
            values += (
                0.0 if not read or words.isdisjoint(members) else 1.0,
                1.0 if read_last and last in members else 0.0,
            )
        values += (
            0.0 if not read or labels.isdisjoint(members) else 1.0
            for members, read in _LEAN_HOST_KEYS
        )
        return values
    for members, _, _ in _URL_KEYS:
        values += (0.0 if words.isdisjoint(members) else 1.0, 1.0 if last in members else 0.0)
    values += (0.0 if labels.isdisjoint(members) else 1.0 for members, _ in _HOST_KEYS)
    return values


_NO_HOST: Final = (0.0,) * len(_HOST_KEYS)


def _url_values_without() -> tuple[float, ...]:
    """``url_values`` of an input without a URL (the same every time)."""
    values = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    return (*values, *(0.0 for _ in range(2 * len(_URL_KEYS) + len(_HOST_KEYS))))


_NO_URL: Final = _url_values_without()


def url_features(url: str | None) -> dict[str, float]:
    """Shape of the URL: depth, dated path, slug words, numeric ids, kind words, query."""
    return dict(zip(URL_NAMES, url_values(url), strict=True))
