"""Stage 2: route a decoded input to the HTML or the plain-text extractor."""

from __future__ import annotations

import dataclasses
import re
from typing import Final

import numpy as np
from numpy.typing import NDArray

from newswire.errors import ExtractionFailed, Stage, TooComplex
from newswire.pipeline.decode import RawArticle
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.html import extract_html
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.text import extract_text

# Elements that never have children, so they do not deepen the tree.
_VOID: Final = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
#: Void element names as 8-byte keys (lower-case ASCII, zero-padded), to compare with the
#: name that follows each "<" in one numpy step.
_VOID_KEYS: Final = np.array(
    [int.from_bytes(name.encode().ljust(8, b"\0"), "little") for name in _VOID], dtype=np.uint64
)
_LESS_THAN: Final = np.uint8(ord("<"))
_NAME_WINDOW: Final = 7  # one more byte than the longest void name: a longer name is never void
_ALPHA: Final = np.zeros(256, dtype=np.bool_)
_ALPHA[ord("A") : ord("Z") + 1] = _ALPHA[ord("a") : ord("z") + 1] = True
_ALNUM: Final = _ALPHA.copy()
_ALNUM[ord("0") : ord("9") + 1] = True
IntArray = NDArray[np.intp]
BoolArray = NDArray[np.bool_]


def check_markup_limits(html: str, options: PipelineOptions, utf8: bytes | None = None) -> None:
    """Reject markup that would make the parser slow: too many tags, or nesting too deep.
    ``utf8``: ``html`` encoded as UTF-8 when the caller has those bytes (the input's own), which
    the depth scan reads instead of encoding ``html`` again (~1 ms on a page of 1 MB).

    lexbor's parse time grows quadratically with nesting depth, so depth is checked on pages
    with more than ``markup_scan_above_tags`` "<". Fewer tags cannot nest deeper than that, which
    lexbor parses in ~35 ms at worst.
    """
    # The same count from the UTF-8 bytes when given ("<" is one byte there and never part of
    # another character's): a scan of one byte a character where the text may hold 2 or 4,
    # as one vectorised comparison (~35 µs on a page of 135 kB, where ``bytes.count``'s
    # byte loop took ~80), whose positions the nesting bound reads (no second comparison).
    data = None if utf8 is None else np.frombuffer(utf8, np.uint8)
    opened = None if data is None else data == _LESS_THAN
    tags = html.count("<") if opened is None else int(np.count_nonzero(opened))
    if tags <= max(options.markup_scan_above_tags, options.max_html_depth):
        return
    if tags > options.max_html_nodes:
        raise TooComplex(f"{tags} tags, limit {options.max_html_nodes}", stage=Stage.EXTRACT)
    markup = html if utf8 is None else utf8
    # The bound first: on nearly every page it settles the question at a quarter of the
    # exact scan's cost (which reads each tag's name for the void ones and finds its ">").
    bound = (
        _nesting_bound(markup)
        if data is None or opened is None
        else _bound_of(data, opened.nonzero()[0])
    )
    if bound > options.max_html_depth and _deepest_nesting(markup) > options.max_html_depth:
        raise TooComplex(f"nesting deeper than {options.max_html_depth}", stage=Stage.EXTRACT)


def _deepest_nesting(html: str | bytes) -> int:
    """The deepest element nesting of ``html`` by its tags alone: each ``<name`` (ASCII letter,
    then letters or digits) opens an element unless it is void or its next ">" follows a "/"
    (``<x/>``); each ``</name`` closes one, never below the top level.

    Whole-array numpy over the UTF-8 bytes (every byte of a non-ASCII character is >= 0x80, so
    none looks like "<", "/", ">" or a letter): a Python step per tag took ~16 ms on a page of
    5,000+ tags, 8% of all extraction time over the WCXB pages. A run clamped at 0
    (``depth = max(0, depth - 1)``) is the running sum minus its running minimum (Lindley).
    """
    data, opens, closing, names = _tag_starts(html)
    window = data[names[:, None] + np.arange(_NAME_WINDOW)]
    in_name = np.logical_and.accumulate(_ALNUM[window], axis=1)
    lowered = np.where(in_name, window | np.uint8(0x20) * _ALPHA[window], 0).astype(np.uint64)
    keys = (lowered[:, :-1] << (np.arange(_NAME_WINDOW - 1, dtype=np.uint64) * 8)).sum(
        axis=1, dtype=np.uint64
    )
    void = np.isin(keys, _VOID_KEYS) & ~in_name[:, -1]
    # A start tag closes itself when the first ">" after its "<" follows a "/" (a name holds
    # no ">", so that is the first ">" after the name).
    ends = (data[: len(data) - _NAME_WINDOW - 2] == ord(">")).nonzero()[0]  # not the padding
    following = np.searchsorted(ends, opens)
    found = following < len(ends)
    self_closing = np.zeros(len(opens), dtype=np.bool_)
    self_closing[found] = data[ends[following[found]] - 1] == ord("/")
    return _depth(np.where(closing, -1, np.where(void | self_closing, 0, 1)))


def _nesting_bound(html: str | bytes) -> int:
    """At least ``_deepest_nesting(html)``: the same count with every start tag opening an
    element, void and self-closing ones too. Counting a step of 0 as +1 can only deepen each
    later step of the clamped running sum, so the bound holds."""
    _, _, closing, _ = _tag_starts(html)
    return _depth(np.where(closing, -1, 1))


def _bound_of(data: NDArray[np.uint8], opens: IntArray) -> int:
    """``_nesting_bound`` of the UTF-8 bytes ``data``, whose "<" are at ``opens``: the bytes
    after each "<" read in place ("clip": a "<" ending the page reads itself, no letter, where
    ``_tag_starts`` pads a copy of the page's bytes), the same tags and steps."""
    closing = data.take(opens + 1, mode="clip") == ord("/")
    names = opens + 1 + closing
    tagged = _ALPHA.take(data.take(names, mode="clip"))
    return _depth(np.where(closing[tagged], -1, 1))


def _tag_starts(html: str | bytes) -> tuple[NDArray[np.uint8], IntArray, BoolArray, IntArray]:
    """The UTF-8 bytes of ``html`` (zero-padded past a tag name's window) and, for each tag
    ("<" or "</" then an ASCII letter), where its "<" is, whether it closes, where its name
    starts."""
    markup = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    data = np.frombuffer(markup + bytes(_NAME_WINDOW + 2), np.uint8)
    size = len(data) - _NAME_WINDOW - 2
    opens = (data[:size] == ord("<")).nonzero()[0]
    closing = data[opens + 1] == ord("/")
    names = opens + 1 + closing
    tagged = _ALPHA[data[names]]
    return data, opens[tagged], closing[tagged], names[tagged]


def _depth(steps: IntArray) -> int:
    """The deepest level of the running sum of ``steps`` clamped at 0, as the running sum
    minus its running minimum (Lindley)."""
    if not len(steps):
        return 0
    running = np.cumsum(steps)
    floor = np.minimum.accumulate(np.minimum(running, 0))
    return int((running - floor).max())


def extract(raw: RawArticle, options: PipelineOptions) -> Extracted:
    try:
        if raw.content_type == "text/html":
            # Given the page's UTF-8, neither step reads the text: not reading it here spares
            # making it (``RawArticle.text``).
            utf8 = raw.utf8
            html = raw.text if utf8 is None else ""
            check_markup_limits(html, options, utf8)
            extracted = extract_html(html, url=raw.url, utf8=utf8)
        else:
            extracted = extract_text(raw.text)
    except RecursionError as exc:  # defensive: the walk is iterative, but parsers may not be
        raise ExtractionFailed(f"markup too deeply nested: {exc}", stage=Stage.EXTRACT) from None
    if extracted.language_hint is None and raw.content_language:
        # The page's own declaration (<html lang>) wins; the server's header is the fallback.
        hint = _primary_language(raw.content_language)
        if hint:
            extracted = dataclasses.replace(extracted, language_hint=hint)
    return extracted


def _primary_language(header: str) -> str | None:
    """The first language of a Content-Language value: "en-US, en" -> "en"."""
    code = re.split(r"[-_,;\s]", header.strip(), maxsplit=1)[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None
